"""Web bench: the graph page's data (GET /api/graph) on a store of >= 1M events.

Builds (once, cached under /tmp) a store of synthetic events written through the real store
writer, then times the graph endpoint through the real app (HTTP via the ASGI test client) for
the whole period, one year and one type.  Target: < 2 s each (aggregated server-side).

    python bench/web.py [--events 1000000] [--db /tmp/warta-web-bench.db]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

from warta import store
from warta.model import ActorRef, Article, Event, SentenceRef, Span

SECTORS = ["", "GOV", "MIL", "", "GOV", "REB", "BUS", "CVL"]
TYPES = [("AID", "070", "material-cooperation"), ("ASSAULT", "190", "material-conflict"),
         ("CONSULT", "040", "verbal-cooperation"), ("ACCUSE", "112", "verbal-conflict"),
         ("AGREE", "030", "verbal-cooperation"), ("SANCTION", "163", "material-conflict"),
         ("THREATEN", "130", "verbal-conflict"), ("COOPERATE", "050", "verbal-cooperation"),
         ("PROTEST", "140", "verbal-conflict"), ("MOBILIZE", "150", "material-conflict"),
         ("REQUEST", "020", "verbal-cooperation"), ("REJECT", "120", "verbal-conflict"),
         ("SUPPORT", "051", "verbal-cooperation"), ("COERCE", "170", "material-conflict"),
         ("RETREAT", "080", "material-cooperation"), ("CONCEDE", "080", "material-cooperation")]
N_COUNTRIES = 120
SPAN_DAYS = 5 * 365
TEXT = "Actor A did something to actor B."
EVENTS_PER_ARTICLE = 50




def _countries(rng: random.Random) -> list[str]:
    import pycountry

    codes = sorted(c.alpha_3 for c in pycountry.countries)
    rng.shuffle(codes)
    return codes[:N_COUNTRIES]


def _pair(rng: random.Random, countries: list[str], weights: list[float]) -> tuple[str, str]:
    """News is skewed: a few states make most of the events (Zipf weights by rank)."""
    while True:
        s, t = rng.choices(countries, weights, k=2)
        if s != t:
            return s, t


def _events(rng: random.Random, doc: str, day: date, countries: list[str], weights: list[float]
            ) -> tuple[Event, ...]:
    out = []
    for _ in range(EVENTS_PER_ARTICLE):
        s, t = _pair(rng, countries, weights)
        s += rng.choice(SECTORS)
        t += rng.choice(SECTORS)
        typ, cameo, quad = rng.choice(TYPES)
        when = (day - timedelta(days=rng.randrange(0, 30))).isoformat()
        out.append(Event(doc=doc, type=typ, mode=None, cameo=cameo, quad=quad,
                         source=ActorRef(s, s, "Actor A", 0, 7), target=ActorRef(t, t, "actor B", 27, 34),
                         negated=rng.random() < 0.05, modality="actual", claimed_by=None, location=None, when=when,
                         quantity=None, trigger=Span("did", 8, 11), sentence=SentenceRef(0, 0, len(TEXT), TEXT)))
    return tuple(out)


def build(path: Path, n_events: int, seed: int = 7) -> None:
    """Write synthetic articles through the store writer until it holds ``n_events`` events.

    Mentions of the same type and country dyad within a week cluster into one event, so more
    mentions than events are written."""
    rng = random.Random(seed)
    countries = _countries(rng)
    weights = [1 / (rank + 1) for rank in range(len(countries))]
    base = date(2024, 12, 31)
    t0 = time.perf_counter()
    n_events_now = 0
    i = 0
    with store.open(path) as st:
        while n_events_now < n_events:
            chunk = []
            for _ in range(2000):
                doc = f"bench-{i}"
                text = f"{TEXT} ({i})"
                art = Article(doc, text, "en", base - timedelta(days=rng.randrange(SPAN_DAYS)), None, None,
                              f"outlet{i % 40}")
                chunk.append(store.Prepared(art, "bench", ((0, 0, len(text), text),),
                                            _events(rng, doc, art.published, countries, weights)))
                i += 1
            st.write(chunk, batch_size=200)
            counts = st.counts()
            n_events_now = counts["events"]
            print(f"  {n_events_now:,} events, {counts['mentions']:,} mentions, {time.perf_counter() - t0:.0f} s",
                  file=sys.stderr)
    print(f"built {counts['events']:,} events ({counts['mentions']:,} mentions) in {time.perf_counter() - t0:.0f} s",
          file=sys.stderr)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", type=Path, default=Path("/tmp/warta-web-bench.db"))
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    if args.db.exists():
        with store.open(args.db) as st:  # writable: migrates a store made by an older warta
            have = st.counts()["events"]
        if have < args.events:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{args.db}{suffix}").unlink(missing_ok=True)
    if not args.db.exists():
        build(args.db, args.events)

    from fastapi.testclient import TestClient

    from warta.web.app import create_app

    with TestClient(create_app(args.db, warm=False), base_url="http://127.0.0.1") as client:
        n = client.app.state.store.counts()["events"]
        print(f"store: {n:,} events")
        worst = 0.0
        for label, params in [("all time", {}), ("one year", {"since": "2023-01-01", "until": "2023-12-31"}),
                              ("type ASSAULT", {"type": "ASSAULT"}), ("denied only", {"negated": "true"}),
                              ("actor level", {"level": "actor"})]:
            times = []
            for _ in range(args.repeat):
                t0 = time.perf_counter()
                r = client.get("/api/graph", params=params)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
            g = r.json()
            worst = max(worst, times[0])
            print(f"GET /api/graph {label:12s}: cold {times[0] * 1000:7.1f} ms, then cached "
                  f"{statistics.median(times[1:] or times) * 1000:6.1f} ms  ({len(g['nodes'])} nodes, "
                  f"{len(g['edges'])} edges{', truncated' if g['truncated'] else ''})")
        print(f"graph data, worst cold answer {worst:.2f} s (target < 2 s): {'OK' if worst < 2 else 'TOO SLOW'}")
        top = client.get("/api/actors", params={"limit": 1}).json()["actors"][0]["country"]
        for label, path, params in [
            ("events page 1", "/api/events", {"limit": 50}),
            (f"events {top}", "/api/events", {"actor": top, "limit": 50, "evidence": 1}),
            (f"timeline {top}", "/api/timeline", {"actor": top, "by": "month"}),
            ("map places", "/api/places", {}),
        ]:
            times = []
            for _ in range(max(1, args.repeat // 2)):
                t0 = time.perf_counter()
                r = client.get(path, params=params)
                times.append(time.perf_counter() - t0)
                assert r.status_code == 200, r.text
            print(f"GET {path:14s} {label:16s}: median {statistics.median(times) * 1000:7.1f} ms")


if __name__ == "__main__":
    main()
