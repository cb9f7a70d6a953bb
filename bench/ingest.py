"""Ingest and query bench for the corpus store.

1. Ingest throughput: 10,000 articles recombined from the sample corpus, through the real
   readers, language id, extraction core and store writer, on 2 worker processes.
   Prints articles/s (target >= 150) and peak memory: the ingest runs in a child process
   that reports its own peak RSS (the parent: reader, writer, read-ahead) against its RSS once
   the extractors are built, and the largest peak RSS among its worker processes
   (``getrusage`` SELF and CHILDREN).
2. Query latency: a store of >= 1M synthetic events (written once through the real writer,
   cached under /tmp), then the p95 of ``timeline --between A B`` and ``events --between A B``
   (the Store calls behind those commands) over many country pairs, the busiest included.
   Target p95 < 50 ms.

    python bench/ingest.py [--articles 10000] [--workers 2] [--events 1000000] [--skip-ingest] [--skip-query]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from warta import store
from warta.model import ActorRef, Article, Event, SentenceRef, Span
from warta.samples import recombine, write_jsonl

COUNTRIES = ["PRK", "RUS", "CHN", "USA", "UKR", "IDN", "ISR", "PSE", "IRN", "SYR", "KOR", "JPN", "IND", "PAK",
             "TUR", "SAU", "EGY", "GBR", "FRA", "DEU", "MYS", "SGP", "PHL", "VNM", "THA", "AUS", "BRA", "ZAF"]
SECTORS = ["", "", "GOV", "MIL", "GOV", "REB", "BUS", "CVL"]
TYPES = [("AID", "070", "material-cooperation"), ("ASSAULT", "190", "material-conflict"),
         ("CONSULT", "040", "verbal-cooperation"), ("ACCUSE", "112", "verbal-conflict"),
         ("AGREE", "030", "verbal-cooperation"), ("SANCTION", "163", "material-conflict"),
         ("THREATEN", "130", "verbal-conflict"), ("COOPERATE", "050", "verbal-cooperation"),
         ("PROTEST", "140", "verbal-conflict"), ("MOBILIZE", "150", "material-conflict")]
PER_ARTICLE = 40


def pct(values: list[float], p: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100 * (len(values) - 1))))]


_INGEST_CHILD = """
import json, resource, sys, time
from pathlib import Path
from warta import store
from warta.api import coder, ingest
from warta.lexicon.registry import available_languages

def rss_kb():
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

for lang in available_languages():
    coder(lang)
