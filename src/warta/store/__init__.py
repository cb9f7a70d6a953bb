"""The corpus store: SQLite (WAL) with articles, sentences (FTS5), actors, mentions,
clustered events, claims and places.  ``warta.store.open(path)`` is the entry point;
see :mod:`warta.store.api`.  Only this package speaks SQL."""

from warta.store.api import Store, open
from warta.store.db import StoreError
from warta.store.results import (
    ActorRow,
    ArticleView,
    DyadRow,
    EventDetail,
    EventRow,
    Graph,
    GraphEdge,
    GraphNode,
    IngestReport,
    MentionRow,
    Results,
    SearchHit,
    TextSpan,
    TimelineRow,
)
from warta.store.writer import Prepared

__all__ = [
    "ActorRow",
    "ArticleView",
    "DyadRow",
    "EventDetail",
    "EventRow",
    "Graph",
    "GraphEdge",
    "GraphNode",
    "IngestReport",
    "MentionRow",
    "Prepared",
    "Results",
    "SearchHit",
    "Store",
    "StoreError",
    "TextSpan",
    "TimelineRow",
    "open",
]
