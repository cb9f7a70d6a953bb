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

With the coder's trace (``warta.api.explain_article``), ``dropped_by`` counts the same misses by what became of the
candidates of the gold type in the text: the coding conventions that dropped them (``roles``, ``target-required``,
``same-country`` ...; the ids of ``warta extract --explain``), ``coded with other actors``, or ``no candidate of its
type``; and how many of the misses have no target in the gold (``target ""``).

Used by ``bench/blind.py --diagnose`` (blind set: counts only, per the rules in DEVELOPERS.md) and on
any gold file:  python bench/diagnose.py ../shared/gold/dev.jsonl
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

NO_TARGET = 'target ""'
LAYERS = ("wrong actors", "no trigger", "its word of another type", "trigger of another type", "no source actor", "source of no country", "no target actor", "not paired")

#: Sentence lengths in words (``str.split``): the upper bound of each bucket, the last open.
LENGTH_BUCKETS = (15, 25, 40)


def length_bucket(text: str) -> str:
    """The length bucket of a text, by its words: "<=15", "16-25", "26-40", ">40"."""
    n, low = len(text.split()), 0
    for high in LENGTH_BUCKETS:
        if n <= high:
            return f"<={high}" if not low else f"{low + 1}-{high}"
        low = high
    return f">{low}"


def by_length(records: list[dict], extractor) -> dict[str, dict[str, tuple[int, int, int, int]]]:
    """Per language and length bucket: (sentences, TP, FP, FN), the records scored as ``evaluate_records`` scores
    them (``extractor`` should answer from a cache: each record is asked again). Counts only."""
    from warta.evaluate import evaluate_records

    out: dict[str, dict[str, tuple[int, int, int, int]]] = {}
    order = [length_bucket(" ".join(["w"] * n)) for n in (1, *(b + 1 for b in LENGTH_BUCKETS))]
    for lang in sorted({r["lang"] for r in records}):
        row = {}
        for bucket in order:
            part = [r for r in records if r["lang"] == lang and length_bucket(r.get("text") or "") == bucket]
            if part:
                c = evaluate_records(part, extractor).by_lang.get(lang)
                row[bucket] = (len(part), c.tp, c.fp, c.fn) if c else (len(part), 0, 0, 0)
        out[lang] = row
    return out


def render_by_length(table: dict[str, dict[str, tuple[int, int, int, int]]]) -> str:
    """``by_length``'s counts, one line per language: each bucket's sentences, TP / FP / FN and recall."""
    lines = ["by sentence length in words (sentences: TP / FP / FN, recall):"]
    for lang, row in table.items():
        cells = [f"{b} ({n}: {tp}/{fp}/{fn}, R {tp / (tp + fn):.2f})" if tp + fn else f"{b} ({n}: {tp}/{fp}/{fn})"
                 for b, (n, tp, fp, fn) in row.items()]
        lines.append(f"  {lang}: " + ", ".join(cells))
    return "\n".join(lines)


#: The layers that lack an actor, and which gold actor each lacks.
ACTOR_LAYERS = ("no source actor", "source of no country", "no target actor")


def actor_kind(code: str | None) -> str:
    """The kind of a gold actor code, for counts: ``IGO`` / ``NGO`` for an organisation, its sectors joined with
    "+" (``GOV``, ``REB+MIL``) for a state's sector, ``state`` for a bare state, ``ANON`` as is."""
    from warta.knowledge.actor_code import ActorCode

    actor = ActorCode.parse(code)
    if actor.is_igo or actor.is_ngo:
        return actor.head
    if actor.code == "ANON":
        return "ANON"
    return "+".join(actor.sectors) or "state"


