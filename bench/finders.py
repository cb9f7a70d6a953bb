"""Cost of each extraction stage on news text, as a ratio to spaCy's blank tokenizer on the same text.

Replaces timed unit tests: stage speed is measured here, in one process, and printed as ratios.
Usage: python bench/finders.py [N_ARTICLES]
"""

from __future__ import annotations

import sys
import time
from datetime import date

import spacy

from warta.pipeline.actors import ActorFinder
from warta.pipeline.quantity import QuantityFinder
from warta.pipeline.segment import Segmenter
from warta.pipeline.when import WhenFinder
from warta.pipeline.where import PlaceFinder
from warta.samples import recombine


def timed(fn, texts) -> float:
    t0 = time.perf_counter()
    for t in texts:
        fn(t)
    return time.perf_counter() - t0


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    recs = list(recombine(n, seed=11))[:n]
    pub = date(2024, 11, 15)
    for lang in ("id", "en"):
        texts = [r["text"] for r in recs if r["lang"] == lang]
        words = sum(len(t.split()) for t in texts)
        t0 = time.perf_counter()
        stages = {
            "segment": Segmenter().split,
            "actors": ActorFinder(lang).find,
            "dates": (lambda f: (lambda t: f.find(t, pub)))(WhenFinder(lang)),
            "quantities": QuantityFinder(lang).find,
            "places": PlaceFinder(lang).find,
        }
        build = time.perf_counter() - t0
        nlp = spacy.blank(lang)
        base = timed(nlp, texts)
        print(f"[{lang}] {len(texts)} articles, {words:,} words; finders built in {build:.2f} s")
        print(f"  spaCy blank tokenizer: {words / base:,.0f} words/s (ratio 1.00)")
        for name, fn in stages.items():
            secs = timed(fn, texts)
            print(f"  {name:<11} {words / secs:>12,.0f} words/s  ratio {base / secs:5.2f}")


if __name__ == "__main__":
    main()
