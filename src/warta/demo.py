"""``warta demo``: ingest the built-in sample corpus and summarise what the store now knows."""

from __future__ import annotations

import shlex
import tempfile
from dataclasses import dataclass
from pathlib import Path

from warta.api import ingest
from warta.samples import corpus_path
from warta.store import DyadRow, EventDetail, IngestReport
from warta.store import open as open_store

__all__ = ["DemoSummary", "explore_lines", "format_summary", "run_demo"]


@dataclass(frozen=True, slots=True)
class DemoSummary:
    db: str
    report: IngestReport
    articles: int
    mentions: int
    events: int
    multi_source_events: int
    top_dyads: tuple[DyadRow, ...]
    contradiction: EventDetail | None


def run_demo(db: str | Path | None = None, *, workers: int | None = None, progress: bool = True) -> DemoSummary:
    """Ingest the sample corpus into ``db`` (a new temporary file when None) and summarise it."""
    if db is None:
        db = Path(tempfile.mkdtemp(prefix="warta-demo-")) / "warta.db"
    store = open_store(db)
    try:
        report = ingest(store, [corpus_path()], workers=workers, progress=progress)
        counts = store.counts()
        multi = store.events(limit=None, order="mentions")
        contested = store.events(contested=True, limit=1, order="mentions")
        if not contested:
            contested = store.events(negated=True, limit=1, order="mentions")
        detail = store.show(contested[0].id) if contested else None
        return DemoSummary(
            db=str(db), report=report, articles=counts["articles"], mentions=counts["mentions"],
            events=counts["events"], multi_source_events=sum(1 for e in multi if e.n_sources > 1),
            top_dyads=tuple(store.dyads(limit=5)), contradiction=detail,
        )
    finally:
        store.close()


def format_summary(s: DemoSummary, launcher: str | None = None) -> str:
    """The demo summary as plain text; ``launcher`` prefixes the commands it suggests (see
    :func:`explore_lines`)."""
    lines = [
        f"Sample corpus ingested into {s.db}",
        f"  articles: {s.articles}   event mentions: {s.mentions}   events after clustering: {s.events}"
        f"   reported by 2+ sources: {s.multi_source_events}",
        f"  ingest: {s.report.articles_per_second:.0f} articles/s, {len(s.report.errors)} errors",
        "",
        "Top dyads (source -> target: events, mentions, types):",
    ]
    for d in s.top_dyads:
        lines.append(f"  {d.source} -> {d.target}: {d.n_events} events, {d.n_mentions} mentions ({', '.join(d.types)})")
    lines.append("")
    c = s.contradiction
    if c is None:
        lines.append("No contradiction found (no event is both asserted and denied).")
    else:
        e = c.event
        what = f"{e.source} -> {e.target or '-'} {e.type} (CAMEO {e.cameo})"
        lines.append(f"A contradiction: event #{e.id} {what}, {e.when or 'undated'}, "
                     f"{e.n_mentions} mentions from {e.n_sources} sources")
        lines.append(f"  asserted by: {', '.join(c.asserted_by) or '-'}   denied by: {', '.join(c.denied_by) or '-'}")
        for m in c.mentions:
            tag = "DENIES " if m.negated else "ASSERTS"
            who = m.claimed_by or m.outlet
            lines.append(f"  {tag} [{who}] {m.outlet} {m.published or ''}: {m.sentence}")
    lines.append("")
    lines.extend(explore_lines(s, launcher))
    return "\n".join(lines)


def explore_lines(s: DemoSummary, launcher: str | None = None) -> list[str]:
    """Commands to go on with, runnable as printed: through ``launcher`` (``./run``, whose venv is
    not on PATH) when given, else the ``warta`` command itself."""
    db = shlex.quote(s.db)
    cli = f"{launcher} warta" if launcher else "warta"
    serve = f"{launcher} serve --db {db}" if launcher else f"warta serve --db {db}"
    event = str(s.contradiction.event.id) if s.contradiction else "1"
    return [
        "Explore:",
        f"  {cli} events --db {db} --between PRK RUS",
        f"  {cli} show --db {db} {event}",
        f"  {cli} actors --db {db}",
        f"  {serve}        # the web UI at http://127.0.0.1:8000/",
    ]
