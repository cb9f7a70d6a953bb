"""warta: sourced event data and knowledge graphs from Indonesian and English news.

>>> import warta
>>> events = warta.extract("Korut mengirim 10.000 tentara ke Rusia.", lang="id", published="2024-11-15")
>>> store = warta.open("warta.db")      # the corpus store (see README)
"""

from warta.api import extract, extract_article
from warta.model import (
    ActorRef,
    Article,
    Claim,
    Event,
    Place,
    Quantity,
    SentenceRef,
    Span,
)
from warta.store import open  # noqa: A004 - warta.open(path) mirrors sqlite3-style entry points

__all__ = [
    "ActorRef",
    "Article",
    "Claim",
    "Event",
    "Place",
    "Quantity",
    "SentenceRef",
    "Span",
    "extract",
    "extract_article",
    "open",
]
__version__ = "0.1.0"
