"""Indonesian roles from structure (helper DW, session 33): own news-style Indonesian sentences
(tests/data/peran_DW.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, where the trigger and both
actors are found but must be paired by structure: the owner of a decision, proposal, step or statement that is
supported, rejected or condemned ("mendukung keputusan Perdana Menteri Malaysia"), a meeting after the quote ("kata X
usai bertemu Y"), a relative clause between the actor and the verb ("X, yang sebelumnya melakukan pembicaraan dengan Y,
akan mengunjungi Z"), criticism received ("X mendapat kecaman dari Y"), requests with agar/untuk, support nouns with
terhadap, meetings between parties, appositions, a received visit or call; a quarter with no event (a company's
decision, a domestic visit, a film, a book, a poll)."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "peran_DW.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-08, main d1fda925): START
# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.0, 99)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "peran-DW", RATCHET)
