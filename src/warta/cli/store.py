"""Store commands: ``ingest``, ``events``, ``actors``, ``timeline``, ``search``, ``show``, ``export``, ``demo``.

Each parses arguments, calls :mod:`warta.api` (``ingest``) / :mod:`warta.store` / :mod:`warta.export`, and
prints: ``--format table`` (readable), ``json`` (a JSON list) or ``csv``.  The store file comes
from ``--db`` (default: ``$WARTA_DB`` or ``warta.db``).
"""

from __future__ import annotations

import csv
import json
import os
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from warta.cli import app
from warta.cli.checks import check_lang, check_types, resolve_actor
from warta.cli.fmt import format_number, format_quantity
from warta.cli.inputs import (
    DateColumnOpt,
    DateOrder,
    DateOrderOpt,
    HomeOpt,
    IdColumnOpt,
    TextColumnOpt,
    TitleColumnOpt,
    UrlColumnOpt,
    check_home,
    columns,
)
from warta.export.tabular import csv_cell
from warta.store import Results, StoreError
from warta.store import open as open_store
from warta.store.db import check_file

__all__ = ["actors_cmd", "demo_cmd", "events_cmd", "export_cmd", "ingest_cmd", "search_cmd", "show_cmd",
           "timeline_cmd"]

err = Console(stderr=True)
out = Console(width=None if sys.stdout.isatty() else 200, highlight=False)

DbOpt = Annotated[Path, typer.Option("--db", help="Store file (default $WARTA_DB or warta.db).",
                                     envvar="WARTA_DB")]
DEFAULT_DB = Path("warta.db")


class OutFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class By(StrEnum):
    day = "day"
    week = "week"
    month = "month"
    year = "year"


class ExportFormat(StrEnum):
    gdelt = "gdelt"
    plover = "plover"
    jsonl = "jsonl"
    csv = "csv"
    parquet = "parquet"
    graphml = "graphml"
    gexf = "gexf"


FormatOpt = Annotated[OutFormat, typer.Option("--format", "-f", help="table, json or csv.")]


def _open(db: Path, must_exist: bool = True):
    if must_exist and not db.exists():
        err.print(f"[red]no store at {db}[/] (create one with `warta ingest PATH --db {db}`)")
        raise typer.Exit(2)
    try:
        if must_exist:
            check_file(db, readonly=True)  # a query never turns an empty file into a store
        return open_store(db)
    except StoreError as e:
        err.print(f"[red]error:[/] {escape(str(e))}", highlight=False, soft_wrap=True)
        raise typer.Exit(2) from None


def _day(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise typer.BadParameter(f"{name} {value!r} is not YYYY-MM-DD") from None


def _pair(store, between) -> tuple[str, str] | None:
    if not between or not between[0]:
        return None
    return (resolve_actor(store, between[0], "--between"), resolve_actor(store, between[1], "--between"))


def _emit(rows: Results, fmt: OutFormat, columns: list[str], title: str = "", derived=None) -> None:
    """Print rows as JSON, CSV (lists ;-joined) or a table; ``derived(row dict)`` adds table-only cells."""
    dicts = rows.to_dicts()
    if fmt is OutFormat.json:
        sys.stdout.write(json.dumps(dicts, ensure_ascii=False, indent=1) + "\n")
        return
    if fmt is OutFormat.csv:
        names = rows.columns or columns
        w = csv.DictWriter(sys.stdout, fieldnames=names, lineterminator="\n")
        w.writeheader()
        for d in dicts:
            w.writerow({k: csv_cell(v) for k, v in d.items()})
        return
    table = Table(title=title or None, show_lines=False)
    for c in columns:
        table.add_column(c)
    for d in dicts:
        if derived is not None:
            d = {**d, **derived(d)}
        table.add_row(*[escape(_cell(d.get(c))) for c in columns])
    out.print(table)
    if not dicts:
        err.print("(no rows)")


def _cell(v) -> str:
    if v is None:
        return "—"
    if isinstance(v, list):
        return ", ".join(map(str, v))
    if isinstance(v, float | int) and not isinstance(v, bool):
        return format_number(v)
    return str(v)


@app.command("ingest")
def ingest_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files (.txt, .jsonl, .csv, .html, feeds), folders, URLs.")],
    db: DbOpt = DEFAULT_DB,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: all cores).")] = None,
    lang: Annotated[str | None, typer.Option(help="Language where the input does not say (default: detect).")] = None,
    published: Annotated[str | None, typer.Option(help="Publication date YYYY-MM-DD where not given.")] = None,
    batch_size: Annotated[int, typer.Option(help="Articles per atomic commit.")] = 200,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
    article_timeout: Annotated[float, typer.Option(
        help="Seconds one article's extraction may take; a slower one is reported and skipped (0: no limit).",
        min=0)] = 30.0,
    date_order: DateOrderOpt = DateOrder.dmy,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    id_column: IdColumnOpt = None,
    title_column: TitleColumnOpt = None,
    url_column: UrlColumnOpt = None,
    home: HomeOpt = None,
) -> None:
    """Read, extract and store articles; already stored articles are skipped, bad inputs reported."""
    from warta.api import ingest
    from warta.records import ReadOptions

    pub = date.fromisoformat(_day(published, "--published")) if published else None
    options = ReadOptions(date_order=date_order.value, home=check_home(home),
                          columns=columns(text_column, date_column, id_column, title_column, url_column))
    lang = check_lang(lang)
    store = _open(db, must_exist=False)
    report = ingest(store, inputs, workers=workers, progress=progress, batch_size=batch_size, lang=lang,
                          published=pub, article_timeout=article_timeout or None,
                          on_error=lambda m: err.print(f"[yellow]skipped[/] {escape(m)}", highlight=False,
                                                       soft_wrap=True),
                          read_options=options,
                          on_warning=lambda m: err.print(f"[yellow]warning[/] {escape(m)}", highlight=False,
                                                         soft_wrap=True))
    for warning in report.warnings:
        err.print(f"[yellow]warning:[/] {escape(warning)}", highlight=False)
    counts = store.counts()
    out.print(f"{report.articles_added} articles added, {report.duplicates} already stored, "
              f"{report.mentions_added} event mentions, {report.events_added} new events, "
              f"{len(report.errors)} errors in {report.seconds:.1f}s "
              f"({report.articles_per_second:.0f} articles/s)")
    out.print(f"store {db}: {counts['articles']} articles, {counts['events']} events, {counts['mentions']} mentions")
    if report.articles_read == 0 and report.errors:
        raise typer.Exit(1)


