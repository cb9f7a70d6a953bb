"""English vocabulary from the PETRARCH2 CAMEO verb dictionary (issue 11): what scripts/derive_triggers.py left out,
re-admitted group by group by measurement (part BL).  Own news-style sentences (tests/data/vocab_BL.jsonl, English with
Indonesian translations where the Indonesian side has a counterpart to test), coded by GUIDELINES.md BEFORE warta was
run on any of them, with negatives (sport, markets, idioms, business)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "vocab_BL.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.585 (TP 12, FP 1, FN 16), id F1 0.417 (TP 5, FP 6,
# FN 8); with group 1 (synonym sets in fixed phrases): en 0.651 (TP 14, FP 1, FN 14).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.65, 1), "id": (0.416, 6)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "vocab-BL", RATCHET)


# Group 1 (what the derivation could not express): a synonym set inside a fixed phrase ("{&MILITARY AID}",
# "{CENSURE &PROPOSAL}"), a fixed phrase inside a prepositional phrase ("(IN FAVOR) (OF {CONSTITUTIONAL AMENDMENT})"),
# a word joined by "_" inside braces and a slash of spellings ("(IN FAVOUR/FAVOR)"); a submitted censure or
# no-confidence motion asks the leader to go (1041, as the dictionary's INTRODUCE row), not 113 or 160.
@pytest.mark.parametrize(("lang", "text", "key"), [
    ("en", "Students marched in favour of Prime Minister Anwar Ibrahim in Kuala Lumpur.", ("SUPPORT", "MYS", "MYS")),
    ("en", "Pakistan's opposition submitted a censure motion against Prime Minister Shehbaz Sharif.",
     ("REQUEST", "PAK", "PAK")),
    ("en", "Romania's opposition submitted a no-confidence motion against Prime Minister Marcel Ciolacu.",
     ("REQUEST", "ROU", "ROU")),
])
def test_fixed_phrases_with_synonym_sets(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "absent"), [
    # a motion of censure is no accusation by itself; fans who march for a coach are no political actors
    ("en", "Pakistan's opposition submitted a censure motion against Prime Minister Shehbaz Sharif.",
     ("ACCUSE", "PAK", "PAK")),
    ("en", "France evacuated foreign nationals from Port Sudan on Sunday.", ("SANCTION", "FRA", "SDN")),
])
def test_fixed_phrases_negatives(lang, text, absent):
    assert absent not in event_keys(text, lang, PUB)
