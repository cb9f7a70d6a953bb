"""Turning inputs (files, folders, URLs, RSS/Atom feeds) into Articles, or errors naming the input.

* ``.txt``: one article; ``.jsonl``: one article a line (``id``, ``text``, optional ``lang``,
  ``date``, ``title``, ``url``, ``source``); ``.csv``: one article a row, columns found by name
  (:mod:`warta.records`); all three read by :func:`warta.io.read_path`; ``.html``/``.htm``: main text,
  title, outlet and publication date via trafilatura and htmldate; ``.xml``/``.rss``/``.atom``
  (or any file that starts like a feed): one article per entry via feedparser; folders are
  walked recursively in sorted order; ``http(s)://`` inputs are fetched and read as a feed or a
  page by their content.
* A bad input (binary, invalid UTF-8, empty, larger than ``MAX_ARTICLE_BYTES``, malformed JSON
  line, a record with wrong field types) yields a :class:`ReadError` naming the file (and line)
  and reading goes on.  A publication date that cannot be read (:mod:`warta.pubdate`) yields a
  :class:`ReadWarning` and the article, undated.
"""

from __future__ import annotations

import os
import re
import urllib.request
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from urllib.parse import urlsplit

from warta.model import Article
from warta.pubdate import DateError, decide_order, parse_date, slash_fields
from warta.records import ReadOptions

__all__ = [
    "MAX_ARTICLE_BYTES",
    "MAX_FETCH_BYTES",
    "Item",
    "ReadError",
    "ReadOptions",
    "ReadWarning",
    "read_inputs",
]

MAX_ARTICLE_BYTES = 5_000_000  # one article (a .txt/.html file, a .jsonl line) larger than this is refused
MAX_FETCH_BYTES = 20_000_000
_RECORD_EXT = {".jsonl", ".csv"}
_HTML_EXT = {".html", ".htm", ".xhtml"}
_FEED_EXT = {".xml", ".rss", ".atom"}
_FEED_START = re.compile(rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:rss|feed|rdf:RDF)\b", re.S)


@dataclass(frozen=True, slots=True)
class ReadError:
    """An input that could not be read: ``where`` is ``path`` or ``path:line``."""

    where: str
    reason: str

    def __str__(self) -> str:
        return f"{self.where}: {self.reason}"


@dataclass(frozen=True, slots=True)
class ReadWarning(ReadError):
    """A problem that did not stop the article from being read (e.g. its date was unreadable)."""


@dataclass(frozen=True, slots=True)
class Item:
    """An article read from ``origin``."""

    article: Article
    origin: str


def _parse_date(value, order: str = "dmy") -> date | None:
    """A date from page or feed metadata, or None when there is none or it cannot be read."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        value = value.date()
    try:
        return parse_date(value, order)  # type: ignore[arg-type]
    except DateError:
        return None


def _decode(data: bytes, where: str) -> str | ReadError:
    if not data.strip():
        return ReadError(where, "empty file")
    if b"\x00" in data[:8192]:
        return ReadError(where, "binary file (NUL bytes), skipped")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        return ReadError(where, f"invalid UTF-8 at byte {e.start}, skipped")
    if not text.strip():
        return ReadError(where, "empty file")
    return text


def _too_large(size: int, where: str) -> ReadError | None:
    if size > MAX_ARTICLE_BYTES:
        return ReadError(where, f"too large for one article ({size:,} bytes > {MAX_ARTICLE_BYTES:,}), skipped")
    return None


def _read_records(path: Path, opts: ReadOptions) -> Iterator[Item | ReadError]:
    """``.txt``, ``.jsonl`` and ``.csv`` through the extraction core's reader (:func:`warta.io.read_path`)."""
    from warta import io as wio

    where = str(path)
    if path.stat().st_size == 0:
        yield ReadError(where, "empty file")
        return
    for x in wio.read_path(path, options=opts):
        if isinstance(x, wio.ReadError):
            kind = ReadWarning if isinstance(x, wio.ReadWarning) else ReadError
            yield kind(f"{x.path}:{x.line}" if x.line else x.path, x.message)
        else:
            yield Item(x, where)


