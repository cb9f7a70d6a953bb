"""Throughput of warta.extract on one core, as a ratio to spaCy's blank tokenizer + sentencizer.

Both run in this process over the same ≥ 1 MB of text (articles recombined from the built-in
sample corpus, Indonesian and English), so the ratio does not depend on the machine.
Usage: python bench/throughput.py [MEGABYTES]
"""

from __future__ import annotations

import sys
import time

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


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    articles = corpus(int(mb * 1_000_000))
    words = sum(len(a.text.split()) for a in articles)
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    for lang in ("id", "en"):
        coder(lang)  # build lexicons and automata outside the timed part, as a long run would
    extract_article(articles[0])

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

    print(f"text: {len(articles)} articles, {size / 1e6:.2f} MB, {words:,} words")
    print(f"spaCy blank tokenizer+sentencizer: {words / base:,.0f} words/s")
    print(f"warta extract (one core):          {words / ours:,.0f} words/s, {events:,} events")
    print(f"ratio warta / spaCy: {base / ours:.2f}  (target >= 0.5)")


if __name__ == "__main__":
    main()
