"""The public Python API: what the CLI, the web app and Spark call.

It sits above the pipeline, the store and ingestion: ``extract()`` codes a text, ``ingest(store, inputs)``
reads, codes and stores a corpus (the store itself never codes anything).
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path

from warta.langid import detect_language
from warta.lexicon.registry import available_languages
from warta.model import Article, Event
from warta.pipeline.conventions import Outcome
from warta.pipeline.events import EventCoder
from warta.store.api import Store
from warta.store.results import IngestReport

__all__ = ["coder", "explain_article", "extract", "extract_article", "ingest"]


_coders: dict[str, EventCoder] = {}
_coders_lock = threading.Lock()


def coder(lang: str) -> EventCoder:
    """The event coder for a language, built once per process (lexicons, automata).

    Thread-safe: when many threads ask for a coder not built yet (the web server's first
    requests), one builds it and the others wait for it, so memory holds one coder per
    language, not one per caller.
    """
    c = _coders.get(lang)
    if c is None:
        with _coders_lock:  # one lock for all languages: coders share lazily built resources
            c = _coders.get(lang)
            if c is None:
                c = _coders[lang] = EventCoder(lang)
    return c


def _forget_coders() -> None:
    """Drop the built coders (tests that count constructions)."""
    with _coders_lock:
        _coders.clear()


coder.cache_clear = _forget_coders  # type: ignore[attr-defined]  # as functools.cache offered


def _parse_date(value: date | str | None) -> date | None:
    if value is None or isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def extract_article(article: Article) -> list[Event]:
    """Code the events of one article (language detected when ``article.lang`` is None or 'auto').

    ``article.home`` (an ISO 3166-1 alpha-3 code, the outlet's country: IDN for kumparan or Detik, AUS for ABC) is
    the last country the bare police or courts ("polisi", "jaksa", "the court") take, when the sentence and the
    article name no state and no place that gives one; never a named actor's."""
    if not article.text or not article.text.strip():
        return []
    lang = article.lang if article.lang in available_languages() else detect_language(article.text)
    if lang is None:
        return []
    return coder(lang).code(article)


def explain_article(article: Article) -> tuple[list[Event], list[Outcome]]:
    """The events of one article and what became of every trigger candidate: the events it gave, with the
    ids of the coding conventions that shaped them, or the convention that dropped it and why."""
    trace: list[Outcome] = []
    if not article.text or not article.text.strip():
        return [], trace
    lang = article.lang if article.lang in available_languages() else detect_language(article.text)
    if lang is None:
        return [], trace
    return coder(lang).code(article, trace), trace


def extract(text: str, lang: str | None = None, published: date | str | None = None, doc: str = "",
            home: str | None = None) -> list[Event]:
    """Code the events in ``text``: who did what to whom, when, where, how much, according to whom.

    ``lang`` is "id", "en" or None/"auto" to detect it; ``published`` (a date or ISO string) anchors
    relative dates such as "Kamis" or "pekan lalu"; ``home`` is the outlet's country (ISO 3166-1 alpha-3,
    "IDN"), the last country of a bare "polisi" or "the court" in a text that names no state and no place
    (ValueError for a code that is no state).
    """
    if home:
        from warta.knowledge.countries import home_code

        home = home_code(home)
    return extract_article(Article(id=doc, text=text, lang=lang, published=_parse_date(published), home=home or None))


def ingest(store: Store, inputs: Iterable[str | Path] | str | Path, *, workers: int | None = None,
           progress: bool = True, batch_size: int = 200, lang: str | None = None, published: date | None = None,
           on_error: Callable[[str], object] | None = None, extractor: Callable[[Article], Iterable[Event]] | None = None,
           article_timeout: float | None = 30.0, read_options=None,
           on_warning: Callable[[str], object] | None = None) -> IngestReport:
    """Read, extract and store articles from files, folders, URLs and RSS/Atom feeds into ``store``.

    ``workers``: extraction processes (default: all cores).  Articles already stored (same
    normalised text or URL) are skipped.  Bad inputs are reported in ``IngestReport.errors`` (and
    to ``on_error(message)``) and skipped.  ``lang`` and ``published`` (a date) apply where the
    input does not say; ``extractor`` (an ``Article -> list[Event]`` function, default
    :func:`extract_article`) is for callers with their own extraction.  ``article_timeout``: seconds
    one article's extraction may take; a slower article is reported (``file:line``) and skipped, its
    worker replaced (None: no limit).  ``read_options`` (:class:`warta.records.ReadOptions`):
    day/month order, CSV column names and the outlet's ``home`` country where a record gives none;
    ``on_warning(message)``: articles read with a problem (a publication date that could not be read).
    """
    from warta.ingest.run import run_ingest  # on use: extracting text needs no readers nor worker pool

    if isinstance(inputs, str | Path):
        inputs = [inputs]
    return run_ingest(store, list(inputs), workers=workers, progress=progress, batch_size=batch_size, lang=lang,
                      published=published, on_error=on_error, extractor=extractor,
                      article_timeout=article_timeout, read_options=read_options, on_warning=on_warning)
