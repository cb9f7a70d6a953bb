"""The ACCUSE family by construction (part Z): own news-style sentences in English and Indonesian
(tests/data/accuse_Z.jsonl), in the gold's record form with their text, every sentence coded by GUIDELINES.md
BEFORE warta was run on any of them, lines with no event too (negatives: criticism of a thing, the cause of a fire,
sport).  Accusing, blaming, branding, criticising, complaining officially, suing, charging, investigating (CAMEO 09x)
and finding guilty, by varied verbs, idioms and nouns, in active and passive voice, by actors of every kind."""

from __future__ import annotations

import json
from pathlib import Path

from sentence_sets import check_event

DATA = Path(__file__).parent / "data" / "accuse_Z.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_are_well_formed():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "a text is listed twice"
    for rec in RECORDS:
        assert rec["lang"] in ("en", "id") and rec["id"].startswith(f"accuse-Z-{rec['lang']}-"), rec["id"]
        for ev in rec["events"]:
            check_event(ev, f"{rec['id']} {ev}")
