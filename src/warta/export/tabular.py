"""Flat event tables: JSON lines, CSV and Parquet (one row per clustered event)."""

from __future__ import annotations

import csv
import dataclasses
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from warta.store.results import EventRow

__all__ = ["EVENT_COLUMNS", "LIST_SEPARATOR", "csv_cell", "event_record", "write_csv", "write_json_lines", "write_jsonl", "write_parquet"]

EVENT_COLUMNS: tuple[str, ...] = tuple(f.name for f in dataclasses.fields(EventRow)) + (
    "asserted_by", "denied_by", "sentence", "added_at")


LIST_SEPARATOR = ";"


def csv_cell(value):
    """A CSV cell: lists are ``;``-joined (names and aliases contain spaces, never ``;``)."""
    return LIST_SEPARATOR.join(map(str, value)) if isinstance(value, list | tuple) else value


def event_record(e: EventRow, extra: dict) -> dict:
    d = e.to_dict()
    d["asserted_by"] = list(extra.get("asserted_by", ()))
    d["denied_by"] = list(extra.get("denied_by", ()))
    d["sentence"] = extra.get("sentence")
    d["added_at"] = extra.get("added_at")
    return d


def write_json_lines(rows: Iterable[tuple[EventRow, dict]], out: TextIO, record) -> int:
    """One JSON object a line, ``record(event, extra)`` making each; returns the count."""
    n = 0
    for e, extra in rows:
        out.write(json.dumps(record(e, extra), ensure_ascii=False) + "\n")
        n += 1
    return n


def write_jsonl(rows: Iterable[tuple[EventRow, dict]], out: TextIO) -> int:
    return write_json_lines(rows, out, event_record)


def write_csv(rows: Iterable[tuple[EventRow, dict]], out: TextIO) -> int:
    w = csv.DictWriter(out, fieldnames=list(EVENT_COLUMNS), lineterminator="\n")
    w.writeheader()
    n = 0
    for e, extra in rows:
        w.writerow({k: csv_cell(v) for k, v in event_record(e, extra).items()})
        n += 1
    return n


def _schema():
    import pyarrow as pa

    types = {"id": pa.int64(), "goldstein": pa.float64(), "lat": pa.float64(), "lon": pa.float64(),
             "quantity_value": pa.float64(), "n_mentions": pa.int64(), "n_articles": pa.int64(),
             "n_sources": pa.int64(), "n_asserting": pa.int64(), "n_denying": pa.int64(),
             "asserted_by": pa.list_(pa.string()), "denied_by": pa.list_(pa.string())}
    return pa.schema([(c, types.get(c, pa.string())) for c in EVENT_COLUMNS])


def write_parquet(rows: Iterable[tuple[EventRow, dict]], path: str | Path, batch: int = 50_000) -> int:
    import pyarrow as pa
    import pyarrow.parquet as pq

    schema = _schema()
    n = 0
    with pq.ParquetWriter(str(path), schema) as writer:
        buf: list[dict] = []
        for e, extra in rows:
            buf.append(event_record(e, extra))
            if len(buf) >= batch:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf = []
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n
