"""Firings of each trigger entry on large unlabelled news text, with a seeded sample of them to judge by sense
(helper CN, session 25).

A trigger word that fires often in news with the wrong type or in a non-event sense ("attack" of a heart, "menahan"
a price) costs on every text. This tool runs warta (the real pipeline, ``explain_article``) over unlabelled news
sentences, and per trigger entry (``lang/<code>/triggers*.tsv:<line>``, the id ``--explain`` prints) counts its
firings (trigger candidates in a sentence that names an actor) and the events they emit, then prints a seeded random
sample of N firings per entry: the sentence cut to at most 20 words around the trigger, the type and the source and
target of each event emitted (or ``-`` and the convention that dropped it).

Corpora: ``bench/news_corpora.py`` (never the blind set's texts, never Lee documents after 230, never lee.cor).

Usage:
  python bench/firing_sample.py --lang id --limit 4000 --top 100 --per 8 --seed 25 [--save out.json]
  python bench/firing_sample.py --load out.json --top 30 --per 12 --dropped  # only firings that emitted nothing,
                                        # grouped by the convention or layer that dropped them (helper CO)
  python bench/firing_sample.py --load out.json --top 100 --per 8 --emitting  # print again from a saved run,
                                        # ranked by events emitted, sampling only firings that emitted one
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

import news_corpora

CUT_WORDS = 20
_WORD = re.compile(r"\S+")

__all__ = ["CUT_WORDS", "cut", "dropped_by", "entry_rows", "render", "render_dropped", "sample", "tally"]


def cut(text: str, trigger: str, words: int = CUT_WORDS) -> str:
    """``text`` cut to at most ``words`` words, centred on the first place ``trigger`` occurs (case-insensitive),
    with '...' where words were left off."""
    toks = [(m.start(), m.group()) for m in _WORD.finditer(text)]
    if len(toks) <= words:
        return text.strip()
    at = text.lower().find(trigger.lower()) if trigger else -1
    centre = max((i for i, (s, _) in enumerate(toks) if s <= at), default=0) if at >= 0 else 0
    start = min(max(0, centre - words // 2), len(toks) - words)
    piece = " ".join(t for _, t in toks[start:start + words])
    return ("... " if start else "") + piece + (" ..." if start + words < len(toks) else "")


def tally(firings: list[dict], by_events: bool = False) -> list[tuple[str, int, int]]:
    """(entry, firings, events emitted) per entry, most firings (or most events) first, ties by entry id."""
    fired: Counter[str] = Counter()
    emitted: Counter[str] = Counter()
    for f in firings:
        fired[f["entry"]] += 1
        emitted[f["entry"]] += len(f["events"])
    key = (lambda r: (-r[2], -r[1], r[0])) if by_events else (lambda r: (-r[1], r[0]))
    return sorted(((e, n, emitted[e]) for e, n in fired.items()), key=key)


def sample(firings: list[dict], entry: str, n: int, seed: int, emitting: bool = False) -> list[dict]:
    """A seeded random sample of ``n`` firings of ``entry`` (all of them when fewer; only those that emitted an
    event with ``emitting``), in corpus order; the same seed gives the same sample whatever the other entries."""
    mine = [f for f in firings if f["entry"] == entry and (f["events"] or not emitting)]
    if len(mine) <= n:
        return mine
    rng = random.Random(f"{seed}:{entry}")
    keep = sorted(rng.sample(range(len(mine)), n))
    return [mine[i] for i in keep]


def entry_rows(root: Path, entries: list[str]) -> dict[str, str]:
    """The text of each lexicon row named ``file:line`` (relative to ``src/warta``), its cells joined by ' | '."""
    out: dict[str, str] = {}
    cache: dict[str, list[str]] = {}
    for e in entries:
        file, _, line = e.rpartition(":")
        if file not in cache:
            path = root / file
            cache[file] = path.read_text(encoding="utf-8").splitlines() if path.is_file() else []
        lines = cache[file]
        n = int(line) if line.isdigit() else 0
        out[e] = " | ".join(c for c in lines[n - 1].split("\t")[:4]) if 0 < n <= len(lines) else "?"
    return out


def render(firings: list[dict], top: int, per: int, seed: int, rows: dict[str, str] | None = None,
           emitting: bool = False) -> str:
    """The report: per entry of the ``top`` most fired (most emitting with ``emitting``), its firings and events,
    then ``per`` sampled firings (of those that emitted an event, with ``emitting``)."""
    out = []
    for rank, (entry, n, ev) in enumerate(tally(firings, emitting)[:top], 1):
        if emitting and not ev:
            break
        out.append(f"#{rank} {entry} [{(rows or {}).get(entry, '')}] firings {n} events {ev}")
        for f in sample(firings, entry, per, seed, emitting):
            what = "; ".join(f"{e['type']} {e['source']}->{e['target'] or '-'}" for e in f["events"])
            what = what or ("- " + (f["dropped"] or "no pair"))
            out.append(f"    «{f['trigger']}» {what} :: {cut(f['text'], f['trigger'])}")
    return "\n".join(out)


def dropped_by(firings: list[dict]) -> list[tuple[str, int, list[dict]]]:
    """The firings that emitted no event, grouped by the convention or layer that dropped them ("no pair" where none
    is named): (that name, how many, the firings), largest group first, ties by name."""
    groups: dict[str, list[dict]] = {}
    for f in firings:
        if not f["events"]:
            groups.setdefault(f["dropped"] or "no pair", []).append(f)
    return sorted(((k, len(v), v) for k, v in groups.items()), key=lambda r: (-r[1], r[0]))


def render_dropped(firings: list[dict], top: int, per: int, seed: int) -> str:
    """The report of ``--dropped``: per convention or layer that dropped firings (the ``top`` largest), its count and
    the entries it dropped most, then ``per`` sampled firings with their trigger's type."""
    out = []
    for name, n, group in dropped_by(firings)[:top]:
        entries = Counter(f["entry"] for f in group).most_common(3)
        out.append(f"## {name}: {n} firings dropped (" + ", ".join(f"{e} {k}" for e, k in entries) + ")")
        rng = random.Random(f"{seed}:{name}")
        keep = sorted(rng.sample(range(n), per)) if n > per else range(n)
        for i in keep:
            f = group[i]
            out.append(f"    «{f['trigger']}» {f['type']} {f['cameo']} :: {cut(f['text'], f['trigger'])}")
    return "\n".join(out)


