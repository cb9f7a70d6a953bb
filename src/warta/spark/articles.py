"""Article records for the Spark job, and a Spark-free reader of the same input files.

The executors (rows of an Arrow batch) and ``warta load`` (rows read back
from the job's INPUT with pyarrow or json) turn a record into an
:class:`~warta.model.Article` through the one function :func:`article_from_record`,
so both sides see the same id, language and publication date.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import Any

from warta.model import Article

__all__ = [
    "ARTICLE_COLUMNS",
    "REQUIRED_COLUMNS",
    "ArticleRecordError",
    "article_from_record",
    "input_format",
    "iter_articles",
    "parse_published",
]

#: Input columns: ``id`` and ``text`` are required, the rest optional (``published`` is read
#: where ``date`` is missing, as ``warta extract`` does).
ARTICLE_COLUMNS = ("id", "text", "lang", "date", "published", "title", "url", "source")
REQUIRED_COLUMNS = ("id", "text")


class ArticleRecordError(ValueError):
    """A record that cannot be an article; the message names file:line or file:row."""


def parse_published(value: Any) -> date | None:
    """A publication date as ``warta extract`` reads it: a date, or ISO text whose first 10 characters
    are a date (``2024-11-14``, ``2024-11-14T08:00:00+07:00``).

    Where ``warta extract`` reports any other value as a bad line, the Spark job
    (which has no lines to name) codes the article without a publication date.
    """
    if value is None or value == "":
        return None
    if isinstance(value, date):  # a datetime is a date too
        return date(value.year, value.month, value.day)
    try:
        return date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        return None


def _str_or_none(value: Any) -> str | None:
    return None if value is None else str(value)


def article_from_record(rec: Mapping[str, Any]) -> Article:
    """An Article from a mapping with :data:`ARTICLE_COLUMNS` keys (missing optional keys are None).

    The same fields as :func:`warta.io.article_from_record` (``published`` stands in
    for a missing ``date``; ``lang`` ``auto`` or empty means detect), so Spark and
    single-process extract code the same article.
    """
    doc, text = rec.get("id"), rec.get("text")
    if doc is None or text is None:
        raise ArticleRecordError("record lacks 'id' or 'text'")
    lang = rec.get("lang")
    return Article(
        id=str(doc),
        text=str(text),
        lang=None if lang in (None, "", "auto") else str(lang),
        published=parse_published(rec.get("date") or rec.get("published")),
        title=_str_or_none(rec.get("title")),
        url=_str_or_none(rec.get("url")),
        source=_str_or_none(rec.get("source")),
    )


def input_format(path: str) -> str:
    """``json`` or ``parquet`` from the file name (or, for a directory, the files in it)."""
    p = Path(path)
    name = p.name.lower()
    if name.endswith((".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")):
        return "json"
    if name.endswith(".parquet") or (p.is_dir() and any(p.rglob("*.parquet"))):
        return "parquet"
    if p.is_dir() and any(p.rglob("*.json*")):
        return "json"
    raise ValueError(f"{path}: cannot tell the format; give a .parquet or .jsonl file or a directory of them")


def _files(path: Path, suffixes: tuple[str, ...]) -> list[Path]:
    if path.is_file():
        return [path]
    if not path.is_dir():
        raise FileNotFoundError(f"{path}: no such file or directory")
    return sorted(
        p
        for p in path.rglob("*")
        if p.is_file()
        and p.name.lower().endswith(suffixes)
        and not any(part.startswith(("_", ".")) for part in p.relative_to(path).parts)
    )


def _json_records(file: Path) -> Iterator[Mapping[str, Any]]:
    import gzip

    opener = gzip.open if file.name.endswith(".gz") else open
    with opener(file, "rt", encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError as exc:
                raise ArticleRecordError(f"{file}:{n}: not JSON ({exc.msg})") from None
            if not isinstance(rec, dict):
                raise ArticleRecordError(f"{file}:{n}: a JSON object is needed, not {type(rec).__name__}")
            yield rec


def _parquet_records(file: Path) -> Iterator[Mapping[str, Any]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(file)
    columns = [c for c in ARTICLE_COLUMNS if c in pf.schema_arrow.names]
    for batch in pf.iter_batches(columns=columns):
        yield from batch.to_pylist()


def iter_articles(path: str | Path, fmt: str | None = None) -> Iterator[Article]:
    """The articles of a Spark job's INPUT, read without Spark, in file order.

    Rows without ``id`` or ``text`` are skipped, as the Spark job skips them;
    malformed JSON raises :class:`ArticleRecordError` naming file:line.
    """
    fmt = fmt or input_format(str(path))
    if fmt == "json":
        files, reader = _files(Path(path), (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")), _json_records
    elif fmt == "parquet":
        files, reader = _files(Path(path), (".parquet",)), _parquet_records
    else:
        raise ValueError(f"unknown input format {fmt!r} (json or parquet)")
    for file in files:
        for rec in reader(file):
            if rec.get("id") is None or rec.get("text") is None:
                continue
            yield article_from_record(rec)
