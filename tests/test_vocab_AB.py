"""English vocabulary of accusing, rejecting, threatening, requesting and sanctioning (part AB): own news-style
sentences (tests/data/vocab_AB.jsonl), in the gold's record form, every sentence coded by GUIDELINES.md BEFORE
warta was run on any of them, lines with no event too (negatives: sport, business, medicine, the same words in
another sense: "rejected by the patient's body", "dismissed an employee", "shot down a drone", "turned down a
single").  Verbs, nouns and idioms of CAMEO 09x-13x and 16x: PETRARCH2 verbs the derivation left out, and the
nouns and idioms it lacks ("drew fire from", "heaped scorn on", "balked at", "shot down a proposal")."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from sentence_sets import check_event, score_lines

DATA = Path(__file__).parent / "data" / "vocab_AB.jsonl"
PUB = "2024-11-15"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_are_well_formed():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "a text is listed twice"
    for rec in RECORDS:
        assert rec["lang"] == "en" and rec["id"].startswith("vocab-AB-en-"), rec["id"]
        for ev in rec["events"]:
            check_event(ev, f"{rec['id']} {ev}")


# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"en": (0.0, 99)}


@functools.cache
def _score():
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    return evaluate_records(RECORDS, extract_article)


@pytest.mark.parametrize("lang", ["en"])
def test_part_ab_holds_its_ratchet(lang):
    score = _score()
    c = score.by_lang[lang]
    report = [f"{lang}: F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})"]
    report += score_lines(score, lang)
    print("\n".join(report))
    floor, most = RATCHET[lang]
    assert c.f1 >= floor and c.fp <= most, "\n".join(report)
