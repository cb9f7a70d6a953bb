"""Bringing the output of ``warta spark extract`` back to one machine.

The Spark job writes events only (the columns of ``extract --format jsonl``)
and, for a local OUTPUT, a side file ``OUTPUT/_warta.json`` naming its INPUT
(files starting with ``_`` are ignored by Parquet readers).  :func:`pair_events`
joins each article of INPUT with its events, in INPUT order, so the store can
ingest them exactly as if it had extracted them itself.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from warta.model import Article, Event
from warta.records import Columns, ReadOptions
from warta.spark.articles import iter_articles
from warta.spark.schema import iter_event_batches

__all__ = ["MANIFEST", "Pairing", "articles_path_of", "load_events", "options_of", "options_to_json", "pair_events",
           "write_manifest"]

MANIFEST = "_warta.json"


def write_manifest(output: str | Path, info: dict[str, Any]) -> Path | None:
    """Write ``OUTPUT/_warta.json`` when OUTPUT is a local directory (returns its path, else None)."""
    out = Path(output)
    if "://" in str(output) or not out.is_dir():
        return None
    path = out / MANIFEST
    path.write_text(json.dumps(info, indent=2, sort_keys=True) + "\n", encoding="utf-8")
    return path


def articles_path_of(output: str | Path) -> str | None:
    """The INPUT recorded by ``warta spark extract`` in OUTPUT's manifest, if any."""
    path = Path(output) / MANIFEST
    if not path.is_file():
        return None
    return json.loads(path.read_text(encoding="utf-8")).get("input")


def options_to_json(options: ReadOptions) -> dict[str, Any]:
    """The reading options of a job (day/month order, column names) for the manifest."""
    c = options.columns
    return {"date_order": options.date_order,
            "columns": {k: getattr(c, k) for k in Columns.__slots__ if getattr(c, k)}}


def options_of(output: str | Path) -> ReadOptions:
    """The reading options recorded in OUTPUT's manifest (defaults when none are), so ``warta load``
    reads INPUT exactly as the job did."""
    path = Path(output) / MANIFEST
    info = json.loads(path.read_text(encoding="utf-8")).get("read_options") if path.is_file() else None
    if not info:
        return ReadOptions()
    return ReadOptions(date_order=info.get("date_order", "dmy"), columns=Columns(**info.get("columns", {})))


@dataclass
class Pairing:
    """Counts and problems met while pairing; filled in as :func:`pair_events` is consumed."""

    articles: int = 0
    events: int = 0
    duplicate_ids: list[str] = field(default_factory=list)
    orphan_docs: list[str] = field(default_factory=list)
    orphan_events: int = 0

    @property
    def errors(self) -> list[str]:
        out = [f"article id {d!r} appears more than once in the input; its events went to the first"
               for d in self.duplicate_ids]
        if self.orphan_docs:
            shown = ", ".join(repr(d) for d in self.orphan_docs[:5])
            out.append(f"{self.orphan_events} events of {len(self.orphan_docs)} docs have no article in the "
                       f"input ({shown}{', ...' if len(self.orphan_docs) > 5 else ''}); not loaded")
        return out


def pair_events(events_path: str | Path, articles_path: str | Path,
                report: Pairing | None = None,
                options: ReadOptions | None = None) -> Iterator[tuple[Article, tuple[Event, ...]]]:
    """Each article of ``articles_path`` with its events from ``events_path`` (possibly none).

    The events are held in memory by doc id (the store is one machine's
    SQLite; a corpus too big for that stays in Parquet).  Problems are
    counted in ``report``, not raised.
    """
    report = report if report is not None else Pairing()
    by_doc: dict[str, list[Event]] = {}
    for batch in iter_event_batches(events_path):
        for ev in batch:
            by_doc.setdefault(ev.doc, []).append(ev)
    seen: set[str] = set()
    # Bad records of JSON Lines or CSV input were reported by `warta spark extract`; skipped here too.
    for article in iter_articles(articles_path, options=options if options is not None else options_of(events_path)):
        if article.id in seen:
            report.duplicate_ids.append(article.id)
            continue
        seen.add(article.id)
        events = tuple(by_doc.pop(article.id, ()))
        report.articles += 1
        report.events += len(events)
        yield article, events
    report.orphan_docs = sorted(by_doc)
    report.orphan_events = sum(len(v) for v in by_doc.values())


def load_events(store: Any, events_path: str | Path, articles_path: str | Path | None = None, *,
                batch_size: int = 200) -> Any:
    """Store the articles of a Spark run with their events, clustered as a local ingest would.

    ``store`` is a :class:`warta.store.Store`; ``articles_path`` defaults to the
    INPUT recorded in ``events_path``'s manifest.  Each article goes through the
    ingest's own preparation (language tag where missing, sentences for the
    full-text index, content hash) with the events Spark found instead of a new
    extraction, then through the store's writer (duplicates by text or URL are
    skipped; batches commit atomically).  Returns an ``IngestReport``.
    """
    import time

    from warta.ingest.readers import Item
    from warta.ingest.run import prepare
    from warta.store.results import IngestReport

    source = articles_path if articles_path is not None else articles_path_of(events_path)
    if source is None:
        raise FileNotFoundError(f"{events_path}: no {MANIFEST} naming the articles INPUT; give the articles path")
    started = time.perf_counter()
    report = Pairing()
    origin = str(source)
    prepared = (
        prepare(Item(article, origin), extractor=lambda _a, found=events: found)
        for article, events in pair_events(events_path, source, report)
    )
    results = store.write(prepared, batch_size=batch_size)
    return IngestReport(
        articles_read=report.articles + len(report.duplicate_ids),
        articles_added=sum(r.added for r in results),
        duplicates=sum(r.duplicates for r in results) + len(report.duplicate_ids),
        events_added=sum(r.events_added for r in results),
        mentions_added=sum(r.mentions_added for r in results),
        errors=tuple(report.errors),
        seconds=time.perf_counter() - started,
    )
