"""One input record (a JSON object or a CSV row) into an :class:`~warta.model.Article`, checked.

Fields are found by name, case-insensitively, under the names researchers' exports use:

=========  ==================================================
field      names
=========  ==================================================
id         id
text       text, content, body, isi, isi_berita
title      title, judul
date       date, published, tanggal
url        url, link, tautan
source     source, sumber
lang       lang, language, bahasa
home       home (the outlet's country: an ISO 3166-1 alpha-3 code such as IDN)
=========  ==================================================

:class:`Columns` overrides the name of id, text, title, date and url (``--text-column`` etc.).
A record whose fields have the wrong JSON type (a ``url`` that is a number, a ``title`` that is
an object), hold a lone surrogate (``"\\ud800"``) or have no text raises :class:`RecordError`;
a date that cannot be read (or lies outside :data:`warta.pubdate.MIN_YEAR`..``MAX_YEAR``) does
not: the article is kept without a publication date and the problem is returned as a warning.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from warta.model import Article
from warta.pubdate import DateError, DateOrder, parse_date

__all__ = ["FIELD_NAMES", "Columns", "ReadOptions", "RecordError", "build_article", "field_value", "resolve_columns"]

FIELD_NAMES: dict[str, tuple[str, ...]] = {
    "id": ("id",),
    "text": ("text", "content", "body", "isi", "isi_berita"),
    "title": ("title", "judul"),
    "date": ("date", "published", "tanggal"),
    "url": ("url", "link", "tautan"),
    "source": ("source", "sumber"),
    "lang": ("lang", "language", "bahasa"),
    "home": ("home",),
}


class RecordError(ValueError):
    """A record that cannot be an article (the reader adds file:line)."""


@dataclass(frozen=True, slots=True)
class Columns:
    """Column (or JSON key) names given by the user, matched case-insensitively; None = by name."""

    id: str | None = None
    text: str | None = None
    title: str | None = None
    date: str | None = None
    url: str | None = None

    def names(self, field: str) -> tuple[str, ...]:
        given = getattr(self, field, None) if field in self.__slots__ else None
        return (given.lower(),) if given else FIELD_NAMES[field]


@dataclass(frozen=True, slots=True)
class ReadOptions:
    """How to read input records: defaults for what a record does not say, the ``N/N/YYYY`` order
    where a file does not decide it, and column names."""

    lang: str | None = None
    published: date | None = None
    date_order: DateOrder = "dmy"
    columns: Columns = Columns()
    home: str | None = None  # the outlet's country (ISO alpha-3) where a record does not say


def resolve_columns(header: Sequence[Any], columns: Columns) -> dict[str, int]:
    """Field -> index in ``header`` (a CSV header); :class:`RecordError` if no text column or a
    column given by the user is missing."""
    lower = [str(h).strip().lower() for h in header]
    found: dict[str, int] = {}
    for field in FIELD_NAMES:
        for name in columns.names(field):
            if name in lower:
                found[field] = lower.index(name)
                break
        else:
            given = getattr(columns, field, None) if field in Columns.__slots__ else None
            if given:
                raise RecordError(f"no column {given!r} (--{field}-column); the header has {list(header)}")
    if "text" not in found:
        raise RecordError(f"no text column (looked for {', '.join(FIELD_NAMES['text'])}; give --text-column); "
                          f"the header has {list(header)}")
    return found


def field_value(rec: Mapping[str, Any], field: str, columns: Columns = Columns()) -> Any:
    """The value of ``field`` in ``rec`` under any of its names (None if absent or empty)."""
    return _get(rec, {k.lower(): k for k in rec if isinstance(k, str)}, columns, field)


def _get(rec: Mapping[str, Any], lower: dict[str, str], columns: Columns, field: str) -> Any:
    for name in columns.names(field):
        key = lower.get(name)
        if key is not None and rec[key] not in (None, ""):
            return rec[key]
    return None


def _text(value: Any, field: str, *, numbers: bool = False) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int | float) \
            or (isinstance(value, int | float) and not numbers):
        raise RecordError(f"{field!r} must be text, not {_json_type(value)}")
    s = str(value)
    try:
        s.encode("utf-8")
    except UnicodeEncodeError as exc:
        raise RecordError(f"{field!r} holds a lone surrogate {s[exc.start]!r} (not valid Unicode)") from None
    return s


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__)


def build_article(rec: Mapping[str, Any], default_id: str, options: ReadOptions = ReadOptions(),
                  order: DateOrder | None = None) -> tuple[Article, str | None]:
    """The article of ``rec`` and a warning about its date (or None); :class:`RecordError` if bad.

    ``order``: the file's day/month order (default ``options.date_order``).
    """
    if not isinstance(rec, Mapping):
        raise RecordError(f"a JSON object is expected, not {_json_type(rec)}")
    lower = {k.lower(): k for k in rec if isinstance(k, str)}
    cols = options.columns
    text = _get(rec, lower, cols, "text")
    if text is None:
        present = any(name in lower for name in cols.names("text"))
        raise RecordError(f"{'empty' if present else 'missing'} {cols.text or 'text'!r}")
    text = _text(text, "text")
    if not text.strip():
        raise RecordError(f"empty {cols.text or 'text'!r}")
    doc = _text(_get(rec, lower, cols, "id"), "id", numbers=True)
    lang = _text(_get(rec, lower, cols, "lang"), "lang")
    title = _text(_get(rec, lower, cols, "title"), "title")
    url = _text(_get(rec, lower, cols, "url"), "url")
    source = _text(_get(rec, lower, cols, "source"), "source")
    home = _text(_get(rec, lower, cols, "home"), "home")
    if home:  # (the state list is read on use: only for a record with a home)
        from warta.knowledge.countries import home_code

        try:
            home = home_code(home)
        except ValueError as exc:
            raise RecordError(str(exc)) from None
    raw_date = _get(rec, lower, cols, "date")
    if isinstance(raw_date, str):
        _text(raw_date, "date")
    warning = None
    try:
        published = parse_date(raw_date, order or options.date_order)
    except DateError as exc:
        published, warning = None, f"{exc}; coded without a publication date"
    if raw_date in (None, ""):
        published = options.published
    lang = lang or options.lang
    return Article(
        id=doc if doc not in (None, "") else default_id,
        text=text,
        lang=None if lang in (None, "", "auto") else lang,
        published=published,
        title=title or None,
        url=url or None,
        source=source or None,
        home=home or options.home,
    ), warning
