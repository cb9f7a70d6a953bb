"""English acts the coder did not see at all (helper DQ, session 32): own news-style sentences
(tests/data/kamus_DQ.jsonl), coded by GUIDELINES.md BEFORE warta was run on any of them, on how English wire news
states rejections, threats, requests, aid, support, sanctions and accusations by the codebook ("rebuffed", "turned
down", "brushed aside", "vowed to retaliate", "issued an ultimatum", "pressed X to", "froze the assets", "slapped
tariffs on", "lodged a protest", "took X to court", "lashed out at") and the other senses of their words (a storm
that threatens, grapes pressed, frozen fish, the support of cables), a quarter with no event."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "kamus_DQ.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any change (2026-12-07, main bf6fb19a): en F1 0.970 (TP 32, FP 0, FN 2); the misses:
# a pledge of money (AGREE 0331, "pledged 500 million euros to") and aid shipped to survivors in a country.
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.969, 0)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "kamus-DQ", RATCHET)
