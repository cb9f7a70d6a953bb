"""The events the tuning set codes only when each NTREX (and Lee) document is coded as one article, against the same
records coded sentence by sentence (``bench/realnews.py`` and ``--in-documents``): per record, each event found only
in documents (true: a non-optional gold event; optional; false: a false alarm) and each event lost in documents, with
its rule ids (``Event.rules``) and its actors' words, and the counts by mechanism.

Usage:
  python bench/document_diff.py            # counts by mechanism, then every document-only event
  python bench/document_diff.py --counts   # the counts only
"""

from __future__ import annotations

import argparse
from collections import Counter


def key_of(ev) -> tuple[str, str, str]:
    from warta.evaluate import match_key

    return match_key(ev.type, ev.source.code, ev.target.code if ev.target else "")


def gold_keys(record: dict) -> tuple[set, set]:
    """(non-optional keys, optional keys) of a record's gold events."""
    from warta.evaluate import match_key

    keys = [(match_key(g["type"], g["source"], g.get("target") or ""), g.get("optional", False))
            for g in record["events"]]
    return {k for k, o in keys if not o}, {k for k, o in keys if o}


def verdict(key: tuple, gold: set, optional: set) -> str:
    return "true" if key in gold else "optional" if key in optional else "false"


def mechanism(rules: tuple[str, ...]) -> str:
    """The label an event is counted under: its rules joined, or "(no rule)"."""
    return "+".join(sorted(rules)) or "(no rule)"


def diff(records: list[dict], alone: dict[str, list], whole: dict[str, list]) -> list[tuple]:
    """(record, "only"|"lost", verdict, event) for each event key coded in one run and not in the other."""
    out = []
    for rec in records:
        gold, optional = gold_keys(rec)
        one = {key_of(e): e for e in alone.get(rec["id"], [])}
        two = {key_of(e): e for e in whole.get(rec["id"], [])}
        out += [(rec, "only", verdict(k, gold, optional), e) for k, e in two.items() if k not in one]
        out += [(rec, "lost", verdict(k, gold, optional), e) for k, e in one.items() if k not in two]
    return out


def tally(rows: list[tuple]) -> list[tuple[str, int, int, int, int]]:
    """(mechanism, document-only true, document-only false, lost true, lost false), most false first."""
    c: dict[str, Counter] = {}
    for _rec, side, v, ev in rows:
        if v == "optional":
            continue
        c.setdefault(mechanism(ev.rules), Counter())[f"{side}-{v}"] += 1
    out = [(m, n["only-true"], n["only-false"], n["lost-true"], n["lost-false"]) for m, n in c.items()]
    return sorted(out, key=lambda r: (-r[2] + r[1], r[0]))


def main() -> None:
    import realnews

    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--counts", action="store_true")
    args = ap.parse_args()
    alone: dict[str, list] = {}
    whole: dict[str, list] = {}
    records, _ = realnews.score(predicted=alone)
    realnews.score(documents=True, predicted=whole)
    rows = diff(records, alone, whole)
    print("mechanism\tonly-true\tonly-false\tlost-true\tlost-false")
    for row in tally(rows):
        print("\t".join(map(str, row)))
    if args.counts:
        return
    for rec, side, v, ev in rows:
        tgt = f"{ev.target.code}({ev.target.text})" if ev.target else "-"
        print(f"\n{side} {v} {rec['id']}: {ev.type} {ev.cameo} {ev.source.code}({ev.source.text}) > {tgt}"
              f" [{ev.trigger.text}] rules={','.join(ev.rules)} lex={','.join(ev.lexicon)}\n  {rec['text'][:300]}")


if __name__ == "__main__":
    main()
