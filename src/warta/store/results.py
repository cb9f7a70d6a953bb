"""Frozen values returned by :class:`warta.store.Store` queries.

Every list-returning query gives a :class:`Results` (a tuple) with ``to_dicts()``,
``to_pandas()`` and ``columns``; each row is a frozen dataclass with ``to_dict()``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

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
    "Results",
    "SearchHit",
    "TextSpan",
    "TimelineRow",
]

T = TypeVar("T")


def _plain(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, tuple | list):
        return [_plain(v) for v in value]
    return value


class _Row:
    __slots__ = ()

    def to_dict(self) -> dict[str, Any]:
        return _plain(self)


class Results(tuple, Generic[T]):
    """An immutable list of rows of one dataclass type."""

    __slots__ = ()

    def __new__(cls, rows=(), row_type: type | None = None):
        self = super().__new__(cls, rows)
        return self

    def to_dicts(self) -> list[dict[str, Any]]:
        return [r.to_dict() for r in self]

    @property
    def columns(self) -> list[str]:
        if not self:
            return []
        return [f.name for f in dataclasses.fields(self[0])]

    def to_pandas(self):
        """A pandas DataFrame with one column per field (tuples become lists)."""
        import pandas as pd

        return pd.DataFrame(self.to_dicts(), columns=self.columns or None)


@dataclass(frozen=True, slots=True)
class EventRow(_Row):
    """One real-world event (a cluster of mentions across articles)."""

    id: int
    type: str
    mode: str | None
    cameo: str
    quad: str
    goldstein: float | None
    modality: str
    source: str
    source_name: str
    target: str | None
    target_name: str | None
    date: str | None
    when: str | None
    place: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    quantity_value: float | None
    quantity_unit: str | None
    n_mentions: int
    n_articles: int
    n_sources: int
    n_asserting: int
    n_denying: int
    url: str | None
    date_end: str | None = None  # last day `when` allows (date is the first)
    precision: str | None = None  # day | week | month | year; None when undated
    quantity_qualifier: str | None = None  # "more than", "about" … of the mention the quantity came from

    @property
    def negated(self) -> bool:
        """Every mention says it did not happen."""
        return self.n_asserting == 0

    @property
    def contested(self) -> bool:
        """Some mentions assert it and others deny it."""
        return self.n_asserting > 0 and self.n_denying > 0


@dataclass(frozen=True, slots=True)
class MentionRow(_Row):
    """One report of an event: one sentence of one article, with who claims or denies it."""

    id: int
    event_id: int
    article_id: int
    doc: str
    title: str | None
    url: str | None
    outlet: str
    published: str | None
    sentence: str
    sentence_start: int
    sentence_end: int
    trigger: str
    trigger_start: int
    trigger_end: int
    source: str
    source_text: str
    target: str | None
    target_text: str | None
    negated: bool
    modality: str
    claimed_by: str | None
    claimed_by_text: str | None
    stance: str
    when: str | None
    place: str | None
    quantity_value: float | None
    quantity_unit: str | None
    quantity_text: str | None
    lexicon: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class EventDetail(_Row):
    event: EventRow
    mentions: tuple[MentionRow, ...]
    asserted_by: tuple[str, ...]
    denied_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class ActorRow(_Row):
    code: str
    name: str
    country: str
    n_events: int
    n_mentions: int
    aliases: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class DyadRow(_Row):
    """A country-level actor pair (direction kept) with its event counts."""

    source: str
    target: str
    n_events: int
    n_mentions: int
    n_denied: int
    types: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class TimelineRow(_Row):
    period: str
    type: str
    n_events: int
    n_mentions: int
    n_denied: int


@dataclass(frozen=True, slots=True)
class SearchHit(_Row):
    article_id: int
    doc: str
    title: str | None
    url: str | None
    published: str | None
    sentence_id: int | None  # None for a title hit
    sentence: str
    snippet: str
    n_events: int
    field: str = "sentence"  # where the words were found: title or sentence


@dataclass(frozen=True, slots=True)
class GraphNode(_Row):
    id: str
    label: str
    country: str
    n_events: int
    n_mentions: int


@dataclass(frozen=True, slots=True)
class GraphEdge(_Row):
    source: str
    target: str
    type: str
    quad: str
    n_events: int
    n_mentions: int
    n_denied: int
    goldstein_mean: float


@dataclass(frozen=True, slots=True)
class Graph(_Row):
    nodes: tuple[GraphNode, ...]
    edges: tuple[GraphEdge, ...]

    def to_networkx(self):
        """A networkx MultiDiGraph: one edge per (source, target, type), weight = events."""
        import networkx as nx

        g = nx.MultiDiGraph()
        for n in self.nodes:
            g.add_node(n.id, label=n.label, country=n.country, n_events=n.n_events, n_mentions=n.n_mentions)
        for e in self.edges:
            g.add_edge(e.source, e.target, key=e.type, type=e.type, quad=e.quad, weight=e.n_events,
                       n_mentions=e.n_mentions, n_denied=e.n_denied, goldstein=e.goldstein_mean)
        return g


@dataclass(frozen=True, slots=True)
class TextSpan(_Row):
    kind: str  # sentence | trigger | source | target | claim
    start: int
    end: int
    label: str
    event_id: int | None
    mention_id: int | None


@dataclass(frozen=True, slots=True)
class ArticleView(_Row):
    id: int
    doc: str
    title: str | None
    url: str | None
    source: str | None
    lang: str | None
    published: str | None
    text: str
    spans: tuple[TextSpan, ...]
    home: str | None = None  # the outlet's country given at ingest (ISO alpha-3), or None


@dataclass(frozen=True, slots=True)
class IngestReport(_Row):
    """What one ``Store.ingest`` call did."""

    articles_read: int
    articles_added: int
    duplicates: int
    events_added: int
    mentions_added: int
    errors: tuple[str, ...]
    seconds: float
    warnings: tuple[str, ...] = ()  # said once per run (e.g. .txt files without a publication date)

    @property
    def articles_per_second(self) -> float:
        return self.articles_read / self.seconds if self.seconds else 0.0
