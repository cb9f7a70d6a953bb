"""English events left "not paired" (helper CX, session 28): own news-style sentences (tests/data/notpaired_CX.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them, with the constructions that keep a trigger's actors
apart: participial adjuncts ("..., urging", "Blaming Kyiv ..., the Kremlin"), verbs coordinated under one subject
("arrested and charged", "met ... and urged him to"), a pronoun object resolved to the party just named, passives
with a far "by" phrase, light verbs and event nouns ("carried out a drone attack", "locked in talks"), and a quarter
with no event."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "notpaired_CX.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main 4919f77b): en F1 0.863 (TP 44 FP 8 FN 6).
# After batch 1 (a participle after a comma shares the visit's parties; "and <verb> him" is not the subject; a verb
# coordinated under a listed subject is every member's): en F1 0.854 (TP 44 FP 9 FN 6): the one new false alarm is
# sentence 11, "assured him of Berlin's support", now resolved to the Polish prime minister and read as the lexicon's
# pledge (triggers.tsv assureof, AGREE 030) where this set codes an optional SUPPORT: a reading, not a pairing.
# After batch 2 (a fronted participle is done by the main clause's subject; "locked in talks"; ", wounding X"): en F1
# 0.887 (TP 47 FP 9 FN 3).  Left: "signed a trade agreement with China" (read as SUPPORT), a pledge after "received"
# (13), "and demanded a halt" after an accusation (29).  Batches 3 to 6 (helper CX's last, 2026-12-07) leave the set
# as it is: en F1 0.887 (TP 47 FP 9 FN 3), the final figures.
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.886, 9)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "notpaired-CX", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and negatives
@pytest.mark.parametrize("key", [("REQUEST", "QAT", "EGY"), ("REQUEST", "QAT", "JOR")])
def test_participle_shares_the_visits_parties(key):
    # (1) conventions parallel-act: "..., urging" after a visit addresses every party visited
    assert key in event_keys("The Qatari emir made a visit to Egypt and Jordan, urging an end to the fighting.", "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # (2) coref: "and <verb> him" is the object of a verb sharing the clause's subject, not that subject
    ("The Japanese prime minister met the Indian leader in Tokyo and urged him to ease tariffs.",
     ("REQUEST", "JPN", "IND")),
    ("The French president met the Lebanese prime minister and later urged him to form a government.",
     ("REQUEST", "FRA", "LBN")),
    # (3) roles.subject_of: a verb coordinated under a listed subject is every member's act
    ("The Turkish president and the Greek prime minister met the American envoy and urged him to resume talks.",
     ("REQUEST", "GRC", "USA")),
    # the pronoun of another clause may still be that clause's subject's object: no "and" before the verb, no change
    ("The Chilean president said the Peruvian envoy had insulted him.", ("ACCUSE", "PER", "CHL")),
    ("Russia and China vetoed the resolution and accused the United States of hypocrisy.", ("ACCUSE", "CHN", "USA")),
])
def test_shared_subject(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "key"), [
    # a new subject after "and" keeps its own act
    ("Russia and China vetoed the resolution and Britain accused them of hypocrisy.", ("ACCUSE", "RUS", "GBR")),
])
def test_shared_subject_negatives(text, key):
    assert key not in event_keys(text, "en", PUB)


def test_object_pronoun_needs_the_conjunction():
    from warta.pipeline.coref import _shared_subject_object

    class M:
        def __init__(self, start, end):
            self.start, self.end = start, end

    text = "A met B and urged him to go."
    him = M(text.index("him"), text.index("him") + 3)
    assert _shared_subject_object(him, [], text, frozenset({"and"}), frozenset({"him"}))
    text2 = "A said B had betrayed him."
    him2 = M(text2.index("him"), text2.index("him") + 3)
    assert not _shared_subject_object(him2, [], text2, frozenset({"and"}), frozenset({"him"}))
    text3 = "A met B and C urged him to go."
    him3 = M(text3.index("him"), text3.index("him") + 3)
    assert not _shared_subject_object(him3, [], text3, frozenset({"and"}), frozenset({"him"}))


@pytest.mark.parametrize(("text", "key"), [
    # (4) roles.subject_of: a participle opening the sentence with an object is done by the main clause's subject
    ("Accusing Ukraine of war crimes, the Russian president cut trade ties.", ("ACCUSE", "RUS", "UKR")),
    ("Criticising the Polish government, the German chancellor called for calm.", ("ACCUSE", "DEU", "POL")),
    # (5) cues.tsv light_verb "locked": "locked in talks" is held by the subject
    ("Serbia and Kosovo were locked in talks in Brussels on Monday.", ("CONSULT", "SRB", "XKX")),
    # (6) triggers.tsv wound (the participle only): an attack's effect told after a comma names its victims
    ("Militants ambushed a convoy in Kashmir, wounding four Indian soldiers.", ("ASSAULT", "IND", "IND")),
])
def test_batch_two(text, key):
    assert key in event_keys(text, "en", PUB)


@pytest.mark.parametrize(("text", "absent"), [
    # a noun in -ing opening a sentence is no fronted participle
    ("Shelling of Kharkiv continued overnight, Ukrainian officials said.", "ASSAULT"),
    ("The soldier died of his wounds in a hospital in Kabul.", "ASSAULT"),
])
def test_batch_two_negatives(text, absent):
    assert absent not in {k[0] for k in event_keys(text, "en", PUB)}


@pytest.mark.parametrize(("text", "key"), [
    # (7) actors: a state's adjective before a noun of no sector, coordinated with a bare sector noun, qualifies both
    ("Israeli tanks and troops launched an incursion into the Gaza Strip.", ("ASSAULT", "ISR", "PSE")),
    ("Russian drones and warplanes attacked targets in the Kharkiv region.", ("ASSAULT", "RUS", "UKR")),
    # (8) triggers.tsv bombingraid: "bombing raids" are from the air, an assault
    ("Bombing raids by Saudi warplanes on Houthi positions continued overnight.", ("ASSAULT", "SAU", "YEM")),
])
def test_batch_three(text, key):
    assert key in event_keys(text, "en", PUB)


def test_participle_after_an_apposed_name():
    # (9) parallel-act: the visit's last party set off by its name ("the Palestinian leader, Yasser Arafat,") still
    # ends its clause
    keys = event_keys("The Egyptian foreign minister made a visit to the Israeli prime minister and the Palestinian "
                      "leader, Yasser Arafat, urging restraint.", "en", "2001-12-10")
    assert {("REQUEST", "EGY", "ISR"), ("REQUEST", "EGY", "PSE")} <= keys


def test_shared_adjective_needs_one_noun_and_a_bare_sector():
    from warta.api import coder

    found = {m.text: m.code for m in coder("en").actors.find("Israeli helicopters and warplanes struck Gaza.", None)}
    assert found["warplanes"] == "ISRMIL"
    found = {m.text: m.code for m in coder("en").actors.find("Russian oil and gas companies grew.", None)}
    assert found["companies"] == "BUS"


@pytest.mark.parametrize(("text", "key"), [
    # (11) roles.find_roles: the owner pronoun inside a pattern ("expressed his disappointment at") is its speaker, no
    # party, also after a title and a name the lexicons know apart
    ("Indian Foreign Minister Jaswant Singh expressed his anger at Pakistan's decision.", ("ACCUSE", "IND", "PAK")),
    ("The Qantas chief executive, Geoff Dixon, expressed his disappointment at the unions' actions.",
     ("ACCUSE", "AUS", "AUS")),
])
def test_owner_pronoun_in_the_pattern(text, key):
    assert key in event_keys(text, "en", "2001-12-10")


@pytest.mark.parametrize(("text", "key"), [
    # (12) analysis.compound, for a language whose modifiers precede their noun (settings compound_head last): a list's
    # last item behind a count or a modifier ("and two maintenance unions"), or its first item before one common noun
    # ("Qantas management and unions"), is still one list with the other
    ("Samsung and three metal unions held negotiations in Seoul on Friday.", ("CONSULT", "KOR", "KOR")),
    # (13) conventions unnamed-target: a named firm in talks with unnamed unions or workers talks at home, both ways
    ("Garuda Indonesia management and unions will meet again on Monday.", ("CONSULT", "IDN", "IDN")),
])
def test_firm_and_unions(text, key):
    assert key in event_keys(text, "en", PUB)


def test_firm_and_unions_both_ways():
    from warta.api import extract

    pairs = {(e.source.code, e.target.code if e.target else "") for e in extract(
        "Samsung and two chip unions are continuing negotiations in Suwon.", lang="en", published=PUB)}
    assert {("KORBUS", "KORCVL"), ("KORCVL", "KORBUS")} <= pairs
