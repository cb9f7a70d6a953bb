"""False alarms on English domestic news, by construction (helper DK, session 30): own news-style sentences in English
(tests/data/alarms_DK.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them: half are senses and
constructions that carry no political act (force words in a match, a storm or a fire that hits or threatens, a
takeover bid or an offer between firms, a patient fighting an infection, a court's adjournment, attributive
participles such as "the wanted man" and "the injured", an expert's speculation, a past attack named as a noun), the
other half events that must still fire."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "alarms_DK.jsonl"
PUB = "2002-05-15"

# Measured right after coding, before any fix (2026-12-07, fam-DK at 074d0d71): en F1 0.821 (TP 16, FP 4, FN 3).
# Missed: tear gas used against protesters (no ASSAULT), a ceasefire agreement signed by two sides (read as SUPPORT
# both ways, two false alarms); and a one-day cricket final "clashed" is coded as ASSAULT both ways.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.820, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "alarms-DK", RATCHET)
