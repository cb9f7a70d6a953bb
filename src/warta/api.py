"""The public Python API: what the CLI, the web app, the store and Spark call."""

from __future__ import annotations

from datetime import date
from functools import cache

from warta.langid import detect_language
from warta.lexicon.registry import available_languages
from warta.model import Article, Event
from warta.pipeline.events import EventCoder

__all__ = ["coder", "extract", "extract_article"]


@cache
def coder(lang: str) -> EventCoder:
    """The event coder for a language, built once per process (lexicons, automata)."""
    return EventCoder(lang)


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


def extract(text: str, lang: str | None = None, published: date | str | None = None, doc: str = "") -> list[Event]:
    """Code the events in ``text``: who did what to whom, when, where, how much, according to whom.

    ``lang`` is "id", "en" or None/"auto" to detect it; ``published`` (a date or ISO string) anchors
    relative dates such as "Kamis" or "pekan lalu".
    """
    return extract_article(Article(id=doc, text=text, lang=lang, published=_parse_date(published)))