_EVENT_COLS = ["id", "when", "type", "cameo", "source", "target", "place", "quantity", "modality", "n_mentions",
               "n_sources", "n_asserting", "n_denying"]


def _event_cells(d: dict) -> dict:
    return {"quantity": format_quantity(d.get("quantity_value"), d.get("quantity_unit"), d.get("quantity_qualifier"))
            or None}


@app.command("events")
def events_cmd(
    db: DbOpt = DEFAULT_DB,
    actor: Annotated[str | None, typer.Option(help="Actor as source or target (PRK matches PRKMIL …).")] = None,
    between: Annotated[tuple[str, str] | None, typer.Option(help="Two actors, both directions.")] = None,
    source: Annotated[str | None, typer.Option(help="Source actor.")] = None,
    target: Annotated[str | None, typer.Option(help="Target actor.")] = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="PLOVER type (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
    claimed_by: Annotated[str | None, typer.Option(help="Events some mention attributes to this actor.")] = None,
    negated: Annotated[bool | None, typer.Option("--negated/--asserted",
                                                 help="Events someone denies / someone asserts.")] = None,
    contested: Annotated[bool, typer.Option("--contested", help="Only events both asserted and denied.")] = False,
    order: Annotated[str, typer.Option(help="date, -date, mentions or id.")] = "date",
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
    offset: Annotated[int, typer.Option(help="Rows to skip.")] = 0,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Clustered events matching the filters."""
    if order not in ("date", "-date", "mentions", "id"):
        raise typer.BadParameter("--order must be date, -date, mentions or id")
    store = _open(db)
    pair = _pair(store, between)
    filters = dict(actor=resolve_actor(store, actor), between=pair, type=check_types(type),
                   since=_day(since, "--since"), until=_day(until, "--until"),
                   claimed_by=resolve_actor(store, claimed_by, "--claimed-by"), negated=negated,
                   source=resolve_actor(store, source, "--source"), target=resolve_actor(store, target, "--target"),
                   contested=True if contested else None)
    rows = store.events(**filters, limit=limit, offset=offset, order=order)
    _emit(rows, fmt, _EVENT_COLS, "events", derived=_event_cells)
    if fmt is OutFormat.table:
        total, undated = store.count_events(**filters)
        err.print(f"{len(rows)} of {total} events shown" + (f", {undated} undated" if undated else ""),
                  highlight=False)


@app.command("actors")
def actors_cmd(
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 50,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Actors ranked by mentions, with every alias seen."""
    _emit(_open(db).actors(limit=limit), fmt, ["code", "name", "country", "n_events", "n_mentions", "aliases"],
          "actors")


@app.command("timeline")
def timeline_cmd(
    db: DbOpt = DEFAULT_DB,
    between: Annotated[tuple[str, str] | None, typer.Option(help="Two actors, both directions.")] = None,
    actor: Annotated[str | None, typer.Option(help="One actor as source or target.")] = None,
    by: Annotated[By, typer.Option(help="Period: day, week, month or year.")] = By.month,
    type: Annotated[str | None, typer.Option("--type", help="Only this PLOVER type.")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Events per period and type for a dyad or an actor."""
    if not (between and between[0]) and not actor:
        raise typer.BadParameter("give --between A B or --actor X")
    store = _open(db)
    pair = _pair(store, between)
    actor = resolve_actor(store, actor)
    type = check_types(type)
    rows = store.timeline(between=pair, actor=actor, by=by.value, type=type, since=_day(since, "--since"),
                          until=_day(until, "--until"))
    _emit(rows, fmt, ["period", "type", "n_events", "n_mentions", "n_denied"], "timeline")
    if fmt is OutFormat.table and since is None and until is None:
        _total, undated = store.count_events(between=pair, actor=actor, type=type)
        if undated:
            err.print(f"{undated} undated (not in any period)", highlight=False)


@app.command("search")
def search_cmd(
    query: Annotated[str, typer.Argument(help="Words that must all occur in a sentence.")],
    db: DbOpt = DEFAULT_DB,
    limit: Annotated[int, typer.Option(help="Rows to show.")] = 20,
    fmt: FormatOpt = OutFormat.table,
) -> None:
    """Full-text search over stored titles and sentences; words match in any form ("bantah" finds
    "membantah", "deny" finds "denied")."""
    _emit(_open(db).search(query, limit=limit), fmt,
          ["article_id", "doc", "published", "field", "snippet", "n_events"], f"search: {query}")


@app.command("show")
def show_cmd(
    event_id: Annotated[int, typer.Argument(help="Event id (from `warta events`).")],
    db: DbOpt = DEFAULT_DB,
    fmt: Annotated[OutFormat, typer.Option("--format", "-f", help="table or json.")] = OutFormat.table,
) -> None:
    """One event: every mention with its evidence sentence, and who asserts or denies it."""
    if fmt is OutFormat.csv:
        err.print("[red]show has no CSV form[/] (one event has mentions of several shapes): use -f json, or "
                  "`warta events -f csv` for event rows", highlight=False)
        raise typer.Exit(2)
    detail = _open(db).show(event_id)
    if detail is None:
        err.print(f"[red]no event {event_id}[/]")
        raise typer.Exit(1)
    if fmt is not OutFormat.table:
        sys.stdout.write(json.dumps(detail.to_dict(), ensure_ascii=False, indent=1) + "\n")
        return
    e = detail.event
    out.print(f"[bold]event {e.id}[/]: {e.source} → {e.target or '—'}  {e.type} (CAMEO {e.cameo}, "
              f"Goldstein {e.goldstein}), {e.modality}, {e.when or 'undated'}"
              + (f", {e.place}" if e.place else "")
              + (f", {format_quantity(e.quantity_value, e.quantity_unit, e.quantity_qualifier)}"
                 if e.quantity_value is not None else ""))
    out.print(f"{e.n_mentions} mentions in {e.n_articles} articles from {e.n_sources} sources; "
              f"asserted by: {', '.join(detail.asserted_by) or '—'}; denied by: {', '.join(detail.denied_by) or '—'}",
              highlight=False)
    for m in detail.mentions:
        tag = "[red]DENIES [/]" if m.negated else "[green]ASSERTS[/]"
        who = f"{m.claimed_by} ({m.claimed_by_text})" if m.claimed_by else "reporter"
        out.print(f"{tag} {m.outlet} {m.published or ''} [{m.doc}] claimed by {who}", highlight=False)
        out.print(f"    “{escape(m.sentence)}”  trigger: {escape(m.trigger)}", highlight=False)


@app.command("export")
def export_cmd(
    fmt: Annotated[ExportFormat, typer.Option("--format", "-f", help="Export format.")],
    db: DbOpt = DEFAULT_DB,
    output: Annotated[str | None, typer.Option("--output", "-o", help="Output file (stdout for text formats).")] = None,
    actor: Annotated[str | None, typer.Option(help="Events of this actor.")] = None,
    between: Annotated[tuple[str, str] | None, typer.Option(help="Events between two actors.")] = None,
    type: Annotated[list[str] | None, typer.Option("--type", help="PLOVER type (repeatable).")] = None,
    since: Annotated[str | None, typer.Option(help="From date YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Until date YYYY-MM-DD.")] = None,
    level: Annotated[str, typer.Option(help="Graph nodes: actor or country.")] = "actor",
) -> None:
    """Export events (gdelt, plover, jsonl, csv, parquet) or the actor graph (graphml, gexf)."""
    from warta.export import export

    store = _open(db)
    actor, pair, type = resolve_actor(store, actor), _pair(store, between), check_types(type)
    try:
        n = export(store, fmt.value, output, actor=actor, between=pair,
                   type=type, types=type, since=_day(since, "--since"),
                   until=_day(until, "--until"), level=level)
    except ValueError as e:
        err.print(f"[red]{e}[/]")
        raise typer.Exit(2) from None
    err.print(f"{n} {'edges' if fmt.value in ('graphml', 'gexf') else 'events'} written"
              + (f" to {output}" if output else ""))


@app.command("demo")
def demo_cmd(
    db: Annotated[Path | None, typer.Option("--db", help="Store file (default: a new temporary one).")] = None,
    workers: Annotated[int | None, typer.Option(help="Extraction processes (default: all cores).")] = None,
    progress: Annotated[bool, typer.Option("--progress/--no-progress", help="Progress bar on stderr.")] = True,
) -> None:
    """Ingest the built-in sample corpus (24 articles, id/en) and print a summary."""
    from warta.demo import format_summary, run_demo

    if db is not None and os.path.isdir(db):
        raise typer.BadParameter("--db must be a file path")
    summary = run_demo(db, workers=workers, progress=progress)
    out.print(format_summary(summary, os.environ.get("WARTA_LAUNCHER") or None), highlight=False)
