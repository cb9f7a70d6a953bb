"""The built-in sample corpus: 24 short invented news articles (12 Indonesian, 12 English)
about troop transfers, arms aid, sanctions, talks and protests in late 2024.  Several
outlets report the same events in different words, and some deny what others assert.

:func:`recombine` makes larger corpora from it (for benchmarks and load tests)."""

from __future__ import annotations

import json
import random
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

from warta.tsv import resource_path

__all__ = ["corpus_path", "load_corpus", "recombine", "write_jsonl"]


def corpus_path() -> Path:
    """Path of ``corpus.jsonl`` (fields: id, lang, date, title, url, source, text)."""
    return resource_path("warta.samples", "corpus.jsonl")


def load_corpus() -> list[dict]:
    with open(corpus_path(), encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def _sentences(text: str) -> list[str]:
    from warta.pipeline.segment import Segmenter

    return [s.text for s in Segmenter().split(text)]


def recombine(n: int, seed: int = 0) -> Iterator[dict]:
    """``n`` distinct articles made by mixing sentences of sample articles of one language,
    with shifted publication dates and varied outlets (records in the corpus.jsonl format)."""
    rng = random.Random(seed)
    base = load_corpus()
    by_lang: dict[str, list[list[str]]] = {}
    for rec in base:
        by_lang.setdefault(rec["lang"], []).append(_sentences(rec["text"]))
    outlets = sorted({rec["source"] for rec in base}) + [f"Outlet {i}" for i in range(20)]
    langs = sorted(by_lang)
    seen: set[str] = set()
    made = 0
    while made < n:
        lang = langs[made % len(langs)]
        docs = rng.sample(by_lang[lang], k=min(3, len(by_lang[lang])))
        pool = [s for d in docs for s in d]
        sents = rng.sample(pool, k=min(len(pool), rng.randint(3, 6)))
        text = " ".join(sents)
        if text in seen:
            continue
        seen.add(text)
        day = date(2024, 1, 1) + timedelta(days=rng.randrange(366))
        outlet = rng.choice(outlets)
        made += 1
        yield {"id": f"r{seed}-{made}", "lang": lang, "date": day.isoformat(), "title": sents[0][:60],
               "url": f"https://recombined.example/{seed}/{made}", "source": outlet, "text": text}


def write_jsonl(records, path: str | Path) -> int:
    n = 0
    with open(path, "w", encoding="utf-8") as fh:
        for rec in records:
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
            n += 1
    return n
