"""Criticism, complaint and industrial action by construction (helper CT, session 27): own news-style sentences in
English and Indonesian (tests/data/industrial_CT.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them:
an evaluative word of blame said of an actor ("said the government had been arrogant", "menilai pemerintah tidak
becus"), "critical of", a letter of complaint, and labour action (downed tools, walked off the job, a picket, a
stoppage, a go-slow, mogok kerja, pemogokan) beside a military strike and a car that "mogok"; about a quarter with no
event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "industrial_CT.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main 24e47381): en F1 0.483 (TP 7, FP 2, FN 13), id F1
# 0.500 (TP 7, FP 6, FN 8); then ten strikes coded with target "" were given their strikers' own authorities, as the
# dev gold codes a protest that names no target (the protest-target convention), before any change to warta: en
# the same, id F1 0.786 (TP 11, FP 2, FN 4).
# Batch 1 (labour action, lang/en/triggers.tsv downtools ... picketoutside): en F1 0.743 (TP 13, FP 2, FN 7).
# Batch 2 (blame said of an actor, kritis terhadap, a letter of complaint): en F1 0.900 (TP 18, FP 2, FN 2), id F1
# 0.867 (TP 13, FP 2, FN 2).  Left: a political witch-hunt, "treated unfairly by the army", a union (serikat buruh)
# of no country, "menyatakan keberatan" (warta and the tuning set code it REJECT; this set ACCUSE), a protest and its
# "memprotes" coded twice, and "walked off the job over stalled pay talks" also gives the talks (CONSULT).
# Batch 5 (PROTEST one_per_sentence): id F1 0.897 (TP 13, FP 1, FN 2): the protest and its "memprotes" once.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.90, 2), "id": (0.89, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "industrial-CT", RATCHET)


# batch 1 (lang/en/triggers.tsv downtools ... picketoutside): labour action, with sentences of our own (not of the
# set's file) and negatives: the adjective "striking", a military strike named by its length, a strike weighed
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Italian port workers downed tools for the second day over safety rules.", ("PROTEST", "ITA", "ITA")),
    ("en", "Hospital staff across Ireland are striking over staffing levels.", ("PROTEST", "IRL", "IRL")),
    ("en", "A strike by Belgian train drivers halted services across the country.", ("PROTEST", "BEL", "BEL")),
    ("en", "Chilean copper miners began a 48-hour strike on Wednesday.", ("PROTEST", "CHL", "CHL")),
    ("en", "Portuguese teachers started industrial action in their dispute over pensions.", ("PROTEST", "PRT", "PRT")),
])
def test_labour_action(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "The likeness between the Danish and Swedish proposals is striking.", "PROTEST"),
    ("en", "Israeli jets carried out a 24-hour strike on Hamas positions in Rafah.", "PROTEST"),
    ("en", "Spanish dock workers will vote next week on whether to take industrial action.", "PROTEST"),
])
def test_labour_action_negatives(lang, text, absent):
    assert absent not in {k[0] for k in event_keys(text, lang, PUB)}


# batch 2: a word class named in a trigger pattern (lexicon/registry.class_alternatives), the English class blame
# (saidfault), the Indonesian class blame (the list nilaigagal and nilaiitu repeated, moved), "kritis terhadap", a
# letter of complaint sent to a party
def test_class_alternatives_expand_a_word_class():
    from warta.lexicon.registry import class_alternatives

    classes = {"blame": frozenset({"greedy", "out of touch"})}
    assert class_alternatives("said ~ is|was @blame", classes) == "said ~ is|was greedy|out_of_touch"
    assert class_alternatives("said|@blame x", classes) == "said|greedy|out_of_touch x"
    assert class_alternatives("no class here", {}) == "no class here"


def test_class_alternatives_name_an_empty_or_unknown_class():
    from warta.lexicon.registry import class_alternatives
    from warta.tsv import LexiconError

    with pytest.raises(LexiconError, match="lang/en/triggers.tsv:9: no words in the word class 'nothing'"):
        class_alternatives("said @nothing", {"nothing": frozenset()}, "lang/en/triggers.tsv:9")
    with pytest.raises(LexiconError):
        class_alternatives("said @unknown", {})


def test_every_class_a_pattern_names_has_words():
    from warta.lexicon.registry import load_language

    for lang in ("en", "id"):
        assert load_language(lang).word_classes["blame"], lang


@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The Irish prime minister said the British government had been high-handed.", ("ACCUSE", "IRL", "GBR")),
    ("en", "Human Rights Watch said Bangladeshi police were heavy-handed with striking garment workers.",
     ("ACCUSE", "NGOHRW", "BGD")),
    ("en", "The Danish foreign minister lodged a formal complaint with the Russian embassy in Copenhagen.",
     ("ACCUSE", "DNK", "RUS")),
    ("id", "Ketua DPR menilai Menteri Pertanian serakah dan tidak becus mengurus pangan.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Pemerintah Vietnam bersikap kritis terhadap langkah China di Laut China Selatan.", ("ACCUSE", "VNM", "CHN")),
    # the list moved to the class still codes as before
    ("id", "Partai oposisi menyebut pemerintah Malaysia otoriter dan represif.", ("ACCUSE", "MYS", "MYS")),
])
def test_blame_and_complaint(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "The German chancellor said the French proposal was not unreasonable.", "ACCUSE"),
    ("en", "The carmaker said its new model was lighter and cheaper than the old one.", "ACCUSE"),
    ("id", "Pasien itu dirawat dalam kondisi kritis di rumah sakit di Medan.", "ACCUSE"),
])
def test_blame_negatives(lang, text, absent):
    assert absent not in {k[0] for k in event_keys(text, lang, PUB)}


# batch 3: a strike under way or called, a march on a seat, labour action threatened or warned of
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Thousands of Nigerian doctors remain on strike over unpaid salaries.", ("PROTEST", "NGA", "NGA")),
    ("en", "Kenyan lecturers called a strike over pay arrears.", ("PROTEST", "KEN", "KEN")),
    ("en", "Hundreds of Polish farmers marched on parliament in Warsaw.", ("PROTEST", "POL", "POL")),
    ("en", "British nurses threatened to strike over pay.", ("THREATEN", "GBR", "GBR")),
    ("en", "Dutch rail unions warned of industrial action over the cuts.", ("THREATEN", "NLD", "NLD")),
])
def test_strike_called_threatened_or_under_way(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_a_strike_threatened_on_a_country_stays_military():
    keys = event_keys("Iran threatened to strike Israeli cities if attacked.", "en", PUB)
    assert ("THREATEN", "IRN", "ISR") in keys and not [k for k in keys if k[0] == "PROTEST"]


# batch 5: a protest and what it protests are one act per dyad in a sentence (event_types.tsv PROTEST
# one_per_sentence); the lists two entries repeated moved into word classes (the entries' patterns unchanged)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Ribuan petani berunjuk rasa di depan gedung DPR memprotes impor beras.", ("PROTEST", "IDN", "IDN")),
    ("en", "Thousands of Thai farmers protested outside parliament in Bangkok, protesting against rice imports.",
     ("PROTEST", "THA", "THA")),
])
def test_one_protest_per_dyad(lang, text, key):
    from warta.api import extract
    from warta.evaluate import match_key

    keys = [match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published=PUB)]
    assert keys.count(key) == 1, keys


@pytest.mark.parametrize(("lang", "name"), [("en", "charge_label"), ("en", "striker"), ("id", "charge_label"),
                                            ("id", "violated_norm"), ("id", "blame"), ("en", "blame")])
def test_classes_named_in_patterns_have_words(lang, name):
    from warta.lexicon.registry import load_language

    assert len(load_language(lang).word_classes[name]) >= 10


# batch 7: bare "mogok" only before what a strike is for or how long it runs (a vehicle "mogok" broke down); the
# derived "<stop> ~ work" (PETRARCH2 CANCEL * WORK) dropped, "stopped work" a hand entry
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("id", "Ratusan sopir angkot di Bogor mogok menuntut kenaikan tarif.", ("PROTEST", "IDN", "IDN")),
    ("id", "Para perawat rumah sakit daerah di Kupang mogok selama tiga hari.", ("PROTEST", "IDN", "IDN")),
    ("en", "Thousands of Australian dock workers stopped work on Monday over the sackings.", ("PROTEST", "AUS", "AUS")),
])
def test_strike_senses_kept(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text"), [
    ("id", "Polisi Cianjur mengatakan bus pariwisata itu berhenti di jalan tol karena mesinnya mogok."),
    ("en", "Australian officials said 30,000 Australians stopped looking for work last month."),
])
def test_breakdowns_and_job_seekers_are_no_strike(lang, text):
    assert "PROTEST" not in {k[0] for k in event_keys(text, lang, PUB)}


# batch 9: an actor said to do too little or to look away (saidnotenough); unjustifiable acts (class blame)
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "The Kenyan opposition says the government has not done enough to fight corruption.", ("ACCUSE", "KEN", "KEN")),
    ("en", "The Indian opposition says the government is ignoring the plight of farmers.", ("ACCUSE", "IND", "IND")),
    ("en", "The British foreign secretary said Russia's detention of the sailors was unjustifiable.",
     ("ACCUSE", "GBR", "RUS")),
    ("id", "Menteri Luar Negeri Inggris menilai penahanan pelaut oleh Rusia tidak bisa dibenarkan.", ("ACCUSE", "GBR", "RUS")),
])
def test_too_little_and_unjustifiable(lang, text, key):
    assert key in event_keys(text, lang, PUB)


def test_a_team_that_has_not_done_enough_is_no_event():
    assert not event_keys("The coach says the team has not done enough to win the league.", "en", PUB)
