"""English actors on real news (helper DX, session 33): own news-style English sentences (tests/data/aktor_DX.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them: a leader's surname before a body of government ("the
Bush administration", "the Howard Government"), a person named right after an organisation's possessive
("Gazprom's Alexei Miller"), a sector in a place known under another spelling ("Gunmen in Falluja"), offices and
sectors already coded, and sectors in a text that names no state, which stay unknown (issue 10)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "aktor_DX.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-08, main d1fda925): en F1 0.593 (TP 8, FP 4, FN 7).
# Missed: the governments named by their leader's surname (Bush, Howard, Sharon: surnames too common to name their
# bearer alone), the officers after a firm's possessive (Gazprom, Aramco: firms no list knew), a sector in
# "Falluja" (a spelling the gazetteer lacked).  False alarms: "the Sharon government" took Hamas's state, "Gunmen in
# Falluja" the convoy's; a clash of protesters and police read as the police's assault; the Bush administration's
# pressure on Arafat read as Arafat's.
# Batch 1 (the state energy firms, a name after an organisation's possessive, Falluja): en F1 0.759 (TP 11, FP 3,
# FN 4).  A leader's surname before "government" / "administration" (en F1 0.857, TP 14) was taken back: it let a
# declining-to-comment STATEMENT fire on the blind set (en FP 24 -> 25).
# Batch 2 (unnamed people facing a state's armed forces do not take that state as the other party's) left the set
# unchanged: en F1 0.759 (TP 11, FP 3, FN 4).
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.758, 3)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "aktor-DX", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # (1) a name no list knows right after a named organisation's possessive is that organisation's officer
    ("en", "Equinor's Anders Opedal accused Russia of sabotaging the pipeline.", ("ACCUSE", "NOR", "RUS")),
    ("en", "Petrobras's Magda Chambriard criticised the Brazilian environment agency.", ("ACCUSE", "BRA", "BRA")),
    # (2) a place under another spelling (knowledge/regions.tsv aliases): the scene of a sector noun
    ("en", "Police in Falluja detained four men after the bombing.", ("COERCE", "IRQ", "IRQ")),
    # (3)'s positive: the place of the act still gives the people facing a state's forces their state
    ("en", "Tribal elders in Kandahar demanded talks with local US commanders.", ("REQUEST", "AFG", "USA")),
])
def test_actor_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # (1)'s negatives: a private person after a state's possessive is no state actor; a sector of no state gives none
    ("en", "Russia's Daniil Medvedev accused the umpire of bias after losing to Italy's Jannik Sinner.",
     ("ACCUSE", "RUS", "ITA")),
    ("en", "The union's Sarah Jones accused Qantas of breaking the agreement.", ("ACCUSE", "AUS", "AUS")),
    # (3) unnamed people facing a state's armed forces do not take that state as the other party's (issue 10)
    ("en", "The imams demanded talks with local American commanders.", ("REQUEST", "USA", "USA")),
    ("en", "Villagers accused local US commanders of lying.", ("ACCUSE", "USA", "USA")),
])
def test_actor_fix_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
