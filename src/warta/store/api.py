"""The Python API of the corpus store: ``warta.open(path) -> Store``.

Example::

    import warta
    db = warta.open("warta.db")                  # created and migrated if needed
    warta.api.ingest(db, ["news/", "feed.xml"])   # files, folders, URLs, feeds (above the store)
    db.events(between=("PRK", "RUS"), type="AID", since="2024-08-01").to_pandas()
    db.show(12).denied_by                         # who denies event 12
    db.graph(since="2024-01").to_networkx()

Actor arguments take a country-level code (``PRK`` matches PRK, PRKMIL, PRKGOV …;
``IGOUN`` matches itself) or a full code (``USAGOV`` matches only USAGOV).  Dates are
ISO strings.  Every list result is a :class:`~warta.store.results.Results` tuple of
frozen rows with ``to_dicts()`` and ``to_pandas()``.  One ``Store`` may be shared by
threads (each thread gets its own SQLite connection); any number of processes may
read while one ingests (WAL).
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

from warta.store import query as q
from warta.store.db import connect
from warta.store.results import (
    ActorRow,
    ArticleView,
    DyadRow,
    EventDetail,
    EventRow,
    Graph,
    MentionRow,
    Results,
    SearchHit,
    TimelineRow,
)
from warta.store.writer import Prepared, Writer

__all__ = ["Store", "open"]


class Store:
    """A warta corpus store in one SQLite file."""

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = Path(path)
        self.readonly = readonly
        self._local = threading.local()
        self._conns: list[sqlite3.Connection] = []
        self._lock = threading.Lock()
        self.conn  # noqa: B018 - create and migrate now, so errors surface at open()

    @property
    def conn(self) -> sqlite3.Connection:
        """This thread's connection."""
        c = getattr(self._local, "conn", None)
        if c is None:
            c = connect(self.path, readonly=self.readonly)
            self._local.conn = c
            with self._lock:
                self._conns.append(c)
        return c

    def close(self) -> None:
        with self._lock:
            for c in self._conns:
                c.close()
            self._conns.clear()
        self._local = threading.local()

    @contextlib.contextmanager
    def snapshot(self) -> Iterator[Store]:
        """Run several queries against one consistent state (a read transaction)::

            with db.snapshot():
                n = db.counts()["mentions"]
                events = db.events(limit=None)
        """
        c = self.conn
        if c.in_transaction:
            yield self
            return
        c.execute("BEGIN")
        c.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the snapshot starts at the first read
        try:
            yield self
        finally:
            c.execute("COMMIT")

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({str(self.path)!r})"

    # -- writing (ingestion sits above the store: warta.api.ingest) ---------
    def write(self, items: Iterable[Prepared], batch_size: int = 200):
        """Store already extracted articles (``Prepared``), committing every ``batch_size``."""
        writer = Writer(self.conn)
        batch: list[Prepared] = []
        results = []
        for item in items:
            batch.append(item)
            if len(batch) >= batch_size:
                results.append(writer.write_batch(batch))
                batch = []
        if batch:
            results.append(writer.write_batch(batch))
        return results

    # -- reading ---------------------------------------------------------
    def events(self, actor: str | None = None, between: tuple[str, str] | None = None,
               type: str | Iterable[str] | None = None, since: str | None = None, until: str | None = None,
               claimed_by: str | None = None, negated: bool | None = None, *, source: str | None = None,
               target: str | None = None, contested: bool | None = None, limit: int | None = 100,
               offset: int = 0, order: str = "date") -> Results[EventRow]:
        """Clustered events.  ``between=(A, B)`` is the dyad in both directions; ``source``/``target``
        fix the direction; ``claimed_by`` keeps events some mention attributes to that actor;
        ``negated=True`` keeps events someone denies, ``False`` those someone asserts;
        ``contested=True`` those both asserted and denied (contradictions).
        ``order``: date, -date, mentions, id."""
        return q.events(self.conn, actor=actor, between=between, type=type, since=since, until=until,
                        claimed_by=claimed_by, negated=negated, source=source, target=target,
                        contested=contested, limit=limit, offset=offset, order=order)

    def find_actor(self, text: str) -> str | None:
        """The stored actor code meant by a code, a canonical name or an alias ("north korea" → PRK)."""
        return q.find_actor(self.conn, text)

    def actor_codes(self) -> list[str]:
        """Every stored actor code, most mentioned first."""
        return q.actor_codes(self.conn)

    def claimants(self, event_ids) -> dict[int, list[str]]:
        """Per event id, the codes of the actors its mentions are claimed by."""
        return q.claimants(self.conn, event_ids)

    def count_events(self, **filters) -> tuple[int, int]:
        """(matching events, how many of them undated) for the filters of :meth:`events`."""
        return q.count_events(self.conn, **filters)

    def iter_events(self, **filters) -> Iterator[EventRow]:
        """Every matching event, streamed (for exports)."""
        return q.iter_event_rows(self.conn, **filters)

    def iter_export(self, **filters) -> Iterator[tuple[EventRow, dict]]:
        """Every matching event with the extras exports need (see ``query.iter_export_rows``)."""
        return q.iter_export_rows(self.conn, **filters)

    def actors(self, limit: int | None = 50, offset: int = 0) -> Results[ActorRow]:
        """Actors ranked by mentions, each with every alias seen (most frequent first)."""
        return q.actors(self.conn, limit=limit, offset=offset)

    def timeline(self, between: tuple[str, str] | None = None, actor: str | None = None, by: str = "month",
                 type: str | None = None, since: str | None = None, until: str | None = None
                 ) -> Results[TimelineRow]:
        """Events per period (month, week, day, year) and type for a dyad or an actor."""
        return q.timeline(self.conn, between=between, actor=actor, by=by, type=type, since=since, until=until)

    def dyads(self, limit: int | None = 10, since: str | None = None, until: str | None = None
              ) -> Results[DyadRow]:
        """Country-level directed actor pairs ranked by number of events."""
        return q.dyads(self.conn, limit=limit, since=since, until=until)

    def search(self, query: str, limit: int = 50, raw: bool = False, forms: bool = True) -> Results[SearchHit]:
        """Titles, then sentences, containing every word of ``query`` in any of its forms (FTS5)."""
        return q.search(self.conn, query, limit=limit, raw=raw, forms=forms)

    def show(self, event_id: int) -> EventDetail | None:
        """One event with every mention, its evidence sentence, and who asserts or denies it."""
        return q.show(self.conn, event_id)

    def mentions(self, event_id: int) -> Results[MentionRow]:
        return q.mentions_of(self.conn, event_id)

    def graph(self, since: str | None = None, until: str | None = None, types: Iterable[str] | None = None,
              negated: bool | None = None, level: str = "actor", min_events: int = 1,
              limit: int | None = None) -> Graph:
        """Aggregated actor graph (nodes, typed weighted edges) from the month aggregate table."""
        return q.graph(self.conn, since=since, until=until, types=types, negated=negated, level=level,
                       min_events=min_events, limit=limit)

    def article(self, article_id: int) -> ArticleView | None:
        """An article's text with sentence, trigger, actor and claim spans."""
        return q.article(self.conn, article_id)

    def counts(self) -> dict[str, int]:
        """Row counts of the main tables."""
        return q.counts(self.conn)


def open(path: str | Path = "warta.db", *, readonly: bool = False) -> Store:  # noqa: A001
    """Open (creating if needed) the store at ``path``."""
    return Store(path, readonly=readonly)