def diagnose(records: list[dict], predicted: dict[str, list], by_type: bool = False,
             read_as: Counter | None = None, actor_kinds: Counter | None = None) -> Counter:
    """Counter of (lang, layer) over the required gold events that no predicted event matched;
    of (lang, gold type, layer) with ``by_type``. ``read_as``, when given, also counts (lang, gold type, the types
    its word was matched as) over the misses of layer ``its word of another type``: which readings of a word
    differ from the gold's, as counts only. ``actor_kinds``, when given, counts (lang, layer, the kind of the gold
    actor that layer lacks: ``actor_kind``) over the misses of the three actor layers."""
    out: Counter = Counter()
    for rec, g, layer, reading in miss_layers(records, predicted):
        lang = rec.get("lang") or "?"
        if read_as is not None and reading:
            read_as[(lang, g["type"], reading)] += 1
        if actor_kinds is not None and layer in ACTOR_LAYERS:
            actor_kinds[(lang, layer, actor_kind(g["target"] if layer == "no target actor" else g["source"]))] += 1
        out[(lang, g["type"], layer) if by_type else (lang, layer)] += 1
    return out


def miss_layers(records: list[dict], predicted: dict[str, list]) -> Iterator[tuple[dict, dict, str, str]]:
    """(record, missed gold event, the first layer that fails, the types its word was read as or "") for every
    required gold event that no predicted event matched."""
    from warta.api import coder
    from warta.knowledge.actor_code import ActorCode

    def unit(code: str | None) -> str:  # the scoring level: country, or an IGO/NGO code whole
        return ActorCode.parse(code).level

    for rec, missed in _misses(records, predicted):
        lang, rid = rec.get("lang") or "?", rec.get("id", "?")
        preds = predicted.get(rid, [])
        c = coder(lang)
        text = rec.get("text") or ""
        matches = [(s, m) for s in c.segmenter.split(text) for m in c.triggers.find(s.tokens)]
        types = {m.entry.type for _, m in matches}
        matched_words = {t.text.lower() for s, m in matches for t in s.tokens[m.start:m.end]}
        word_types = {(t.text.lower(), m.entry.type) for s, m in matches for t in s.tokens[m.start:m.end]}
        found = c.actors.find(text, None)
        units = {unit(m.code) for m in found}
        bare = {m.code for m in found if ActorCode.parse(m.code).is_sector}
        coded_types = {e.type for e in preds}
        for g in missed:
            reading = ""
            if g["type"] in coded_types:
                layer = "wrong actors"
            elif not types:
                layer = "no trigger"
            elif g["type"] not in types:
                words = set((g.get("trigger") or "").lower().split())
                layer = "its word of another type" if words & matched_words else "trigger of another type"
                if words & matched_words:
                    reading = "/".join(sorted({t for w, t in word_types if w in words}))
            elif unit(g["source"]) not in units:
                layer = "source of no country" if g["source"][3:6] in bare else "no source actor"
            elif g.get("target") and unit(g["target"]) not in units:
                layer = "no target actor"
            else:
                layer = "not paired"
            yield rec, g, layer, reading


def dropped_by(records: list[dict], predicted: dict[str, list], outcomes: dict[str, list]) -> Counter:
    """Counter of (lang, gold type, what became of the candidates of that type) over the required gold events that
    no predicted event matched; ``outcomes`` maps a record id to the coder's trace (``explain_article``'s second
    value). The third key is the sorted rule ids that dropped a candidate of the gold type, joined with "+", or
    "coded with other actors" / "no candidate of its type"; a gold event with no target also adds
    ``(lang, type, NO_TARGET)``."""
    out: Counter = Counter()
    for rec, missed in _misses(records, predicted):
        lang = rec.get("lang") or "?"
        for g in missed:
            same = [o for o in outcomes.get(rec.get("id", "?"), []) if o.type == g["type"]]
            rules = sorted({rule for o in same for rule, _reason in o.dropped})
            if rules:
                what = "+".join(rules)
            elif same:
                what = "coded with other actors"
            else:
                what = "no candidate of its type"
            out[(lang, g["type"], what)] += 1
            if not g.get("target"):
                out[(lang, g["type"], NO_TARGET)] += 1
    return out


