"""Exports of the store: ``gdelt``, ``plover``, ``jsonl``, ``csv``, ``parquet`` (events) and
``graphml``, ``gexf`` (actor graph).  ``export(store, fmt, out, **filters)`` writes one and
returns the number of rows (events, or graph edges)."""

from __future__ import annotations

import sys
from pathlib import Path

from warta.export.gdelt import GDELT_COLUMNS, gdelt_row, quad_class, write_gdelt
from warta.export.graph import write_gexf, write_graphml
from warta.export.plover import plover_record, write_plover
from warta.export.tabular import EVENT_COLUMNS, event_record, write_csv, write_jsonl, write_parquet

__all__ = [
    "EVENT_COLUMNS",
    "FORMATS",
    "GDELT_COLUMNS",
    "event_record",
    "export",
    "gdelt_row",
    "plover_record",
    "quad_class",
    "write_csv",
    "write_gdelt",
    "write_gexf",
    "write_graphml",
    "write_jsonl",
    "write_parquet",
    "write_plover",
]

FORMATS = ("gdelt", "plover", "jsonl", "csv", "parquet", "graphml", "gexf")
_TEXT = {"gdelt": write_gdelt, "plover": write_plover, "jsonl": write_jsonl, "csv": write_csv}
_BINARY = ("parquet", "graphml", "gexf")


def export(store, fmt: str, out: str | Path | None = None, **filters) -> int:
    """Write ``fmt`` to ``out`` (a path; ``None`` or ``-`` means stdout for text formats).

    Event formats take the filters of :meth:`Store.events` (actor, between, type, since,
    until, claimed_by, negated); graph formats take since, until, types, negated, level.
    """
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; choose one of {', '.join(FORMATS)}")
    if fmt in ("graphml", "gexf"):
        if out in (None, "-"):
            raise ValueError(f"{fmt} needs an output file (--output)")
        graph = store.graph(**{k: v for k, v in filters.items() if k in ("since", "until", "types", "negated", "level")})
        return (write_graphml if fmt == "graphml" else write_gexf)(graph, out)
    event_filters = {k: v for k, v in filters.items() if k in (
        "actor", "between", "type", "since", "until", "claimed_by", "negated", "source", "target")}
    rows = store.iter_export(**event_filters)
    if fmt == "parquet":
        if out in (None, "-"):
            raise ValueError("parquet needs an output file (--output)")
        return write_parquet(rows, out)
    writer = _TEXT[fmt]
    if out in (None, "-"):
        return writer(rows, sys.stdout)
    with open(out, "w", encoding="utf-8", newline="") as fh:
        return writer(rows, fh)
