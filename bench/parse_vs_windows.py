"""Roles from the parse against roles from the token windows, per frame and voice (helper CF, session 24, issue 10).

For every trigger candidate that reaches the role stage (``EventCoder._roles``) in a sentence the coder may parse,
the pair the windows and conventions give is set beside the pair ``relations.parse_roles`` reads through
``knowledge/frames.tsv`` (kept when it names a coded source and, but for frame intrans, a coded target). Counted per
language and frame:voice: candidates, those the parse names a pair for, those where the two agree, and where they
differ, which names more of the record's gold events (type, source, target at country level; a bare sector code
such as "GOV" has no country yet and matches nothing, so a difference in it alone counts for neither).

``--first`` codes with the parse's pair wherever it names one and the windows name a pair too (a candidate the
windows leave unpaired is the fallback's, as in the coder), and prints the scores: the experiment of parse-first
without a setting in the engine. ``--no-cap`` parses sentences of any length (settings.tsv parse_max_tokens).

Usage:
  python bench/parse_vs_windows.py                    # the tuning set, per line
  python bench/parse_vs_windows.py --set dev          # the dev gold (../shared/gold/dev.jsonl)
  python bench/parse_vs_windows.py --set tests/data/parse_CF.jsonl --first --no-cap --show
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter, defaultdict
from pathlib import Path

import realnews
import warta.api as api
from warta.evaluate import evaluate_records, match_key
from warta.pipeline import events
from warta.pipeline.relations import parse_roles, parse_voice
from warta.pipeline.roles import new_clause_speaker

DEV = Path(__file__).resolve().parents[1] / ".." / "shared" / "gold" / "dev.jsonl"


def _parse_pairs(view, m) -> list:
    """The parse's pairs when it names a coded source and (but for frame intrans) a coded target for every one."""
    pairs = parse_roles(view, view.parse, m)
    if not pairs or any(not s.code for s, _ in pairs):
        return []
    if m.entry.frame != "intrans" and any(t is None or not t.code or new_clause_speaker(view, t) for _, t in pairs):
        return []
    return pairs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--set", default="tuning", help="tuning, dev or a records file (.jsonl) with texts")
    ap.add_argument("--first", action="store_true", help="code with the parse's pair where it names one")
    ap.add_argument("--no-cap", action="store_true", help="parse sentences of any length")
    ap.add_argument("--show", action="store_true", help="print every candidate where the two differ")
    args = ap.parse_args(argv)

    doc = [""]
    seen: list[tuple] = []
    roles = events.EventCoder._roles

    def patched(self, view, m, found, pairs):
        out = roles(self, view, m, found, pairs)
        if not view.parseable or view.parse is None:
            return out
        parsed = _parse_pairs(view, m)
        key = f"{m.entry.frame}:{parse_voice(view, view.parse, m)}"
        seen.append((doc[0], self.lang, key, m.entry.type, view.sentence.text,
                     [(s.code, t.code if t else "") for s, t in out], [(s.code, t.code if t else "") for s, t in parsed]))
        if args.first and parsed and out and m.entry.frame != "intrans":
            return parsed
        return out

    events.EventCoder._roles = patched
    if args.no_cap:
        init = events.EventCoder.__init__

        def uncapped(self, lang):
            init(self, lang)
            self.parse_cap = None

        events.EventCoder.__init__ = uncapped
    extract = api.extract_article

    def tracked(article):
        doc[0] = article.id
        return extract(article)

    api.extract_article = tracked
    if args.set == "tuning":
        records, score = realnews.score()
    else:
        text = (DEV if args.set == "dev" else Path(args.set)).read_text(encoding="utf-8")
        records = [json.loads(line) for line in text.splitlines() if line.strip()]
        score = evaluate_records(records, tracked)
    gold = {r["id"]: {match_key(e["type"], e["source"], e["target"]) for e in r["events"]} for r in records}
    table: dict[tuple[str, str], Counter] = defaultdict(Counter)
    for rid, lang, key, type_, text, windows, parsed in seen:
        c = table[(lang, key)]
        c["candidates"] += 1
        if not parsed:
            continue
        c["parse names"] += 1
        w, p = ({match_key(type_, s, t) for s, t in pairs} for pairs in (windows, parsed))
        if w == p:
            c["same"] += 1
            continue
        right_w, right_p = len(w & gold.get(rid, set())), len(p & gold.get(rid, set()))
        verdict = "parse right" if right_p > right_w else "windows right" if right_w > right_p else "neither"
        c[verdict] += 1
        if args.show:
            print(f"{lang} {key} {verdict} {rid}: windows {sorted(w)} parse {sorted(p)}\n    {text}")
    cols = ("candidates", "parse names", "same", "parse right", "windows right", "neither")
    print("lang frame:voice".ljust(24) + "".join(c.rjust(14) for c in cols))
    for (lang, key), c in sorted(table.items()):
        print(f"{lang} {key}".ljust(24) + "".join(str(c[k]).rjust(14) for k in cols))
    for lang, c in sorted(score.by_lang.items()):
        print(f"{args.set} {lang}: P {c.precision:.3f} R {c.recall:.3f} F1 {c.f1:.3f} (TP {c.tp} FP {c.fp} FN {c.fn})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
