"""Read articles from .txt, .jsonl and .csv files (or stdin), reporting bad input by file and line.

A bad file, line or row never stops the run: it yields a :class:`ReadError` naming the file
and line, and reading goes on with the next one.  A record kept with a problem (a publication
date that cannot be read, a day/month order assumed) yields a :class:`ReadWarning` as well.
Record fields, column names and dates: :mod:`warta.records`, :mod:`warta.pubdate`.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import IO, Any

from warta.model import Article
from warta.pubdate import decide_order
from warta.records import Columns, ReadOptions, RecordError, build_article, field_value, resolve_columns

__all__ = ["MAX_ARTICLE_BYTES", "Columns", "ReadError", "ReadOptions", "ReadWarning", "article_from_record",
           "read_articles", "read_path", "read_stream"]

MAX_ARTICLE_BYTES = 5_000_000  # one article; longer input is refused, not silently truncated
CSV_EXT = (".csv",)
_MAYBE_SLASH_DATE = re.compile(rb"\d{1,2}[/.-]\d{1,2}[/.-]\d{2}")


@dataclass(frozen=True, slots=True)
class ReadError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


@dataclass(frozen=True, slots=True)
class ReadWarning(ReadError):
    """A problem that did not stop the record (or the file) from being read."""


Read = Article | ReadError


def article_from_record(rec: dict, default_id: str, lang: str | None = None, published: date | None = None) -> Article:
    """Build an Article from a JSON record (id, text, lang, date, title, url, source); ValueError if bad.

    A date that cannot be read leaves the article undated (the readers also warn).
    """
    return build_article(rec, default_id, ReadOptions(lang=lang, published=published))[0]


def _decode(data: bytes) -> str:
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 at byte {exc.start}") from None


def _json_lines(fh: IO[bytes], label: str, only=None) -> Iterator[tuple[int, bytes, Any]]:
    """(line, raw, record or ReadError) for every non-blank line (``only(raw)`` true, if given)."""
    lineno = 0
    while True:
        raw = fh.readline(MAX_ARTICLE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
            yield lineno, b"", ReadError(label, lineno, f"line longer than {MAX_ARTICLE_BYTES:,} bytes, skipped")
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(MAX_ARTICLE_BYTES)
            continue
        if not raw.strip() or (only is not None and not only(raw)):
            continue
        try:
            rec = json.loads(_decode(raw))
        except RecursionError:
            rec = ReadError(label, lineno, "JSON nested too deeply")
        except ValueError as exc:
            rec = ReadError(label, lineno, str(exc).splitlines()[0])
        yield lineno, raw, rec


def _read_jsonl(fh: IO[bytes], label: str, options: ReadOptions) -> Iterator[Read]:
    start = fh.tell()
    # First pass: the file's N/N/YYYY dates decide its day/month order (only lines that may hold one are parsed).
    dates = (field_value(rec, "date", options.columns)
             for _, _, rec in _json_lines(fh, label, only=_MAYBE_SLASH_DATE.search) if isinstance(rec, dict))
    decision = decide_order(dates, options.date_order)
    if decision.assumed:
        yield ReadWarning(label, 0, decision.reason)
    fh.seek(start)
    stem = Path(label).stem
    for lineno, _, rec in _json_lines(fh, label):
        if isinstance(rec, ReadError):
            yield rec
            continue
        yield from _article(rec, f"{stem}-{lineno}", label, lineno, options, decision.order)


def _article(rec: Any, default_id: str, label: str, lineno: int, options: ReadOptions, order) -> Iterator[Read]:
    try:
        article, warning = build_article(rec, default_id, options, order)
    except RecordError as exc:
        yield ReadError(label, lineno, str(exc))
        return
    if warning:
        yield ReadWarning(label, lineno, warning)
    yield article


def _csv_rows(fh: IO[bytes], label: str) -> Iterator[tuple[int, list[str] | ReadError]]:
    """(physical line where the row starts, cells or ReadError) for every non-blank CSV row.

    A bad row that ran over several lines (a quote never closed would swallow the rest of the
    file) is reported, and reading starts again on the line after its first.
    """
    csv.field_size_limit(max(csv.field_size_limit(), MAX_ARTICLE_BYTES))
    first_line = 1
    while True:
        starts: dict[int, int] = {}  # physical line -> byte offset, for the current row
        bad: set[int] = set()
        count = [first_line - 1]

        def lines(count=count, starts=starts, bad=bad) -> Iterator[str]:
            while True:
                offset = fh.tell()
                raw = fh.readline(MAX_ARTICLE_BYTES + 1)
                if not raw:
                    return
                count[0] += 1
                starts[count[0]] = offset
                if count[0] == 1 and raw.startswith(b"\xef\xbb\xbf"):
                    raw = raw[3:]
                try:
                    yield raw.decode("utf-8")
                except UnicodeDecodeError:
                    bad.add(count[0])
                    yield raw.decode("utf-8", "replace")

        reader = csv.reader(lines(), strict=True)
        row_start = first_line
        while True:
            for n in [n for n in starts if n < row_start]:
                del starts[n]
            try:
                row = next(reader)
            except StopIteration:
                return
            except csv.Error as exc:
                yield row_start, ReadError(label, row_start, f"bad CSV row ({exc}), skipped")
                if count[0] > row_start and row_start + 1 in starts:
                    break  # ran over several lines: read again from its second line
                row_start = count[0] + 1
                continue
            if row and any(n in bad for n in range(row_start, count[0] + 1)):
                yield row_start, ReadError(label, row_start, "invalid UTF-8 in row, skipped")
            elif row:
                yield row_start, row
            row_start = count[0] + 1
        first_line = row_start + 1
        fh.seek(starts[first_line])


def _read_csv(fh: IO[bytes], label: str, options: ReadOptions) -> Iterator[Read]:
    start = fh.tell()
    header: list[str] | None = None
    cols: dict[str, int] = {}
    dates: list[str] = []
    for lineno, row in _csv_rows(fh, label):
        if isinstance(row, ReadError):
            if header is None:
                yield row
                return
            continue
        if header is None:
            header = row
            try:
                cols = resolve_columns(header, options.columns)
            except RecordError as exc:
                yield ReadError(label, lineno, str(exc))
                return
            continue
        if "date" in cols and cols["date"] < len(row) and len(row) == len(header):
            dates.append(row[cols["date"]])
    if header is None:
        yield ReadError(label, 0, "empty file")
        return
    decision = decide_order(dates, options.date_order)
    if decision.assumed:
        yield ReadWarning(label, 0, decision.reason)
    fh.seek(start)
    stem = Path(label).stem
    rows = _csv_rows(fh, label)
    next(rows)  # the header
    for lineno, row in rows:
        if isinstance(row, ReadError):
            yield row
            continue
        if len(row) != len(header):
            yield ReadError(label, lineno, f"row has {len(row)} fields, the header {len(header)}; skipped")
            continue
        rec = {field: row[i] for field, i in cols.items()}
        yield from _article(rec, f"{stem}-{lineno}", label, lineno, ReadOptions(
            lang=options.lang, published=options.published, date_order=options.date_order, home=options.home),
            decision.order)


def _read_text(data: bytes, label: str, options: ReadOptions) -> Iterator[Read]:
    if len(data) > MAX_ARTICLE_BYTES:
        yield ReadError(label, 1, f"article longer than {MAX_ARTICLE_BYTES:,} bytes, skipped")
        return
    try:
        text = _decode(data)
    except ValueError as exc:
        yield ReadError(label, 1, str(exc))
        return
    if not text.strip():
        yield ReadError(label, 1, "empty file")
        return
    yield Article(id=Path(label).stem, text=text, lang=options.lang, published=options.published, home=options.home)


def read_stream(fh: IO[bytes], label: str, kind: str, options: ReadOptions | None = None) -> Iterator[Read]:
    """Articles of an open binary stream (it must be seekable: the date order takes a first pass)
    holding ``kind`` ``jsonl`` or ``csv`` records; errors and warnings name ``label``:line."""
    if kind not in ("jsonl", "csv"):
        raise ValueError(f"unknown record format {kind!r} (jsonl or csv)")
    yield from (_read_jsonl if kind == "jsonl" else _read_csv)(fh, label, options or ReadOptions())


def _options(options: ReadOptions | None, lang: str | None, published: date | None) -> ReadOptions:
    if options is None:
        options = ReadOptions()
    lang = lang if lang is not None else options.lang
    return ReadOptions(lang=None if lang in (None, "auto") else lang, published=published or options.published,
                       date_order=options.date_order, columns=options.columns, home=options.home)


def read_path(path: str | Path, lang: str | None = None, published: date | None = None,
              options: ReadOptions | None = None) -> Iterator[Read]:
    """Articles of one .txt/.jsonl/.csv file, or '-' for stdin (JSONL if it starts with '{', else one text).

    ``lang`` and ``published`` (or ``options.lang``/``options.published``) apply where a record
    does not say; ``options`` also gives the day/month order and column names.
    """
    label = str(path)
    opts = _options(options, lang, published)
    if label == "-":
        import io as _io

        data = sys.stdin.buffer.read()
        if data.lstrip().startswith(b"{"):
            yield from _read_jsonl(_io.BytesIO(data), "<stdin>", opts)
        else:
            yield from _read_text(data, "<stdin>", opts)
        return
    p = Path(path)
    try:
        if p.is_dir():
            yield ReadError(label, 0, "is a folder (use `warta ingest` for folders)")
            return
        suffix = p.suffix.lower()
        if suffix in (".jsonl", ".csv"):
            with open(p, "rb") as fh:
                yield from (_read_jsonl if suffix == ".jsonl" else _read_csv)(fh, label, opts)
        else:
            with open(p, "rb") as fh:
                data = fh.read(MAX_ARTICLE_BYTES + 1)
            yield from _read_text(data, label, opts)
    except OSError as exc:
        yield ReadError(label, 0, exc.strerror or str(exc))


def read_articles(paths: Iterable[str | Path], lang: str | None = None, published: date | None = None,
                  options: ReadOptions | None = None) -> Iterator[Read]:
    for path in paths:
        yield from read_path(path, lang, published, options)
