"""Criticism, complaint and industrial action by construction (helper CT, session 27): own news-style sentences in
English and Indonesian (tests/data/industrial_CT.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them:
an evaluative word of blame said of an actor ("said the government had been arrogant", "menilai pemerintah tidak
becus"), "critical of", a letter of complaint, and labour action (downed tools, walked off the job, a picket, a
stoppage, a go-slow, mogok kerja, pemogokan) beside a military strike and a car that "mogok"; about a quarter with no
event."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "industrial_CT.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, main 24e47381): en F1 0.483 (TP 7, FP 2, FN 13), id F1
# 0.500 (TP 7, FP 6, FN 8); then ten strikes coded with target "" were given their strikers' own authorities, as the
# dev gold codes a protest that names no target (the protest-target convention), before any change to warta: en
# the same, id F1 0.786 (TP 11, FP 2, FN 4).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.48, 2), "id": (0.78, 2)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "industrial-CT", RATCHET)
