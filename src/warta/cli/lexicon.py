"""``warta lexicon coverage``: which CAMEO codes each language's trigger lexicon covers."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from warta.cli import app
from warta.lexicon.coverage import coverage, entries_per_code

__all__ = ["coverage_cmd"]

lexicon_app = typer.Typer(help="Inspect the language lexicons.", no_args_is_help=True)
app.add_typer(lexicon_app, name="lexicon")
out = Console(width=None if sys.stdout.isatty() else 200, highlight=False)


class CoverageFormat(StrEnum):
    table = "table"
    json = "json"


@lexicon_app.command("coverage")
def coverage_cmd(
    fmt: Annotated[CoverageFormat, typer.Option("--format", help="table (readable) or json.")] = CoverageFormat.table,
    lang: Annotated[list[str] | None, typer.Option("--lang", help="Only these languages (repeatable).")] = None,
) -> None:
    """Per language: the CAMEO codes its triggers cover, the codebook's total, and the codes missing."""
    try:
        result = coverage(tuple(lang) if lang else None)
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    if fmt is CoverageFormat.json:
        print(json.dumps({k: v.as_json() for k, v in result.items()}, ensure_ascii=False))
        return
    table = Table(title="CAMEO codes covered by the trigger lexicons")
    for col in ("language", "covered", "total", "entries", "thin (< 3 entries)", "missing"):
        table.add_column(col)
    for code, cov in result.items():
        counts = entries_per_code(code)
        thin = sorted(c for c, n in counts.items() if 0 < n < 3 and len(c) >= 3)
        table.add_row(code, str(cov.covered), str(cov.total), str(cov.entries), " ".join(thin) or "—",
                      " ".join(cov.missing) or "—")  # fmt: skip
    out.print(table)
