"""Translated Indonesian by construction (part AM, fourteenth session): own English wire sentences of international
politics and conflict and their Indonesian translations in the style translated news has (tests/data/translated_AM.jsonl):
"mengatakan bahwa", "menurut", "telah", long passives with "oleh", English titles kept ("Tn.", "Ny.", "Presiden AS
Donald Trump"), English word order ("Pada hari Selasa, ..."), calques ("meluncurkan serangan", "mengeluarkan
peringatan", "menyerukan kepada", "menjatuhkan sanksi terhadap"). Both sides coded by GUIDELINES.md with the same
events BEFORE warta was run on any of them; six pairs with no event (prices, sport, a product launch, an economic
warning, analysts, a film's critics)."""

from __future__ import annotations

from pathlib import Path

import pytest

from sentence_sets import event_keys, record_set_checks

DATA = Path(__file__).parent / "data" / "translated_AM.jsonl"
PUB = "2019-05-15"

# Measured right after coding, before any fix (2026-12-06): en F1 0.921 (TP 29, FP 1, FN 4), id F1 0.885 (TP 27,
# FP 1, FN 6).  The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.920, 1), "id": (0.884, 1)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "translated-AM", RATCHET)
