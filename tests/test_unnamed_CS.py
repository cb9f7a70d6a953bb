"""Acts whose target the text does not name (helper CS, session 27; issue 11, item 4): own news-style sentences in
English and Indonesian (tests/data/unnamed_CS.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them:
strikes that killed people with no place named, aid given for a purpose with no recipient, rejected proposals, a
condemned act whose author is not named, support for a plan, appeals for talks, mobilizations, and event anaphora
("rejected the accusation", "membantah tuduhan itu") whose author was named in the sentence before; and negatives
(a flood that killed people, a generic statement, sport, private charity, a plan or an accusation as a subject)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "unnamed_CS.jsonl"
PUB = "2026-03-02"

# Measured right after coding, before any fix (2026-12-07, fam-CS at main 24e47381): en F1 0.609 (TP 7, FP 0, FN 9),
# id F1 0.476 (TP 5, FP 1, FN 10).
# After batch 1 (rule victims-abroad): en F1 0.667 (TP 8, FP 0), id 0.545 (TP 6, FP 1); after batch 2 (fact money_given):
# en 0.769 (TP 10, FP 0), id 0.609 (TP 7, FP 1); after batch 3 (talks as appeal objects): en 0.815 (TP 11, FP 0), id 0.667
# (TP 8, FP 1); after batch 4 (CAMEO fact proposal): en 0.857 (TP 12, FP 0), id 0.720 (TP 9, FP 1); batch 5 (fact
# struck_thing, taken back at the end) and batch 6 (fact unauthored_act) the same: en 0.857 (TP 12, FP 0), id 0.720 (TP 9,
# FP 1) (unauthored_act's first kept form also coded the set's definite "condemned the bombing", "mengecam keras
# pengeboman itu", en 0.897, id 0.769, but it broke the house rule that an act named again alone is coded with no target
# from this sentence, tests/test_events.py; the ratchet went back to the figures of that rule's final form).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.857, 0), "id": (0.719, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "unnamed-CS", RATCHET)


# the conventions of this family, each with sentences of our own (not of the set's file) and negatives
@pytest.mark.parametrize(("lang", "text", "key"), [
    # rule victims-abroad: people killed by a state's strikes from afar, no place named
    ("en", "Turkish drone strikes killed seven people overnight.", ("ASSAULT", "TUR", "")),
    ("id", "Serangan udara Turki menewaskan tujuh orang pada Senin.", ("ASSAULT", "TUR", "")),
    # fact money_given: a sum of money given by a state its mention names, no recipient named
    ("en", "Norway donated three million dollars to protect the rainforest.", ("AID", "NOR", "")),
    ("id", "Norwegia menyumbangkan 3 juta dolar AS untuk melindungi hutan hujan.", ("AID", "NOR", "")),
    # appeal objects: talks asked for with no party named
    ("en", "The Norwegian foreign minister urged a resumption of negotiations.", ("REQUEST", "NOR", "")),
    ("id", "Menteri Luar Negeri Norwegia mendesak dimulainya kembali perundingan.", ("REQUEST", "NOR", "")),
    # CAMEO fact proposal: talks refused with no party named
    ("en", "Serbia ruled out any further negotiations this year.", ("REJECT", "SRB", "")),
    ("id", "Serbia menolak segala bentuk perundingan tahun ini.", ("REJECT", "SRB", "")),
    # fact unauthored_act: an act condemned that names no one who did it
    ("en", "Norway strongly condemns the systematic human rights violations.", ("ACCUSE", "NOR", "")),
])
def test_unnamed_target_coded(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a flood or rain that killed people is no act of anyone (rule natural-hazard stays before victims-abroad)
    ("en", "Heavy rain killed seven people on Monday.", "ASSAULT"),
    ("id", "Banjir menewaskan tujuh orang pada Senin.", "ASSAULT"),
    # money given by a company or by a bare "government" (spending at home) is no aid to no one
    ("en", "Samsung donated one million dollars to fight malaria.", "AID"),
    ("id", "Pemerintah memberikan dana Rp 5 triliun untuk pembangunan jalan.", "AID"),
])
def test_unnamed_target_not_coded(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}


def test_talks_asked_for_with_a_party_named_keep_it():
    assert ("REQUEST", "RUS", "UKR") in event_keys("Russia called for negotiations with Ukraine.", "en", PUB)


def test_talks_refused_with_a_party_named_keep_it():
    assert ("REJECT", "PAK", "IND") in event_keys("Pakistan ruled out talks with India.", "en", PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # an act condemned whose author is named, owned or of another state in the sentence; a condemner named before; an
    # act named again ("the attack."), told before with its author
    ("en", "Norway condemned Russia's bombing of the city.", ("ACCUSE", "NOR", "")),
    ("en", "Norway condemned their attacks on the city.", ("ACCUSE", "NOR", "")),
    ("en", "Norway condemned the bombing, which Russia denied.", ("ACCUSE", "NOR", "")),
    ("en", "Norway's foreign minister spoke on Monday. He condemned the bombing.", ("ACCUSE", "NOR", "")),
    ("en", "Norway condemned the attack.", ("ACCUSE", "NOR", "")),
    ("id", "Norwegia mengecam serangan tersebut.", ("ACCUSE", "NOR", "")),
])
def test_unnamed_target_not_keyed(lang, text, key):
    assert key not in event_keys(text, lang, PUB)


def test_strikes_on_a_named_place_keep_its_state():
    assert ("ASSAULT", "ISR", "PSE") in event_keys("Israeli air strikes killed 14 people in Gaza.", "en", PUB)