def run(lang: str, texts: list[tuple[str, str, str | None]]) -> list[dict]:
    """Every firing of warta's trigger entries on ``texts`` (each coded as its own article)."""
    from warta.api import explain_article
    from warta.model import Article

    firings = []
    for label, text, home in texts:
        _, trace = explain_article(Article(id=label, text=text, lang=lang, published=None, home=home))
        for o in trace:
            firings.append({"doc": label, "entry": o.entry, "trigger": o.trigger, "type": o.type, "cameo": o.cameo,
                            "text": o.sentence.text,
                            "events": [{"type": e.type, "cameo": e.cameo, "source": e.source.code,
                                        "target": e.target.code if e.target else ""} for e in o.events],
                            "dropped": o.dropped[0][0] if o.dropped else ""})
    return firings


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=("en", "id"))
    ap.add_argument("--limit", type=int, default=0, help="a seeded random subset of this many sentences (0: all)")
    ap.add_argument("--top", type=int, default=100)
    ap.add_argument("--per", type=int, default=8)
    ap.add_argument("--seed", type=int, default=25)
    ap.add_argument("--emitting", action="store_true",
                    help="rank entries by the events they emit and sample only firings that emitted one")
    ap.add_argument("--dropped", action="store_true",
                    help="only firings that emitted nothing, grouped by the convention or layer that dropped them")
    ap.add_argument("--save", type=Path)
    ap.add_argument("--load", type=Path)
    ap.add_argument("--shared", type=Path, default=Path(__file__).resolve().parents[2] / "shared")
    args = ap.parse_args(argv)
    if args.load:
        firings = json.loads(args.load.read_text(encoding="utf-8"))
    else:
        if not args.lang:
            ap.error("--lang is needed without --load")
        texts = [(x.label, x.text, x.home) for x in news_corpora.sentences(args.lang, args.shared)]
        if args.limit and args.limit < len(texts):
            texts = sorted(random.Random(args.seed).sample(texts, args.limit))
        t0 = time.time()
        firings = run(args.lang, texts)
        print(f"{args.lang}: {len(texts)} sentences, {len(firings)} firings in {time.time() - t0:.0f} s",
              file=sys.stderr)
        if args.save:
            args.save.write_text(json.dumps(firings, ensure_ascii=False), encoding="utf-8")
    if args.dropped:
        print(render_dropped(firings, args.top, args.per, args.seed))
        return 0
    root = Path(__file__).resolve().parents[1] / "src" / "warta"
    rows = entry_rows(root, [e for e, _, _ in tally(firings, args.emitting)[:args.top]])
    print(render(firings, args.top, args.per, args.seed, rows, args.emitting))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
