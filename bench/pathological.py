"""Time of ``warta.extract`` on pathological inputs growing from 1 KB to 1 MB.

Three shapes, each built from the sample corpus (no third-party text):

- ``run-on``: the Indonesian sample articles with every punctuation mark and line break removed,
  repeated: one "sentence" as long as the input;
- ``countries``: one sentence naming a long comma-separated list of countries ("... dari Indonesia,
  Malaysia, ..., dan Chile mengecam serangan itu"), the list growing with the size;
- ``article``: one huge article of normal sentences (sample sentences recombined).

For each size the script prints the seconds (the mean of several runs below 64 KB), the events found
and ``ratio``: (time / size) divided by the same figure at 1 KB.  Linear growth keeps the ratio near 1 (it may fall below 1 as fixed costs
spread); quadratic growth doubles it with each doubling of the size.

Usage: python bench/pathological.py [MAX_KB] [SHAPE ...]   (default 1024 KB, every shape)
"""

from __future__ import annotations

import re
import sys
import time

from warta import extract
from warta.knowledge.countries import state_forms
from warta.samples import load_corpus, recombine

SIZES_KB = (1, 4, 16, 64, 256, 1024)


def run_on(size: int) -> str:
    """Sample Indonesian text without punctuation or line breaks, ``size`` characters long."""
    plain = " ".join(re.sub(r"[^\w\s]", " ", r["text"]) for r in load_corpus() if r["lang"] == "id")
    plain = " ".join(plain.split())
    return _fill(plain, size)


def country_list(size: int) -> str:
    """One sentence with a list of country names as long as ``size`` allows."""
    names = sorted({f.form for f in state_forms("id") if f.kind == "country" and f.form.isalpha() and f.form.istitle()})
    head, tail = "Para menteri luar negeri dari ", " mengecam serangan Israel terhadap Gaza pada hari Senin."
    parts: list[str] = []
    used = len(head) + len(tail)
    i = 0
    while used < size:
        name = names[i % len(names)]
        parts.append(name)
        used += len(name) + 2
        i += 1
    return head + ", ".join(parts[:-1]) + " dan " + parts[-1] + tail


def huge_article(size: int) -> str:
    """Recombined sample sentences (Indonesian), ``size`` characters long."""
    texts = [r["text"] for r in recombine(4000, seed=5) if r["lang"] == "id"]
    return _fill(" ".join(texts), size)


def _fill(text: str, size: int) -> str:
    out = (text + " ") * (size // (len(text) + 1) + 1)
    return out[:size].rsplit(" ", 1)[0]


SHAPES = {"run-on": run_on, "countries": country_list, "article": huge_article}


def main() -> None:
    max_kb = int(sys.argv[1]) if len(sys.argv) > 1 else 1024
    shapes = sys.argv[2:] or list(SHAPES)
    extract("Polisi menangkap dua orang di Jakarta.", lang="id")  # build the coder outside the timings
    for shape in shapes:
        make = SHAPES[shape]
        base = None
        print(f"{shape}:")
        for kb in (k for k in SIZES_KB if k <= max_kb):
            text = make(kb * 1024)
            reps = max(1, 64 // kb)  # small inputs are timed several times: a steadier baseline
            t0 = time.perf_counter()
            for _ in range(reps):
                events = extract(text, lang="id", published="2024-11-15")
            secs = (time.perf_counter() - t0) / reps
            per_kb = secs / (len(text) / 1024)
            base = base or per_kb
            print(f"  {len(text) / 1024:7.1f} KB  {secs:8.3f} s  {len(events):6d} events  ratio {per_kb / base:5.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
