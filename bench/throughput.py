"""Throughput of warta.extract on one core, as a ratio to spaCy's blank tokenizer + sentencizer.

Both run in this process over the same text, so the ratio does not depend on the machine:
1. ≥ 1 MB of articles recombined from the built-in sample corpus (Indonesian and English).  Its
   vocabulary is small, which suits spaCy's per-word cache: a lower bound for warta's ratio.
2. When ../shared/gold is present, the dev gold's news texts (real, unique sentences, read from
   there, never copied), one pass: closer to fresh news.
Usage: python bench/throughput.py [MEGABYTES]
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import spacy

from warta.api import coder, extract_article
from warta.model import Article
from warta.samples import recombine


def corpus(min_bytes: int) -> list[Article]:
    out, size = [], 0
    for i, rec in enumerate(recombine(10**6, seed=7)):
        out.append(Article(id=str(i), text=rec["text"], lang=rec["lang"]))
        size += len(rec["text"].encode("utf-8"))
        if size >= min_bytes:
            return out
    return out


def gold_articles() -> list[Article]:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev.jsonl"
    if not path.is_file():
        return []
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=r["id"], text=r["text"], lang=r["lang"]) for r in recs]


def measure(label: str, articles: list[Article]) -> None:
    words = sum(len(a.text.split()) for a in articles)
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    nlp = {lang: spacy.blank(lang) for lang in ("id", "en")}
    for p in nlp.values():
        p.add_pipe("sentencizer")
    t0 = time.perf_counter()
    for a in articles:
        doc = nlp[a.lang](a.text)
        sum(1 for _ in doc.sents)
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    events = 0
    for a in articles:
        events += len(extract_article(a))
    ours = time.perf_counter() - t0

    print(f"{label}: {len(articles)} articles, {size / 1e6:.2f} MB, {words:,} words")
    print(f"  spaCy blank tokenizer+sentencizer: {words / base:,.0f} words/s")
    print(f"  warta extract (one core):          {words / ours:,.0f} words/s, {events:,} events")
    print(f"  ratio warta / spaCy: {base / ours:.2f}  (target >= 0.5)")


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    for lang in ("id", "en"):
        coder(lang)  # build lexicons and automata outside the timed part, as a long run would
    measure("recombined sample corpus", corpus(int(mb * 1_000_000)))
    gold = gold_articles()
    if gold:
        measure("dev gold news texts (one pass)", gold)


if __name__ == "__main__":
    main()
