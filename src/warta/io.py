"""Read articles from .txt and .jsonl files (or stdin), reporting bad input by file and line.

A bad file or line never stops the run: it yields a :class:`ReadError` naming the file
and line, and reading goes on with the next one.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from warta.model import Article

__all__ = ["MAX_ARTICLE_BYTES", "ReadError", "article_from_record", "read_articles", "read_path"]

MAX_ARTICLE_BYTES = 5_000_000  # one article; longer input is refused, not silently truncated


@dataclass(frozen=True, slots=True)
class ReadError:
    path: str
    line: int
    message: str

    def __str__(self) -> str:
        return f"{self.path}:{self.line}: {self.message}" if self.line else f"{self.path}: {self.message}"


def _date(value, where: str) -> date | None:
    if value in (None, ""):
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        raise ValueError(f"bad date {value!r} (want YYYY-MM-DD)") from None


def article_from_record(rec: dict, default_id: str, lang: str | None = None, published: date | None = None) -> Article:
    """Build an Article from a JSON record (id, text, lang, date, title, url, source)."""
    if not isinstance(rec, dict):
        raise ValueError("a JSON object is expected")
    text = rec.get("text")
    if not isinstance(text, str):
        raise ValueError("missing or non-string 'text'")
    if not text.strip():
        raise ValueError("empty 'text'")
    rec_lang = rec.get("lang") or lang
    return Article(
        id=str(rec.get("id") or default_id),
        text=text,
        lang=None if rec_lang in (None, "auto") else rec_lang,
        published=_date(rec.get("date") or rec.get("published"), default_id) or published,
        title=rec.get("title"),
        url=rec.get("url"),
        source=rec.get("source"),
    )


def _decode(data: bytes, label: str, line: int) -> str:
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes), not text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ValueError(f"invalid UTF-8 at byte {exc.start}") from None


def _read_jsonl(fh, label: str, lang: str | None, published: date | None) -> Iterator[Article | ReadError]:
    lineno = 0
    while True:
        raw = fh.readline(MAX_ARTICLE_BYTES + 1)
        if not raw:
            return
        lineno += 1
        if len(raw) > MAX_ARTICLE_BYTES and not raw.endswith(b"\n"):
            yield ReadError(label, lineno, f"line longer than {MAX_ARTICLE_BYTES:,} bytes, skipped")
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(MAX_ARTICLE_BYTES)
            continue
        if not raw.strip():
            continue
        try:
            rec = json.loads(_decode(raw, label, lineno))
            yield article_from_record(rec, f"{Path(label).stem}-{lineno}", lang, published)
        except (ValueError, json.JSONDecodeError) as exc:
            yield ReadError(label, lineno, str(exc).splitlines()[0])


def _read_text(data: bytes, label: str, lang: str | None, published: date | None) -> Iterator[Article | ReadError]:
    if len(data) > MAX_ARTICLE_BYTES:
        yield ReadError(label, 1, f"article longer than {MAX_ARTICLE_BYTES:,} bytes, skipped")
        return
    try:
        text = _decode(data, label, 1)
    except ValueError as exc:
        yield ReadError(label, 1, str(exc))
        return
    if not text.strip():
        yield ReadError(label, 1, "empty file")
        return
    yield Article(id=Path(label).stem, text=text, lang=lang, published=published)


def read_path(path: str | Path, lang: str | None = None, published: date | None = None) -> Iterator[Article | ReadError]:
    """Articles of one .txt/.jsonl file, or '-' for stdin (JSONL if it starts with '{', else one text)."""
    label = str(path)
    lang = None if lang in (None, "auto") else lang
    if label == "-":
        data = sys.stdin.buffer.read()
        if data.lstrip().startswith(b"{"):
            import io as _io

            yield from _read_jsonl(_io.BytesIO(data), "<stdin>", lang, published)
        else:
            yield from _read_text(data, "<stdin>", lang, published)
        return
    p = Path(path)
    try:
        if p.is_dir():
            yield ReadError(label, 0, "is a folder (use `warta ingest` for folders)")
            return
        if p.suffix.lower() == ".jsonl":
            with open(p, "rb") as fh:
                yield from _read_jsonl(fh, label, lang, published)
        else:
            with open(p, "rb") as fh:
                data = fh.read(MAX_ARTICLE_BYTES + 1)
            yield from _read_text(data, label, lang, published)
    except OSError as exc:
        yield ReadError(label, 0, exc.strerror or str(exc))


def read_articles(paths: Iterable[str | Path], lang: str | None = None, published: date | None = None) -> Iterator[Article | ReadError]:
    for path in paths:
        yield from read_path(path, lang, published)
