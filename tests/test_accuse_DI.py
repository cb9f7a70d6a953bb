"""English accusations by construction (helper DI, session 30): own news-style sentences (tests/data/accuse_DI.jsonl),
coded by GUIDELINES.md BEFORE warta was run on any of them: evaluative speech about a party or its act ("called the
controls illegal", "described the strike as a violation of"), a party named as the author of a wrong ("held
Pyongyang responsible", "attributed the bombing to", "may have committed war crimes", "was behind the attack"),
investigations and legal acts ("opened an investigation into", "placed under investigation", "filed a lawsuit",
"convicted", "indicted"), summons and formal protests, a rejection of accusations, and ten sentences with no event
(attributive participles "banned", "wanted", "occupied", "charged"; evaluations of no party)."""

from __future__ import annotations

from pathlib import Path

from sentence_sets import record_set_checks

DATA = Path(__file__).parent / "data" / "accuse_DI.jsonl"
PUB = "2025-06-20"

# Measured right after coding, before any fix (2026-12-07, fam-DI on main b663a7f0): en F1 0.806 (TP 25, FP 4, FN 8).
# The ratchet per language: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.806, 4)}
RECORDS, test_records_are_well_formed, test_holds_its_ratchet = record_set_checks(DATA, "accuse-DI", RATCHET)