def _html_item(html: str | bytes, where: str, url: str | None, opts: ReadOptions) -> Item | ReadError:
    import trafilatura
    from htmldate import find_date

    lang, published = opts.lang, opts.published
    doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, include_comments=False)
    text = (doc.text or "").strip() if doc is not None else ""
    if not text:
        return ReadError(where, "no article text found in page")
    title = doc.title or None
    if title and text.startswith(title):
        text = text[len(title):].lstrip()
    day = _parse_date(doc.date, opts.date_order)
    if day is None:
        try:
            day = _parse_date(find_date(html, outputformat="%Y-%m-%d", extensive_search=False), opts.date_order)
        except Exception:
            day = None
    return Item(Article(id=url or where, text=text, lang=lang or (doc.language or None), published=day or published,
                        title=title, url=url or doc.url, source=doc.sitename or None, home=opts.home), where)


def _read_html(path: Path, opts: ReadOptions) -> Iterator[Item | ReadError]:
    where = str(path)
    err = _too_large(path.stat().st_size, where)
    if err:
        yield err
        return
    data = path.read_bytes()
    text = _decode(data, where)
    if isinstance(text, ReadError):
        yield text
        return
    yield _html_item(text, where, None, opts)


def _feed_items(data: bytes, where: str, opts: ReadOptions) -> Iterator[Item | ReadError]:
    import feedparser

    feed = feedparser.parse(data)
    if feed.bozo and not feed.entries:
        yield ReadError(where, f"not a readable feed ({feed.get('bozo_exception')})")
        return
    outlet = feed.feed.get("title") or None
    # N/N/YYYY dates are ours to order, once per feed, as in a .jsonl or .csv file.
    decision = decide_order((e.get("published") or e.get("updated") for e in feed.entries), opts.date_order)
    if decision.assumed:
        yield ReadWarning(where, decision.reason)
    unfetched: list[str] = []  # entries with only a link that could not be fetched: reported once
    for i, entry in enumerate(feed.entries, 1):
        ewhere = f"{where}#{i}"
        html = ""
        if entry.get("content"):
            html = "\n".join(c.get("value", "") for c in entry.content)
        html = html or entry.get("summary", "") or entry.get("description", "")
        text = _strip_html(html)
        link = entry.get("link") or None
        if not text and link and urlsplit(link).scheme in ("http", "https"):
            page = _linked_page(link, ewhere, opts)
            if isinstance(page, ReadError):
                unfetched.append(f"{ewhere} ({page.reason})")
                continue
            text = page.article.text
        if not text:
            yield ReadError(ewhere, "feed entry has no text")
            continue
        day = raw = None
        for key in ("published", "updated"):
            t = entry.get(f"{key}_parsed")
            raw = entry.get(key)
            if t or raw:
                if raw and slash_fields(raw) is not None:
                    t = None
                try:
                    day = parse_date(date(t.tm_year, t.tm_mon, t.tm_mday) if t else raw, decision.order)
                except (DateError, ValueError) as exc:
                    yield ReadWarning(ewhere, f"{exc}; coded without a publication date")
                break
        yield Item(Article(id=entry.get("id") or link or ewhere, text=text, lang=opts.lang,
                           published=day if day is not None or raw else opts.published,
                           title=entry.get("title"), url=link, source=outlet, home=opts.home), ewhere)
    if unfetched:
        yield ReadError(where, f"{len(unfetched)} feed entr{'y' if len(unfetched) == 1 else 'ies'} with only a link"
                               f" could not be fetched, skipped: {', '.join(unfetched[:3])}"
                               f"{', …' if len(unfetched) > 3 else ''}")


#: seconds to wait for the page of a feed entry that has only a link
LINK_TIMEOUT = 10.0


