"""Dump every event warta codes on a fixed set of texts, for checking that a speed change leaves the output unchanged.

The texts: the dev gold (../shared/gold/dev.jsonl), the real-news tuning set (``bench/realnews.py``'s records with
their text), the built-in sample corpus, and the first kumparan sentences that may be read (``kumparan_open``: no
blind sentence and no near-copy of one), grouped into articles of 20 as ``bench/throughput.py`` does. Each event is
one JSON line (every field of ``Event.to_dict``), followed by what became of every trigger candidate
(``explain_article``'s outcomes: the rules that shaped or dropped it). Run it before and after a change and diff:

    PYTHONPATH=src python bench/same_output.py /tmp/before.jsonl
    PYTHONPATH=src python bench/same_output.py /tmp/after.jsonl && cmp /tmp/before.jsonl /tmp/after.jsonl

Usage: python bench/same_output.py OUT [KUMPARAN_SENTENCES]
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import TextIO

from blind import DEFAULT_SHARED
from realnews import TUNING, _materialise, kumparan_open, load
from warta.api import explain_article
from warta.io import article_from_record
from warta.model import Article
from warta.pipeline.conventions import Outcome
from warta.samples import load_corpus

SENTENCES_PER_ARTICLE = 20


def gold_articles(shared: Path) -> Iterator[Article]:
    path = shared / "gold" / "dev.jsonl"
    if path.is_file():
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if line.strip():
                rec = json.loads(line)
                yield article_from_record(rec, rec.get("id", f"dev-{n}"))


def tuning_articles(shared: Path) -> Iterator[Article]:
    for rec in _materialise(load(TUNING), shared, TUNING):
        yield article_from_record(rec, rec.get("id", "?"))


def sample_articles() -> Iterator[Article]:
    for rec in load_corpus():
        yield article_from_record(rec, rec["id"])


def kumparan_articles(count: int) -> Iterator[Article]:
    texts = list(kumparan_open().values())[:count]
    for i in range(0, len(texts), SENTENCES_PER_ARTICLE):
        text = " ".join(texts[i : i + SENTENCES_PER_ARTICLE])
        yield Article(id=f"kumparan-{i}", text=text, lang="id", published=date(2019, 12, 1))


def _outcome(o: Outcome) -> dict:
    return {"sentence": o.sentence.to_dict(), "trigger": o.trigger, "type": o.type, "cameo": o.cameo,
            "events": len(o.events), "dropped": [list(d) for d in o.dropped]}  # fmt: skip


def dump(articles: Iterator[Article], out: TextIO) -> int:
    n = 0
    for a in articles:
        events, trace = explain_article(a)
        for ev in events:
            out.write(json.dumps({"article": a.id, "event": ev.to_dict()}, ensure_ascii=False, sort_keys=True) + "\n")
        for o in trace:
            out.write(json.dumps({"article": a.id, "outcome": _outcome(o)}, ensure_ascii=False, sort_keys=True) + "\n")
        n += len(events)
    return n


def main() -> None:
    target = Path(sys.argv[1])
    count = int(sys.argv[2]) if len(sys.argv) > 2 else 600
    shared = DEFAULT_SHARED
    with target.open("w", encoding="utf-8") as out:
        for label, articles in (("dev gold", gold_articles(shared)), ("tuning", tuning_articles(shared)),
                                ("samples", sample_articles()), ("kumparan", kumparan_articles(count))):  # fmt: skip
            print(f"{label}: {dump(articles, out):,} events", file=sys.stderr)


if __name__ == "__main__":
    main()
