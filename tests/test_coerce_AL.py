"""The COERCE family and the justice system by construction (helper AL, session 14): own wire-style sentences in
Indonesian and English (tests/data/coerce_AL.jsonl), in the gold's record form with their text, every sentence coded
by GUIDELINES.md BEFORE warta was run on any of them, lines with no event too (negatives: a football draw, a held
interest rate, fishermen's catch, a traffic jam, a charged fee). Arrests, detentions, house arrest, charges
(didakwa, dijerat pasal, charged with, indicted: ACCUSE 115), sentences (divonis, jailed: COERCE 173),
deportations, seizures, curfews and travel bans; the agent often unnamed or named with its city or region."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "coerce_AL.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.857 (TP 15, FP 0, FN 5), id F1 0.893 (TP 25, FP 2,
# FN 4); with the organ's state for a passive with no place and "dijerat pasal": en 0.919 (TP 17, FP 0, FN 3), id 0.912
# (TP 26, FP 2, FN 3).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.918, 0), "id": (0.911, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "coerce-AL", RATCHET)


# the fixes, each with sentences of our own (not of the set's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key"), [
    # a passive with no place is the act of the police, prosecutors or courts of the state the sentence names, a
    # participle after its auxiliary too (practice._organ_country); a charge under an article of law ("dijerat pasal")
    ("en", "Lancashire Police said a 52-year-old woman had been arrested on suspicion of fraud.", ("COERCE", "GBR", "GBR")),
    ("en", "A teenager has been charged with robbery, Merseyside Police said.", ("ACCUSE", "GBR", "GBR")),
    ("id", "Pelaku pencurian itu dijerat pasal 363 KUHP, kata Kapolsek Tebet.", ("ACCUSE", "IDN", "IDN")),
    ("id", "Kedua pelaku telah ditahan, ujar Kapolres Sleman.", ("COERCE", "IDN", "IDN")),
])
def test_al_coerce_fixes(lang, text, key):
    assert key in event_keys(text, lang, PUB)


@pytest.mark.parametrize(("lang", "text", "etype"), [
    # a past tense after "had" is no passive: thieves stealing is no arrest by the police who report it
    ("en", "Thieves had stolen a van, Kent Police said.", "COERCE"),
    ("id", "Pencuri itu telah mengambil dua sepeda motor, kata Kapolsek Tebet.", "COERCE"),
    # named a suspect with no article of law and no agent: not coded (tuning kumparan L91963)
    ("id", "Ia sudah dijerat sebagai tersangka dalam kasus ini.", "ACCUSE"),
])
def test_al_coerce_negatives(lang, text, etype):
    assert etype not in {k[0] for k in event_keys(text, lang, PUB)}
