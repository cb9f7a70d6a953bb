"""Store rows to the JSON the pages use.

Event rows pass through (plus ``negated``/``contested``); a mention becomes the shape of
``Event.to_dict()`` (source/target/trigger/claimed_by spans with article offsets, the
sentence, the quantity) plus its id, stance and article, so the same evidence card renders
stored mentions and freshly extracted events.
"""

from __future__ import annotations

from typing import Any

__all__ = ["event_json", "graph_json", "mention_json", "timeline_json"]


def event_json(row: Any) -> dict[str, Any]:
    d = row.to_dict()
    d["negated"] = bool(row.negated)
    d["contested"] = bool(row.contested)
    return d


def _find(sentence: str, base: int, text: str | None, avoid: list[tuple[int, int]]) -> dict[str, Any] | None:
    """Locate ``text`` in the sentence (first occurrence not overlapping ``avoid``)."""
    if not text:
        return None
    i = sentence.find(text)
    while i >= 0:
        a, b = base + i, base + i + len(text)
        if all(b <= s or a >= e for s, e in avoid):
            avoid.append((a, b))
            return {"text": text, "start": a, "end": b}
        i = sentence.find(text, i + 1)
    return {"text": text}


def mention_json(m: Any, event_type: str | None = None) -> dict[str, Any]:
    base = m.sentence_start
    sent = m.sentence
    taken = [(m.trigger_start, m.trigger_end)]
    source = _find(sent, base, m.source_text, taken) or {"text": m.source_text}
    source["code"] = m.source
    target = None
    if m.target:
        target = _find(sent, base, m.target_text, taken) or {"text": m.target_text or ""}
        target["code"] = m.target
    claim = None
    if m.claimed_by:
        claim = _find(sent, base, m.claimed_by_text, taken) or {"text": m.claimed_by_text or ""}
        claim["code"] = m.claimed_by
    quantity = None
    if m.quantity_value is not None:
        quantity = {"value": m.quantity_value, "unit": m.quantity_unit, "qualifier": None, "text": m.quantity_text}
    return {
        "id": m.id,
        "event_id": m.event_id,
        "type": event_type,
        "source": source,
        "target": target,
        "trigger": {"text": m.trigger, "start": m.trigger_start, "end": m.trigger_end},
        "negated": bool(m.negated),
        "modality": m.modality,
        "claimed_by": claim,
        "stance": m.stance,
        "when": m.when,
        "location": {"name": m.place} if m.place else None,
        "quantity": quantity,
        "sentence": {"text": sent, "start": m.sentence_start, "end": m.sentence_end},
        "lexicon": list(m.lexicon),
        "article": {"id": m.article_id, "doc": m.doc, "title": m.title, "url": m.url, "source": m.outlet,
                    "published": m.published},
    }


def graph_json(g: Any, truncated: bool) -> dict[str, Any]:
    d = g.to_dict()
    d["truncated"] = truncated
    return d


def timeline_json(rows: Any, by: str) -> dict[str, Any]:
    periods: list[str] = []
    types: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {}
    denied: dict[str, int] = {}
    for r in rows:
        if r.period not in counts:
            periods.append(r.period)
            counts[r.period] = {}
        counts[r.period][r.type] = r.n_events
        types[r.type] = types.get(r.type, 0) + r.n_events
        denied[r.period] = denied.get(r.period, 0) + r.n_denied
    order = sorted(types, key=lambda t: (-types[t], t))
    return {"by": by, "periods": sorted(periods), "types": order, "counts": counts, "denied": denied}
