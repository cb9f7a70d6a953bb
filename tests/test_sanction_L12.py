"""SANCTION and THREATEN by construction (lead, twelfth session): own news-style sentences in English and Indonesian
(tests/data/sanction_L12.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too (negatives: a referee, interest rates, weather warnings,
rising seas).  Sanctions, tariffs, bans on imports, expelled diplomats, recalled ambassadors, aid stopped, ties cut,
talks left; threats, warnings of consequences or retaliation, ultimatums."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "sanction_L12.jsonl"


# Measured right after coding, before any fix (2026-12-05): en F1 0.889 (TP 12, FP 2, FN 1), id F1 0.857 (TP 12, FP 3,
# FN 1); after the lead's fixes below (talks left: SANCTION 164; an act named as what a sanction is about is not the
# sanctioner's): en 1.000 (TP 13), id 1.000 (TP 13).  The ratchet per language: (lowest F1, most false alarms).
RATCHET = {"en": (1.0, 0), "id": (1.0, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "sanction-L12", RATCHET)


# the fixes, each with sentences of our own (not of the part's file) and a negative
@pytest.mark.parametrize(("lang", "text", "key", "coded"), [
    # leaving talks is halting negotiations (CAMEO 164), not a meeting
    ("en", "Ethiopia withdrew from talks with Egypt over the Nile dam.", ("SANCTION", "ETH", "EGY"), True),
    ("en", "Ethiopia withdrew from talks with Egypt over the Nile dam.", ("CONSULT", "ETH", "EGY"), False),
    ("id", "Ethiopia mundur dari pembicaraan dengan Mesir soal bendungan Sungai Nil.", ("SANCTION", "ETH", "EGY"), True),
    ("id", "Ethiopia mundur dari pembicaraan dengan Mesir soal bendungan Sungai Nil.", ("CONSULT", "ETH", "EGY"), False),
    # an act named as what a sanction on another party is about is that party's, not the sanctioner's
    ("id", "Kanada menjatuhkan sanksi terhadap Iran terkait penangkapan para aktivis perempuan.", ("COERCE", "CAN", "IRN"),
     False),
    ("id", "Kanada menjatuhkan sanksi terhadap Iran terkait penangkapan para aktivis perempuan.", ("SANCTION", "CAN", "IRN"),
     True),
    # ... but an act that is the content of the subject's own words is the subject's
    ("en", "Israel has stepped up hints about a possible military strike against Iran.", ("THREATEN", "ISR", "IRN"), True),
])
def test_lead_sanction_fixes(lang, text, key, coded):
    assert (key in event_keys(text, lang, "2024-11-15")) is coded
