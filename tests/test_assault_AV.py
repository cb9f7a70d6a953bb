"""Armed conflict in wire reporting by construction (helper AV, session 16): own news-style sentences in English and
Indonesian (tests/data/assault_AV.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives
(weapons tests, sport, films, cyber attacks, heart attacks, exercises, games). Claims of responsibility, "by"-phrases
and passives, "X-backed"/"X-led"/"yang didukung X"/"pimpinan X" actors, craft as their state's forces, non-state
armed groups, attacks on held places."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "assault_AV.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.800 (TP 22, FP 6, FN 5), id F1 0.731 (TP 19,
# FP 8, FN 6). The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.799, 6), "id": (0.730, 8)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "assault-AV", RATCHET)