def _linked_page(url: str, where: str, opts: ReadOptions) -> Item | ReadError:
    """The article at a feed entry's link, fetched (with a timeout) and extracted."""
    try:
        data, _ = _fetch(url, timeout=LINK_TIMEOUT)
    except Exception as e:  # network errors of every kind: the caller counts them
        return ReadError(where, f"fetch failed: {e}")
    text = _decode(data, url)
    if isinstance(text, ReadError):
        return text
    return _html_item(text, where, url, opts)


def _strip_html(html: str) -> str:
    if "<" not in html:
        return " ".join(html.split()) if html.strip() else ""
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return ""
    blocks = [" ".join(t.split()) for t in root.itertext()]
    text = " ".join(b for b in blocks if b)
    return text.strip()


def _read_feed_file(path: Path, opts: ReadOptions) -> Iterator[Item | ReadError]:
    where = str(path)
    if path.stat().st_size > MAX_FETCH_BYTES:
        yield ReadError(where, "feed file too large, skipped")
        return
    data = path.read_bytes()
    decoded = _decode(data, where)
    if isinstance(decoded, ReadError):
        yield decoded
        return
    yield from _feed_items(data, where, opts)


def _fetch(url: str, timeout: float = 20.0) -> tuple[bytes, str]:
    req = urllib.request.Request(url, headers={"User-Agent": "warta/0.1 (+news event coder)"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked by caller
        data = resp.read(MAX_FETCH_BYTES + 1)
        ctype = resp.headers.get("Content-Type", "")
    if len(data) > MAX_FETCH_BYTES:
        raise ValueError("response too large")
    return data, ctype


def _read_url(url: str, opts: ReadOptions) -> Iterator[Item | ReadError]:
    try:
        data, ctype = _fetch(url)
    except Exception as e:  # network errors of every kind end up here, named
        yield ReadError(url, f"fetch failed: {e}")
        return
    if any(k in ctype for k in ("rss", "atom")) or _FEED_START.match(data[:2048]):
        yield from _feed_items(data, url, opts)
        return
    text = _decode(data, url)
    if isinstance(text, ReadError):
        yield text
        return
    yield _html_item(text, url, url, opts)


def _read_file(path: Path, opts: ReadOptions) -> Iterator[Item | ReadError]:
    ext = path.suffix.lower()
    try:
        if ext in _RECORD_EXT:
            yield from _read_records(path, opts)
        elif ext in _HTML_EXT:
            yield from _read_html(path, opts)
        elif ext in _FEED_EXT:
            yield from _read_feed_file(path, opts)
        else:
            with open(path, "rb") as fh:
                head = fh.read(2048)
            if _FEED_START.match(head):
                yield from _read_feed_file(path, opts)
            else:
                yield from _read_records(path, opts)
    except OSError as e:
        yield ReadError(str(path), f"cannot read: {e.strerror or e}")


def _walk(folder: Path) -> Iterator[Path]:
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Path(root) / name


def read_inputs(inputs: Iterable[str | Path], lang: str | None = None, published: date | None = None,
                options: ReadOptions | None = None) -> Iterator[Item | ReadError]:
    """Every article in ``inputs`` (in order), or a ReadError for each bad input (a
    :class:`ReadWarning` for a problem that did not stop an article).

    ``lang`` and ``published`` (or ``options.lang``/``options.published``) apply where an input
    does not say; ``options`` also gives the day/month order and CSV column names.
    """
    base = options or ReadOptions()
    lang = lang if lang is not None else base.lang
    opts = ReadOptions(lang=None if lang == "auto" else lang, published=published or base.published,
                       date_order=base.date_order, columns=base.columns, home=base.home)
    for raw in inputs:
        s = str(raw)
        if urlsplit(s).scheme in ("http", "https"):
            yield from _read_url(s, opts)
            continue
        path = Path(s)
        if path.is_dir():
            for f in _walk(path):
                yield from _read_file(f, opts)
        elif path.is_file():
            yield from _read_file(path, opts)
        else:
            yield ReadError(s, "no such file, folder or URL")
