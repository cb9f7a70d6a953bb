"""Indonesian vocabulary by frequency (part AA): words that name an act of the codebook, found by bench/harvest.py
among the verbs and event nouns of unlabelled Indonesian news (NER corpora, open kumparan sentences) in sentences
with an actor and no trigger; own news-style sentences for each (tests/data/vocab_AA.jsonl), in the gold's record
form, every sentence coded by GUIDELINES.md BEFORE warta was run on any of them, with a negative per word where it
has another sense (sport, a metaphor, a thing not an actor)."""

from __future__ import annotations

import functools
import json
from pathlib import Path

import pytest

from sentence_sets import check_event, score_lines

DATA = Path(__file__).parent / "data" / "vocab_AA.jsonl"
RECORDS = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_records_are_well_formed():
    ids = [r["id"] for r in RECORDS]
    assert len(ids) == len(set(ids))
    assert len({r["text"] for r in RECORDS}) == len(RECORDS), "a text is listed twice"
    for rec in RECORDS:
        assert rec["lang"] == "id" and rec["id"].startswith("vocab-AA-id-"), rec["id"]
        for ev in rec["events"]:
            check_event(ev, f"{rec['id']} {ev}")


# The ratchet: (lowest F1, most false alarms); raise it as the coder improves, never lower it.
RATCHET = {"id": (0.0, 99)}


@functools.cache
def _score():
    from warta.api import extract_article
    from warta.evaluate import evaluate_records

    return evaluate_records(RECORDS, extract_article)


@pytest.mark.parametrize("lang", ["id"])
def test_part_aa_holds_its_ratchet(lang):
    score = _score()
    c = score.by_lang[lang]
    report = [f"{lang}: F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})"]
    report += score_lines(score, lang)
    print("\n".join(report))
    floor, most = RATCHET[lang]
    assert c.f1 >= floor and c.fp <= most, "\n".join(report)
