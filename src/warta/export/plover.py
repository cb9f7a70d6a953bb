"""PLOVER JSON records (one per line), following the PLOVER manual's field names.

``actor``/``recipient`` are lists of entity objects (country, sector, code, text); ``event``,
``mode`` and ``context`` are lists; ``event_scale`` is the Goldstein value and ``quad_code``
GDELT's quad class.  Beyond the manual we add ``num_mentions``, ``num_sources``,
``num_articles``, ``modality``, ``asserted_by`` and ``denied_by``.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any, TextIO

from warta.export.gdelt import quad_class
from warta.export.tabular import write_json_lines
from warta.knowledge.actor_code import ActorCode
from warta.store.results import EventRow

__all__ = ["plover_record", "write_plover"]


def _entity(code: str | None, text: str | None) -> list[dict[str, Any]]:
    if not code:
        return []
    parts = ActorCode(code.upper())
    code = parts.code
    return [{"country": code if parts.is_org else parts.head, "sector": parts.sectors[0] if parts.sectors else "",
             "code": code, "text": text or ""}]


def plover_record(e: EventRow, extra: dict, coder: str = "warta") -> dict[str, Any]:
    rec: dict[str, Any] = {
        "id": f"warta-{e.id}",
        "date": e.date,
        "date_end": e.date_end,
        "date_precision": e.precision,
        "actor": _entity(e.source, extra.get("source_text")),
        "recipient": _entity(e.target, extra.get("target_text")),
        "event": [e.type],
        "event_text": [extra["trigger"]] if extra.get("trigger") else [],
        "quad_code": quad_class(e.cameo),
        "event_scale": e.goldstein,
        "mode": [e.mode] if e.mode else [],
        "context": [],
        "text": extra.get("sentence"),
        "cite_info": {"url": e.url, "source": extra.get("outlet"), "doc": extra.get("doc")},
        "coder": coder,
        "coded_date": (extra.get("added_at") or "")[:10] or datetime.now(UTC).date().isoformat(),
        "cameo": e.cameo,
        "modality": e.modality,
        "num_mentions": e.n_mentions,
        "num_sources": e.n_sources,
        "num_articles": e.n_articles,
        "asserted_by": list(extra.get("asserted_by", ())),
        "denied_by": list(extra.get("denied_by", ())),
        "has_event": e.n_asserting > 0,
    }
    if e.place:
        rec["event_loc"] = {"name": e.place, "country": e.place_country, "lat": e.lat, "lon": e.lon}
    if e.quantity_value is not None:
        rec["quantity"] = {"value": e.quantity_value, "unit": e.quantity_unit}
    return rec


def write_plover(rows: Iterable[tuple[EventRow, dict]], out: TextIO) -> int:
    return write_json_lines(rows, out, plover_record)
