"""Article records for the Spark job, and a Spark-free reader of the same input files.

JSON Lines and CSV files are read by :func:`read_file` -- the reader of ``warta extract``
and ``warta ingest`` (:func:`warta.io.read_stream`), run on the executors over each file's
bytes and on the driver by ``warta load`` -- so all three see the same ids, fields and
publication dates, and report the same bad records by file:line.  Parquet rows (typed
columns, no lines) and the rows handed to the extraction become an
:class:`~warta.model.Article` through the one function :func:`article_from_record`.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from datetime import date
from pathlib import Path
from typing import IO, Any

from warta.io import ReadError, ReadOptions, read_stream
from warta.model import Article
from warta.pubdate import DateError, parse_date

__all__ = [
    "ARTICLE_COLUMNS",
    "CSV_SUFFIXES",
    "JSON_SUFFIXES",
    "REQUIRED_COLUMNS",
    "ArticleRecordError",
    "article_from_record",
    "article_row",
    "input_format",
    "iter_articles",
    "parse_published",
    "read_file",
]

#: Input columns: ``id`` and ``text`` are required, the rest optional (``published`` is read
#: where ``date`` is missing, as ``warta extract`` does).
ARTICLE_COLUMNS = ("id", "text", "lang", "date", "published", "title", "url", "source")
REQUIRED_COLUMNS = ("id", "text")
JSON_SUFFIXES = (".jsonl", ".json", ".ndjson", ".jsonl.gz", ".json.gz")
CSV_SUFFIXES = (".csv", ".csv.gz")


class ArticleRecordError(ValueError):
    """A record that cannot be an article; the message names file:line or file:row."""


def parse_published(value: Any) -> date | None:
    """A publication date in any form :func:`warta.pubdate.parse_date` reads (ISO, ``D/M/YYYY``,
    month names, RFC 2822, epoch seconds), or None when there is none or it cannot be read.

    JSON Lines and CSV dates are read (and reported when unreadable) by :func:`read_file` before
    they get here, as ISO text; a Parquet column has no file:line to name, so an unreadable
    date there codes the article without a publication date.
    """
    if value is None or value == "":
        return None
    try:
        return parse_date(value)
    except DateError:
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


def article_row(a: Article) -> dict[str, str | None]:
    """An article as a row of :data:`ARTICLE_COLUMNS` (strings; the date as ISO text)."""
    return {"id": a.id, "text": a.text, "lang": a.lang, "date": a.published.isoformat() if a.published else None,
            "published": None, "title": a.title, "url": a.url, "source": a.source}


def input_format(path: str) -> str:
    """``json``, ``csv`` or ``parquet`` from the file name (or, for a directory, the files in it)."""
    p = Path(path)
    name = p.name.lower()
    if name.endswith(JSON_SUFFIXES):
        return "json"
    if name.endswith(CSV_SUFFIXES):
        return "csv"
    if name.endswith(".parquet") or (p.is_dir() and any(p.rglob("*.parquet"))):
        return "parquet"
    if p.is_dir() and any(p.rglob("*.json*")):
        return "json"
    if p.is_dir() and any(p.rglob("*.csv*")):
        return "csv"
    raise ValueError(f"{path}: cannot tell the format; give a .parquet, .jsonl or .csv file or a directory of them")


def read_file(fh: IO[bytes], name: str, fmt: str, options: ReadOptions | None = None) -> Iterator[Article | ReadError]:
    """The articles (and errors, warnings naming ``name``:line) of one JSON Lines or CSV file,
    given as a seekable binary stream (a ``.gz`` name is decompressed)."""
    import gzip
    import io

    if name.lower().endswith(".gz"):
        try:
            fh = io.BytesIO(gzip.decompress(fh.read()))
        except (OSError, EOFError) as exc:
            yield ReadError(name, 0, f"not a gzip file ({exc})")
            return
    yield from read_stream(fh, name, "csv" if fmt == "csv" else "jsonl", options)


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


def _parquet_records(file: Path) -> Iterator[Mapping[str, Any]]:
    import pyarrow.parquet as pq

    pf = pq.ParquetFile(file)
    columns = [c for c in ARTICLE_COLUMNS if c in pf.schema_arrow.names]
    for batch in pf.iter_batches(columns=columns):
        yield from batch.to_pylist()


def iter_articles(path: str | Path, fmt: str | None = None, options: ReadOptions | None = None,
                  on_error: Callable[[ReadError], None] | None = None) -> Iterator[Article]:
    """The articles of a Spark job's INPUT, read without Spark, in file order.

    JSON Lines and CSV go through :func:`read_file` (as on the executors); their bad records
    and warnings go to ``on_error`` (``warta spark extract`` has reported them already).
    Parquet rows without ``id`` or ``text`` are skipped, as the Spark job skips them.
    """
    fmt = fmt or input_format(str(path))
    if fmt in ("json", "csv"):
        for file in _files(Path(path), JSON_SUFFIXES if fmt == "json" else CSV_SUFFIXES):
            with open(file, "rb") as fh:
                for x in read_file(fh, str(file), fmt, options):
                    if isinstance(x, ReadError):
                        if on_error is not None:
                            on_error(x)
                    else:
                        yield x
        return
    if fmt != "parquet":
        raise ValueError(f"unknown input format {fmt!r} (json, csv or parquet)")
    for file in _files(Path(path), (".parquet",)):
        for rec in _parquet_records(file):
            if rec.get("id") is None or rec.get("text") is None:
                continue
            yield article_from_record(rec)
