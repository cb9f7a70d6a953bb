"""The ``warta`` command: a thin Typer layer over :mod:`warta.api`.

Each command group lives in its own module and registers itself on ``app``.
"""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="warta",
    help="Sourced event data from Indonesian and English news.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Command modules, imported for their side effect of registering commands.
_COMMAND_MODULES = ("extract", "store", "web", "spark", "parse", "lexicon")
for _name in _COMMAND_MODULES:
    importlib.import_module(f"warta.cli.{_name}")


def main() -> None:
    app()