base = rss_kb()
st = store.open(sys.argv[1])
t0 = time.perf_counter()
r = ingest(st, [sys.argv[2]], workers=int(sys.argv[3]), progress=False, batch_size=200)
dt = time.perf_counter() - t0
c = st.counts()
st.close()
print(json.dumps({"added": r.articles_added, "errors": len(r.errors), "seconds": dt, "mentions": c["mentions"],
                  "events": c["events"], "base_kb": base,
                  "parent_kb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
                  "workers_kb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}))
"""


def bench_ingest(n: int, workers: int) -> None:
    with tempfile.TemporaryDirectory(prefix="warta-bench-") as tmp:
        src = Path(tmp) / "recombined.jsonl"
        write_jsonl(recombine(n, seed=1), src)
        out = subprocess.run([sys.executable, "-c", _INGEST_CHILD, str(Path(tmp) / "bench.db"), str(src),
                              str(workers)], capture_output=True, text=True, env=dict(os.environ), check=False)
        if out.returncode != 0:
            sys.exit(f"ingest child failed:\n{out.stderr}")
        r = json.loads(out.stdout.strip().splitlines()[-1])
    rate = r["added"] / r["seconds"]
    print(f"ingest: {r['added']:,} articles on {workers} workers in {r['seconds']:.1f} s = {rate:.0f} articles/s "
          f"(target >= 150: ratio {rate / 150:.2f}) -> {r['mentions']:,} mentions, "
          f"{r['events']:,} events, {r['errors']} errors")
    mb = 1024
    print(f"ingest memory: parent peak RSS {r['parent_kb'] / mb:.0f} MB ({r['base_kb'] / mb:.0f} MB with the "
          f"extractors built, ratio {r['parent_kb'] / r['base_kb']:.2f}); largest worker peak RSS "
          f"{r['workers_kb'] / mb:.0f} MB")


def _synthetic(rng: random.Random, i: int, text: str) -> store.Prepared:
    day = date(2015, 1, 1) + timedelta(days=rng.randrange(10 * 365))
    doc = f"syn-{i}"
    events = []
    seen = set()
    while len(events) < PER_ARTICLE:
        s, t = rng.sample(COUNTRIES[:8] if rng.random() < 0.2 else COUNTRIES, 2)
        s += rng.choice(SECTORS)
        t += rng.choice(SECTORS)
        typ, cameo, quad = rng.choice(TYPES)
        when = (day - timedelta(days=rng.randrange(0, 10))).isoformat()
        if (s, t, typ) in seen:
            continue
        seen.add((s, t, typ))
        k = len(events)
        events.append(Event(doc=doc, type=typ, mode=None, cameo=cameo, quad=quad,
                            source=ActorRef(s, s, s, 0, 3), target=ActorRef(t, t, t, 8, 11),
                            negated=rng.random() < 0.05, modality="actual", claimed_by=None, location=None,
                            when=when, quantity=None, trigger=Span("did", 4, 7),
                            sentence=SentenceRef(k, k * 40, k * 40 + 39, text)))
    art = Article(doc, f"{text} #{i}", "en", day, None, None, f"outlet{i % 50}")
    return store.Prepared(art, "bench", (), tuple(events))


def build(path: Path, n_events: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    text = "Synthetic sentence for the query bench."

    def items():
        i = 0
        while True:
            i += 1
            yield _synthetic(rng, i, text)

    t0 = time.perf_counter()
    with store.open(path) as st:
        gen = items()
        made = 0
        while made < n_events:
            made += sum(r.events_added for r in st.write((next(gen) for _ in range(2500)), batch_size=500))
        c = st.counts()
    print(f"built {c['events']:,} events ({c['mentions']:,} mentions) in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)


def bench_queries(db: Path, n_events: int, pairs: int) -> None:
    if db.exists():
        with store.open(db) as st:  # writable: migrates a store built by an older warta
            have = st.counts()["events"]
        if have < n_events:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{db}{suffix}").unlink(missing_ok=True)
    if not db.exists():
        build(db, n_events)
    st = store.open(db, readonly=True)
    n = st.counts()["events"]
    top = st.dyads(limit=5)
    rng = random.Random(9)
    pair_list = [(d.source, d.target) for d in top] + [tuple(rng.sample(COUNTRIES, 2)) for _ in range(pairs)]
    st.events(between=pair_list[0], limit=100)  # warm the page cache
    t_tl, t_ev = [], []
    for a, b in pair_list:
        t0 = time.perf_counter()
        st.timeline(between=(a, b), by="month")
        t_tl.append((time.perf_counter() - t0) * 1000)
        t0 = time.perf_counter()
        st.events(between=(a, b), limit=100)
        t_ev.append((time.perf_counter() - t0) * 1000)
    busiest = top[0]
    print(f"store: {n:,} events; busiest dyad {busiest.source}->{busiest.target} {busiest.n_events:,} events")
    for label, ts in (("timeline --between A B --by month", t_tl), ("events --between A B --limit 100", t_ev)):
        p95 = pct(ts, 95)
        print(f"{label}: p50 {statistics.median(ts):.1f} ms, p95 {p95:.1f} ms, max {max(ts):.1f} ms over "
              f"{len(ts)} pairs (target p95 < 50 ms: ratio {p95 / 50:.2f})")
    st.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--workers", type=int, default=2)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--pairs", type=int, default=200)
    ap.add_argument("--db", type=Path, default=Path("/tmp/warta-ingest-bench.db"))
    ap.add_argument("--skip-ingest", action="store_true")
    ap.add_argument("--skip-query", action="store_true")
    args = ap.parse_args()
    if not args.skip_ingest:
        bench_ingest(args.articles, args.workers)
    if not args.skip_query:
        bench_queries(args.db, args.events, args.pairs)


if __name__ == "__main__":
    main()
