"""The legal process in Indonesian domestic news by construction (helper BB, session 18): own news-style sentences in
Indonesian and English (tests/data/legal_BB.jsonl), in the gold's record form, every one coded by GUIDELINES.md
BEFORE warta was run on any of them, with negatives (reports that are no complaint, sports call-ups, a doctor's
examination, scientific inquiry, a taxi, a lawsuit as a topic). Investigations and summonses (ACCUSE 09x), police
reports and complaints (114/115), suits and charges (115), findings of guilt (116); an inquiry into an incident
names no target."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "legal_BB.jsonl"
PUB = "2024-11-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.759 (TP 11, FP 0, FN 7), id F1 0.651 (TP 14,
# FP 0, FN 15).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves.
RATCHET = {"en": (0.758, 0), "id": (0.650, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "legal-BB", RATCHET)
