"""``warta extract`` and ``warta evaluate``: argument parsing and printing over :mod:`warta.api`."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from warta.api import explain_article, extract_article
from warta.cli import app
from warta.cli.checks import LangChoice
from warta.cli.fmt import format_quantity
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
from warta.evaluate import load_gold
from warta.io import ReadError, ReadOptions, ReadWarning, read_articles
from warta.model import Event
from warta.pipeline.conventions import Outcome

__all__ = ["evaluate_cmd", "extract_cmd"]

err = Console(stderr=True, emoji=False, highlight=False)


class Format(StrEnum):
    table = "table"
    jsonl = "jsonl"


def _parse_day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not YYYY-MM-DD") from None


def _actor(ref) -> str:
    return f"{ref.code} ({ref.text})" if ref else "—"


def _explanation(outcomes: list[Outcome], doc: str) -> str:
    """Per sentence, each trigger candidate and the events it gave (with the conventions that shaped them and
    the lexicon entries that fired) or why it was dropped."""
    lines: list[str] = []
    sentence = None
    for o in outcomes:
        if o.sentence.index != sentence:
            sentence = o.sentence.index
            lines.append(f"{doc} sentence {sentence}: {o.sentence.text}")
        lines.append(f"  «{o.trigger}» {o.type} {o.cameo}")
        for ev in o.events:
            flags = " ".join(f for f in ("NEGATED" if ev.negated else "", "" if ev.modality == "actual" else ev.modality) if f)
            lines.append(f"    event {ev.type} {ev.cameo} {_actor(ev.source)} -> {_actor(ev.target)}"
                         + (f" [{flags}]" if flags else ""))
            lines.append(f"      rules: {', '.join(ev.rules) or '-'}; lexicon: {', '.join(ev.lexicon)}")
        for rule, reason in o.dropped:
            lines.append(f"    dropped by {rule}: {reason}")
    return "\n".join(lines) + "\n" if lines else ""


def _event_row(ev: Event, explain: bool) -> list[str]:
    flags = []
    if ev.negated:
        flags.append("NEGATED")
    if ev.modality != "actual":
        flags.append(ev.modality)
    extra = []
    if ev.claimed_by:
        extra.append(f"claimed by {ev.claimed_by.code} ({ev.claimed_by.text})")
    if ev.quantity:
        q = ev.quantity
        extra.append(format_quantity(q.value, q.unit, q.qualifier))
    if ev.location:
        extra.append(f"in {ev.location.name}")
    if ev.when:
        extra.append(f"on {ev.when}")
    evidence = escape(ev.sentence.text)
    if explain:
        evidence += "\n[dim]" + escape(", ".join(ev.lexicon)) + "[/dim]"
    cells = [ev.doc, f"{ev.type} {ev.cameo}" + (f"\n{ev.mode}" if ev.mode else ""), _actor(ev.source),
             _actor(ev.target), f"{ev.trigger.text}\n{' '.join(flags)}".strip(), "; ".join(extra)]
    return [escape(c) for c in cells] + [evidence]


@app.command("extract")
def extract_cmd(
    paths: Annotated[list[str], typer.Argument(help=".txt (one article), .jsonl (one per line) or .csv (one per row) "
                                               "files; - for stdin")],
    lang: Annotated[LangChoice, typer.Option(help="language of .txt input (auto = detect)")] = LangChoice.auto,
    published: Annotated[str | None, typer.Option(help="publication date YYYY-MM-DD for .txt input")] = None,
    fmt: Annotated[Format | None, typer.Option("--format", help="table (default on a terminal) or jsonl")] = None,
    explain: Annotated[bool, typer.Option(help="print, per sentence, each trigger candidate and the events it "
                                          "gave (with the coding conventions and lexicon entries behind them) "
                                          "or the convention that dropped it")] = False,
    date_order: DateOrderOpt = DateOrder.dmy,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    id_column: IdColumnOpt = None,
    title_column: TitleColumnOpt = None,
    url_column: UrlColumnOpt = None,
    home: HomeOpt = None,
) -> None:
    """Code the events in news articles: who did what to whom, when, where, how much, according to whom."""
    pub = _parse_day(published)
    options = ReadOptions(date_order=date_order.value, home=check_home(home),
                          columns=columns(text_column, date_column, id_column, title_column, url_column))
    out_format = fmt or (Format.table if sys.stdout.isatty() else Format.jsonl)
    read_ok = errors = n_events = 0
    table = Table("doc", "event", "source", "target", "trigger", "details", "evidence", show_lines=True)
    progress = Progress(SpinnerColumn(), TextColumn("{task.description}"), TimeElapsedColumn(), console=err,
                        transient=True, disable=not err.is_terminal)  # fmt: skip
    with progress:
        task = progress.add_task("reading")
        for item in read_articles(paths, lang.value, pub, options):
            if isinstance(item, ReadWarning):
                err.print(f"[yellow]warning[/yellow] {escape(str(item))}")
                continue
            if isinstance(item, ReadError):
                errors += 1
                err.print(f"[red]error[/red] {escape(str(item))}")
                continue
            read_ok += 1
            if explain:
                events, outcomes = explain_article(item)
                n_events += len(events)
                sys.stdout.write(_explanation(outcomes, item.id))
                continue
            for ev in extract_article(item):
                n_events += 1
                if out_format is Format.jsonl:
                    sys.stdout.write(json.dumps(ev.to_dict(), ensure_ascii=False) + "\n")
                else:
                    table.add_row(*_event_row(ev, explain))
            progress.update(task, description=f"{read_ok} articles, {n_events} events, {errors} errors")
    if out_format is Format.table and not explain:
        Console(emoji=False, highlight=False).print(table)
    if read_ok == 0:
        err.print(f"nothing could be read ({errors} error(s))")
        raise typer.Exit(1)


@app.command("evaluate")
def evaluate_cmd(
    gold: Annotated[Path, typer.Argument(help="gold JSONL file (see ../shared/gold/GUIDELINES.md)")],
    verbose: Annotated[bool, typer.Option("--verbose", "-v", help="list every miss and false alarm")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="print the scores as JSON")] = False,
) -> None:
    """Score extraction against hand-coded gold: P/R/F1 overall, per language and type, field accuracies."""
    from warta.evaluate import evaluate_records

    try:
        records = load_gold(gold)
    except (OSError, ValueError) as exc:
        err.print(f"[red]error[/red] {exc}")
        raise typer.Exit(1) from None
    score = evaluate_records(records, extract_article)
    if as_json:
        print(json.dumps(score.as_dict(), indent=2))
        return
    console = Console(emoji=False, highlight=False)
    t = Table("scope", "P", "R", "F1", "TP", "FP", "FN", title=f"event scores on {gold}")
    rows = [("overall", score.overall)] + [(f"lang {k}", v) for k, v in sorted(score.by_lang.items())]
    rows += [(f"type {k}", v) for k, v in sorted(score.by_type.items())]
    for name, c in rows:
        t.add_row(name, f"{c.precision:.3f}", f"{c.recall:.3f}", f"{c.f1:.3f}", str(c.tp), str(c.fp), str(c.fn))
    console.print(t)
    f = Table("field", "accuracy over matched pairs", title=f"{score.pairs} matched pairs")
    for name, acc in score.field_accuracy().items():
        f.add_row(name, f"{acc:.3f}")
    console.print(f)
    if verbose:
        for rid, text, g in score.misses:
            console.print(f"MISS  {rid}: {g['type']} {g['source']}->{g.get('target') or '-'} "
                          f"«{g.get('trigger', '')}»\n    {text}", highlight=False, markup=False)  # fmt: skip
        for rid, text, p in score.false_alarms:
            console.print(f"FALSE {rid}: {p['type']} {p['source']}->{p['target'] or '-'} "
                          f"«{p['trigger']}»\n    {text}", highlight=False, markup=False)  # fmt: skip
