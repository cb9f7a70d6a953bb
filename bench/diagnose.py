"""Where missed events are lost, by layer: counts only, never a sentence.

For every required gold event that warta did not code, the first layer that fails:

- ``wrong actors``: warta coded an event of the gold type in the text, with other actors;
- ``no trigger``: no trigger matched anywhere in the text (vocabulary);
- ``its word of another type``: the gold trigger's own word was matched, as a trigger of another type (a sense
  read wrongly, or a codebook reading that differs);
- ``trigger of another type``: other triggers matched, none of the gold type and none at the gold trigger's word
  (vocabulary);
- ``no source actor`` / ``no target actor``: no actor mention of the gold source's (target's) country
  or organisation was found in the text (actor knowledge); ``source of no country``: only a mention of the
  gold source's sector with no country ("polisi", "the government") was found;
- ``not paired``: trigger and both actors are there, the role layer did not pair them.

Used by ``bench/blind.py --diagnose`` (blind set: counts only, per the rules in DEVELOPERS.md) and on
any gold file:  python bench/diagnose.py ../shared/gold/dev.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

LAYERS = ("wrong actors", "no trigger", "its word of another type", "trigger of another type", "no source actor", "source of no country", "no target actor", "not paired")


def diagnose(records: list[dict], predicted: dict[str, list], by_type: bool = False) -> Counter:
    """Counter of (lang, layer) over the required gold events that no predicted event matched;
    of (lang, gold type, layer) with ``by_type``."""
    from warta.api import coder
    from warta.evaluate import match_key
    from warta.knowledge.actor_code import ActorCode

    def unit(code: str | None) -> str:  # the scoring level: country, or an IGO/NGO code whole
        return ActorCode.parse(code).level

    out: Counter = Counter()
    for rec in records:
        lang, rid = rec.get("lang") or "?", rec.get("id", "?")
        preds = list(predicted.get(rid, []))
        keys = Counter(match_key(e.type, e.source.code, e.target.code if e.target else "") for e in preds)
        missed = []
        for g in rec.get("events", []):
            if g.get("optional"):
                continue
            key = match_key(g["type"], g["source"], g.get("target"))
            if keys[key]:
                keys[key] -= 1
            else:
                missed.append(g)
        if not missed:
            continue
        c = coder(lang)
        text = rec.get("text") or ""
        matches = [(s, m) for s in c.segmenter.split(text) for m in c.triggers.find(s.tokens)]
        types = {m.entry.type for _, m in matches}
        matched_words = {t.text.lower() for s, m in matches for t in s.tokens[m.start:m.end]}
        found = c.actors.find(text, None)
        units = {unit(m.code) for m in found}
        bare = {m.code for m in found if ActorCode.parse(m.code).is_sector}
        coded_types = {e.type for e in preds}
        for g in missed:
            if g["type"] in coded_types:
                layer = "wrong actors"
            elif not types:
                layer = "no trigger"
            elif g["type"] not in types:
                words = set((g.get("trigger") or "").lower().split())
                layer = "its word of another type" if words & matched_words else "trigger of another type"
            elif unit(g["source"]) not in units:
                layer = "source of no country" if g["source"][3:6] in bare else "no source actor"
            elif g.get("target") and unit(g["target"]) not in units:
                layer = "no target actor"
            else:
                layer = "not paired"
            out[(lang, g["type"], layer) if by_type else (lang, layer)] += 1
    return out


def render(counts: Counter) -> str:
    langs = sorted({lang for lang, _ in counts})
    lines = ["missed events by the first layer that fails:"]
    for lang in langs:
        total = sum(n for (lg, _), n in counts.items() if lg == lang)
        parts = ", ".join(f"{layer} {counts[(lang, layer)]}" for layer in LAYERS if counts[(lang, layer)])
        lines.append(f"  {lang} ({total}): {parts}")
    return "\n".join(lines)


def render_by_type(counts: Counter) -> str:
    """The (lang, type, layer) counts of ``diagnose(..., by_type=True)``, one line per type, most missed first."""
    lines = ["missed events by type and first failing layer:"]
    for lang in sorted({k[0] for k in counts}):
        totals = Counter()
        for (lg, type_, _), n in counts.items():
            if lg == lang:
                totals[type_] += n
        lines.append(f"  {lang}:")
        for type_, total in totals.most_common():
            parts = ", ".join(f"{layer} {counts[(lang, type_, layer)]}" for layer in LAYERS if counts[(lang, type_, layer)])
            lines.append(f"    {type_} ({total}): {parts}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("gold", type=Path, help="a gold .jsonl file (records with text and events)")
    ap.add_argument("--by-type", action="store_true", help="also break the counts down by the gold event's type")
    args = ap.parse_args(argv)
    from warta.api import extract_article
    from warta.evaluate import load_gold
    from warta.io import article_from_record

    records = load_gold(args.gold)
    predicted = {r.get("id", "?"): extract_article(article_from_record(r, r.get("id", "?"))) for r in records}
    print(render(diagnose(records, predicted)))
    if args.by_type:
        print(render_by_type(diagnose(records, predicted, by_type=True)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
