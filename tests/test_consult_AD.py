"""Meetings, visits, calls, agreements, appeals and their rejections by construction (part AD): own news-style
sentences in Indonesian and English (tests/data/consult_AD.jsonl), in the gold's record form with their text, every
sentence coded by GUIDELINES.md BEFORE warta was run on any of them, lines with no event too (negatives: a meeting of
one party's own officials, a visit to a museum, an apology, "setuju" / "agreed" as an opinion, sport).  CONSULT (a
visitor, a host, a phone call, talks on the sidelines), AGREE and the signing of a formal agreement (SUPPORT 057) by
lists of parties, REQUEST to an addressee after the verb, and REJECT of someone's request or call."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from sentence_sets import check_event, score_lines

DATA = Path(__file__).parent / "data" / "consult_AD.jsonl"
PUB = "2024-11-15"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_are_well_formed():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "a text is listed twice"
    for rec in RECORDS:
        assert rec["lang"] in ("en", "id") and rec["id"].startswith(f"consult-AD-{rec['lang']}-"), rec["id"]
        for ev in rec["events"]:
            check_event(ev, f"{rec['id']} {ev}")


# Measured right after coding, before any fix (2026-12-05): not yet run.  The ratchet per language: (lowest F1,
# most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.0, 99), "id": (0.0, 99)}


@functools.cache
def _score():
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    return evaluate_records(RECORDS, extract_article)


@pytest.mark.parametrize("lang", ["en", "id"])
def test_part_ad_holds_its_ratchet(lang):
    score = _score()
    c = score.by_lang[lang]
    report = [f"{lang}: F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})"]
    report += score_lines(score, lang)
    print("\n".join(report))
    floor, most = RATCHET[lang]
    assert c.f1 >= floor and c.fp <= most, "\n".join(report)
