"""The columnar schema of events, derived from :class:`warta.model.Event`.

One source of truth: the dataclass fields of ``Event`` (and of the nested
values ``ActorRef``, ``Claim``, ``Place``, ``Quantity``, ``Span``,
``SentenceRef``) are walked to build the Arrow schema; the Spark schema is
converted from the Arrow one.  The column names and their order are those of
``Event.to_dict()``, i.e. of ``warta extract --format jsonl``: nested values
are structs, ``lexicon`` is ``list<string>``, ``Optional`` fields are nullable.

Only :mod:`pyarrow` is needed here (not pyspark), so the store can read the
Parquet that Spark wrote without a JVM.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Iterable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import pyarrow as pa

from warta.model import Event

__all__ = [
    "event_arrow_schema",
    "event_spark_schema",
    "events_to_batch",
    "iter_event_batches",
    "read_events",
]

_SCALARS: dict[Any, pa.DataType] = {
    str: pa.string(),
    int: pa.int64(),
    float: pa.float64(),
    bool: pa.bool_(),
}


def _arrow_type(hint: Any, where: str) -> tuple[pa.DataType, bool]:
    """Map one type hint to ``(arrow type, nullable)``."""
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        args = set(typing.get_args(hint))
        nullable = type(None) in args
        args.discard(type(None))
        if args == {int, float}:  # e.g. Quantity.value: float | int -> a JSON number
            return pa.float64(), nullable
        if len(args) != 1:
            raise TypeError(f"{where}: cannot map union {hint!r} to one Arrow type")
        inner, _ = _arrow_type(args.pop(), where)
        return inner, nullable
    if origin is tuple:
        args = typing.get_args(hint)
        if len(args) != 2 or args[1] is not Ellipsis:
            raise TypeError(f"{where}: only tuple[X, ...] maps to an Arrow list, not {hint!r}")
        item, _ = _arrow_type(args[0], where)
        return pa.list_(item), False
    if dataclasses.is_dataclass(hint):
        return pa.struct(_arrow_fields(hint)), False
    if hint in _SCALARS:
        return _SCALARS[hint], False
    raise TypeError(f"{where}: no Arrow type for {hint!r}")


def _arrow_fields(cls: type) -> list[pa.Field]:
    hints = typing.get_type_hints(cls)
    out = []
    for f in dataclasses.fields(cls):
        dtype, nullable = _arrow_type(hints[f.name], f"{cls.__name__}.{f.name}")
        out.append(pa.field(f.name, dtype, nullable=nullable))
    return out


@cache
def event_arrow_schema() -> pa.Schema:
    """The Arrow schema of one event row (columns of ``Event.to_dict()``, in order)."""
    return pa.schema(_arrow_fields(Event))


def event_spark_schema() -> Any:
    """The same schema as a ``pyspark.sql.types.StructType`` (imports pyspark)."""
    from pyspark.sql.pandas.types import from_arrow_schema

    return from_arrow_schema(event_arrow_schema())


def events_to_batch(events: Iterable[Event]) -> pa.RecordBatch:
    """One Arrow record batch holding ``Event.to_dict()`` of every event."""
    return pa.RecordBatch.from_pylist([e.to_dict() for e in events], schema=event_arrow_schema())


def _parquet_files(path: Path) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: no such Parquet file or directory")
    files = sorted(
        p
        for p in path.rglob("*.parquet")
        if not any(part.startswith(("_", ".")) for part in p.relative_to(path).parts)
    )
    if not files:
        raise FileNotFoundError(f"{path}: no *.parquet files in this directory")
    return files


def _event_from_row(row: dict[str, Any]) -> Event:
    q = row.get("quantity")
    if q and isinstance(q["value"], float) and q["value"].is_integer():
        # A JSON number stored as double: give back the int that extract printed ("value": 3).
        q["value"] = int(q["value"])
    return Event.from_dict(row)


def iter_event_batches(path: str | Path, batch_size: int = 4096) -> Iterator[list[Event]]:
    """Read events back from Parquet (a file, or a directory Spark wrote) in bounded batches.

    Columns must be exactly those of :func:`event_arrow_schema`; a file with other
    columns raises ``ValueError`` naming the file.
    """
    import pyarrow.parquet as pq

    want = event_arrow_schema()
    for file in _parquet_files(Path(path)):
        pf = pq.ParquetFile(file)
        got = pf.schema_arrow
        if got.names != want.names:
            raise ValueError(f"{file}: columns {got.names} are not the event columns {want.names}")
        for batch in pf.iter_batches(batch_size=batch_size):
            yield [_event_from_row(row) for row in batch.to_pylist()]


def read_events(path: str | Path) -> list[Event]:
    """All events of a Parquet file or directory, in file order."""
    return [e for batch in iter_event_batches(path) for e in batch]
