"""False alarms removed at their general source (helper CG, session 24): own news-style sentences in English and
Indonesian (tests/data/precision_CG.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them; half carry
no required event (trigger words in a sense that is no event, sport, business, questions, stories, analysis).
Each fix is a general restriction, checked here on sentences of our own that are not in the set, with a negative
that the restriction must leave alone."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "precision_CG.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07): en F1 0.800 (TP 16, FP 6, FN 2), id F1 0.839 (TP 13, FP 3,
# FN 2).  After the fixes below: the same (none of the set's negatives was a false alarm of the sources fixed; the
# restrictions keep all its events).  Left: a signed peace agreement is SUPPORT 057 to warta, AGREE 057 in this set
# (the project's codings differ: both are used); an attack and the killing it causes coded twice at country level
# ("shelled the city of Kharkiv, killing four civilians": UKR and UKRCVL; "serangan udara ke Rafah yang menewaskan");
# the backing India is accused of coded as an act (SUPPORT IND>PAKREB inside "accused India of backing militants");
# a question read as an act ("Will Washington impose new tariffs ...?"); the court's conviction read with the
# journalist as its source.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.799, 6), "id": (0.838, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "precision-CG", RATCHET)


# (1) a negation that is the sense of a threat is written in the trigger's pattern ("have not ruled out military
# action": a threat, not negated; "ruled out military action": none); "tak dikenal" negates no act (modality.py)
@pytest.mark.parametrize(("lang", "text", "kind", "negated"), [
    # a denial stays a negated event (the negative); a negation that is the sense of a threat makes a threat
    ("en", "Pakistan denied that its jets had bombed villages in Afghanistan.", "ASSAULT", True),
    ("en", "Ankara has not ruled out military action against Kurdish militants in Syria.", "THREATEN", False),
    ("en", "France did not rule out a strike on Mali.", "THREATEN", False),
    ("id", "Turki tidak mengesampingkan aksi militer terhadap Suriah.", "THREATEN", False),
    # "tak dikenal" names an unknown doer (word class unidentified), it denies no act (pipeline/modality.py)
    ("id", "Orang tak dikenal menembak seorang wartawan Filipina di Manila.", "ASSAULT", False),
    ("id", "Penyerang tak dikenal menikam seorang aktivis Thailand di Bangkok.", "ASSAULT", False),
])
def test_negation_sense(lang, text, kind, negated):
    from warta.api import extract

    events = [e for e in extract(text, lang=lang, published=PUB) if e.type == kind]
    assert events and all(e.negated is negated for e in events), events


def test_ruled_out_is_no_threat():
    # the negative of the pattern: ruling out military action threatens no one
    assert ("THREATEN", "TUR", "SYR") not in event_keys("Ankara ruled out military action against Syria.", "en", PUB)


def _doc_keys(text: str, lang: str) -> set[tuple[str, str, str, int]]:
    from warta.api import extract
    from warta.evaluate import match_key

    return {(*match_key(e.type, e.source.code, e.target.code if e.target else ""), e.sentence.index)
            for e in extract(text, lang=lang, published=PUB)}


# (2) a noun of an act with a date, or a party or place of another state, of its own names that act, not the act of
# an earlier sentence (conventions act-anaphor, _names_its_own)
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Israeli jets struck Gaza on Monday. The king spoke of the attacks in the United States on September 11.",
     ("ASSAULT", "ISR", "PSE", 1)),
    ("en", "Israeli jets struck Gaza on Monday. The attack in Lebanon killed ten people.", ("ASSAULT", "ISR", "PSE", 1)),
    ("en", "Israeli jets struck Gaza on Monday. The attack against Syria was condemned by Iran.",
     ("ASSAULT", "ISR", "PSE", 1)),
    ("en", "Israeli jets struck Gaza on Monday. The attack on December 13 killed five soldiers.",
     ("ASSAULT", "ISR", "PSE", 1)),
])
def test_act_of_its_own_is_no_anaphor(lang, text, absent):
    assert absent not in _doc_keys(text, lang)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the negatives: the act named again, also with the earlier act's own place
    ("en", "Russia shelled Kharkiv on Monday. The attack on Kharkiv killed ten civilians.", ("ASSAULT", "RUS", "UKR", 1)),
    ("en", "Russia shelled Kharkiv on Monday. The attack killed ten civilians.", ("ASSAULT", "RUS", "UKR", 1)),
    ("id", "Rusia menembaki Kharkiv pada Senin. Serangan itu menewaskan sepuluh warga sipil.", ("ASSAULT", "RUS", "UKR", 1)),
])
def test_act_named_again_kept(lang, text, key):
    assert key in _doc_keys(text, lang)


# (3) a noun of an act right before a noun of a place, a body or a thing only qualifies it (word class modified_head,
# conventions compound-modifier; English, whose compounds have their head last)
@pytest.mark.parametrize(("lang", "text", "absent"), [
    ("en", "Church leaders criticised the Australian detention system for asylum seekers.", ("COERCE", "AUS", "AUS")),
    ("en", "Police in riot gear guarded the Israeli embassy in Canberra.", ("PROTEST", "AUS", "AUS")),
    ("en", "Nauru agreed to host an Australian detention centre for asylum seekers.", ("COERCE", "AUS", "AUS")),
])
def test_act_noun_as_modifier(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "key"), [
    # the negatives: the noun of the act as the head stays an act
    ("en", "Australia's detention of asylum seekers was criticised by the UN.", ("COERCE", "AUS", "AUS")),
    ("en", "Police arrested protesters at the protest site in Jakarta.", ("COERCE", "IDN", "IDN")),
])
def test_act_noun_as_head_kept(lang, text, key):
    assert key in event_keys(text, lang, PUB)
