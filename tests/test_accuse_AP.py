"""ACCUSE in the justice system by construction (part AP, session 15): own news-style sentences in English and
Indonesian (tests/data/accuse_AP.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, with negatives
(a battery charged, a scientific investigation, a drug trial, a tennis court, a runner named by name and age).
Investigations opened or launched, "under investigation", "diperiksa", "ditetapkan sebagai tersangka", verdicts
("found guilty", "convicted", "divonis bersalah", "dinyatakan bersalah"), charges and lawsuits."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_AP.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.700 (TP 14, FP 2, FN 10), id F1 0.872 (TP 17,
# FP 1, FN 4).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.699, 2), "id": (0.871, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-AP", RATCHET)
