"""The built-in sample corpus: 24 short invented news articles (12 Indonesian, 12 English)
about troop transfers, arms aid, sanctions, talks and protests in late 2024.  Several
outlets report the same events in different words, and some deny what others assert."""

from __future__ import annotations

from pathlib import Path

from warta.lexicon import resource_path

__all__ = ["corpus_path"]


def corpus_path() -> Path:
    """Path of ``corpus.jsonl`` (fields: id, lang, date, title, url, source, text)."""
    return resource_path("warta.samples", "corpus.jsonl")