def _misses(records: list[dict], predicted: dict[str, list]) -> Iterator[tuple[dict, list[dict]]]:
    """(record, its required gold events that no predicted event matched) for every record with a miss (one
    predicted event matches one gold event)."""
    from warta.evaluate import match_key

    for rec in records:
        preds = predicted.get(rec.get("id", "?"), [])
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
        if missed:
            yield rec, missed


def render_dropped(counts: Counter) -> str:
    """The (lang, type, what) counts of :func:`dropped_by`, per language: the rules first (most misses first), then
    one line per type."""
    lines = ["missed events by what became of the candidates of their type (rule ids as in warta extract --explain):"]
    for lang in sorted({k[0] for k in counts}):
        overall: Counter = Counter()
        for (lg, _t, what), n in counts.items():
            if lg == lang and what != NO_TARGET:
                overall[what] += n
        lines.append(f"  {lang} ({sum(overall.values())}; with no target in the gold "
                     f"{sum(n for (lg, _t, w), n in counts.items() if lg == lang and w == NO_TARGET)}): "
                     + ", ".join(f"{what} {n}" for what, n in overall.most_common()))
        for type_ in sorted({t for lg, t, _ in counts if lg == lang}):
            row = sorted(((w, n) for (lg, t, w), n in counts.items() if lg == lang and t == type_ and w != NO_TARGET),
                         key=lambda x: -x[1])
            untargeted = counts[(lang, type_, NO_TARGET)]
            lines.append(f"    {type_}: " + ", ".join(f"{w} {n}" for w, n in row)
                         + (f" (no target in the gold: {untargeted})" if untargeted else ""))
    return "\n".join(lines)


def render(counts: Counter) -> str:
    langs = sorted({lang for lang, _ in counts})
    lines = ["missed events by the first layer that fails:"]
    for lang in langs:
        total = sum(n for (lg, _), n in counts.items() if lg == lang)
        parts = ", ".join(f"{layer} {counts[(lang, layer)]}" for layer in LAYERS if counts[(lang, layer)])
        lines.append(f"  {lang} ({total}): {parts}")
    return "\n".join(lines)


def render_read_as(counts: Counter) -> str:
    """The (lang, gold type, matched types) counts of ``diagnose(..., read_as=...)``, one line per language."""
    lines = ["missed events whose own word was matched as another type (gold type <- the word's reading):"]
    for lang in sorted({k[0] for k in counts}):
        row = sorted(((f"{g} <- {r}", n) for (lg, g, r), n in counts.items() if lg == lang), key=lambda x: (-x[1], x[0]))
        lines.append(f"  {lang}: " + ", ".join(f"{k} {n}" for k, n in row))
    return "\n".join(lines)


def render_actor_kinds(counts: Counter) -> str:
    """The (lang, layer, kind) counts of ``diagnose(..., actor_kinds=...)``, one line per language and layer."""
    lines = ["missed events of the actor layers by the kind of the gold actor lacking (sectors, IGO, NGO, state):"]
    for lang in sorted({k[0] for k in counts}):
        for layer in ACTOR_LAYERS:
            row = sorted(((k, n) for (lg, la, k), n in counts.items() if lg == lang and la == layer),
                         key=lambda x: (-x[1], x[0]))
            if row:
                lines.append(f"  {lang} {layer}: " + ", ".join(f"{k} {n}" for k, n in row))
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
    ap.add_argument("--by-rule", action="store_true",
                    help="also count the misses by the conventions that dropped the candidates of their type")
    args = ap.parse_args(argv)
    from warta.api import explain_article
    from warta.evaluate import load_gold
    from warta.io import article_from_record

    records = load_gold(args.gold)
    predicted, traces = {}, {}
    for r in records:
        rid = r.get("id", "?")
        predicted[rid], traces[rid] = explain_article(article_from_record(r, rid))
    print(render(diagnose(records, predicted)))
    if args.by_type:
        print(render_by_type(diagnose(records, predicted, by_type=True)))
    if args.by_rule:
        print(render_dropped(dropped_by(records, predicted, traces)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
