"""The public Python API: what the CLI, the web app, the store and Spark call."""

from __future__ import annotations

import threading
from datetime import date

from warta.langid import detect_language
from warta.lexicon.registry import available_languages
from warta.model import Article, Event
from warta.pipeline.conventions import Outcome
from warta.pipeline.events import EventCoder

__all__ = ["coder", "explain_article", "extract", "extract_article"]


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
    """Code the events of one article (language detected when ``article.lang`` is None or 'auto')."""
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


def extract(text: str, lang: str | None = None, published: date | str | None = None, doc: str = "") -> list[Event]:
    """Code the events in ``text``: who did what to whom, when, where, how much, according to whom.

    ``lang`` is "id", "en" or None/"auto" to detect it; ``published`` (a date or ISO string) anchors
    relative dates such as "Kamis" or "pekan lalu".
    """
    return extract_article(Article(id=doc, text=text, lang=lang, published=_parse_date(published)))
