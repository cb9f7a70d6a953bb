"""Store rows to the JSON the pages use.

Event rows pass through (plus ``negated``/``contested``); a mention becomes the shape of
``Event.to_dict()`` (source/target/trigger/claimed_by spans with article offsets, the
sentence, the quantity) plus its id, stance and article, so the same evidence card renders
stored mentions and freshly extracted events.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from warta.model import finite

__all__ = ["event_json", "graph_json", "mention_json", "timeline_json"]


def event_json(row: Any) -> dict[str, Any]:
    d = row.to_dict()
    if "quantity_value" in d:
        d["quantity_value"] = finite(d["quantity_value"])  # a store written before quantities were checked
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
    if finite(m.quantity_value) is not None:
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


_BY_LENGTH = {"day": 10, "month": 7, "year": 4}


def _is_coarse(period: str, by: str) -> bool:
    """A period label less precise than ``by`` (an event dated "2024" in a monthly timeline)."""
    if by == "week":
        return "-W" not in period
    return len(period) < _BY_LENGTH[by] or (by == "day" and "-W" in period)


def timeline_json(rows: Any, by: str, undated: int = 0) -> dict[str, Any]:
    """Periods of ``by`` (gaps filled), then the coarser dates events only have ("2024", "2024-10"),
    listed in ``coarse`` so the chart shows them apart instead of in their first period."""
    periods: list[str] = []
    types: dict[str, int] = {}
    counts: dict[str, dict[str, int]] = {}
    denied: dict[str, int] = {}
    denied_by_type: dict[str, dict[str, int]] = {}
    for r in rows:
        if r.period not in counts:
            periods.append(r.period)
            counts[r.period] = {}
        counts[r.period][r.type] = r.n_events
        types[r.type] = types.get(r.type, 0) + r.n_events
        denied[r.period] = denied.get(r.period, 0) + r.n_denied
        if r.n_denied:
            denied_by_type.setdefault(r.period, {})[r.type] = r.n_denied
    order = sorted(types, key=lambda t: (-types[t], t))
    coarse = sorted(p for p in periods if _is_coarse(p, by))
    filled = _fill(sorted(p for p in periods if not _is_coarse(p, by)), by)
    for p in filled:
        counts.setdefault(p, {})
    return {"by": by, "periods": filled + coarse, "coarse": coarse, "types": order, "counts": counts,
            "denied": denied, "denied_by_type": denied_by_type, "undated": undated}


#: An axis longer than this keeps only the periods that have events.
MAX_PERIODS = 600


def _step(period: str, by: str) -> tuple[date, timedelta | None]:
    if by == "week":  # SQLite's strftime('%Y-W%W'): weeks start on Monday, week 00 before the first one
        return datetime.strptime(f"{period}-1", "%Y-W%W-%w").date(), timedelta(days=7)
    if by == "day":
        return date.fromisoformat(period), timedelta(days=1)
    return date.fromisoformat(f"{period}-01-01"[: 10] if by == "year" else f"{period}-01"), None


def _fmt(d: date, by: str) -> str:
    return {"week": d.strftime("%Y-W%W"), "day": d.isoformat(), "month": d.strftime("%Y-%m"),
            "year": d.strftime("%Y")}[by]


def _fill(periods: list[str], by: str) -> list[str]:
    """Every period from the first to the last, so gaps show as gaps on the time axis."""
    if len(periods) < 2:
        return periods
    try:
        d, step = _step(periods[0], by)
        last = periods[-1]
        out: list[str] = []
        while len(out) <= MAX_PERIODS:
            p = _fmt(d, by)
            if not out or out[-1] != p:
                out.append(p)
            if p >= last:
                return sorted(set(out) | set(periods))  # keeps SQLite's week 00 (days before the first Monday)
            if step is not None:
                d += step
            elif by == "month":
                d = date(d.year + d.month // 12, d.month % 12 + 1, 1)
            else:
                d = date(d.year + 1, 1, 1)
    except ValueError:
        pass
    return periods
