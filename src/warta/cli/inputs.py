"""Options shared by the commands that read articles (``extract``, ``ingest``, ``spark extract``):
the day/month order of ``N/N/YYYY`` dates and the names of CSV columns (or JSON keys)."""

from __future__ import annotations

from enum import StrEnum
from typing import Annotated

import typer

from warta.records import Columns

__all__ = ["DateColumnOpt", "DateOrder", "DateOrderOpt", "HomeOpt", "IdColumnOpt", "TextColumnOpt", "TitleColumnOpt",
           "UrlColumnOpt", "check_home", "columns"]


class DateOrder(StrEnum):
    dmy = "dmy"
    mdy = "mdy"


DateOrderOpt = Annotated[DateOrder, typer.Option(
    help="Order of N/N/YYYY dates when a file does not show it (no day over 12); a warning says it was assumed.")]
TextColumnOpt = Annotated[str | None, typer.Option(
    help="CSV column (or JSON key) of the article text (default: text, content, body, isi, isi_berita).")]
DateColumnOpt = Annotated[str | None, typer.Option(
    help="Column of the publication date (default: date, published, tanggal).")]
IdColumnOpt = Annotated[str | None, typer.Option(help="Column of the article id (default: id).")]
TitleColumnOpt = Annotated[str | None, typer.Option(help="Column of the title (default: title, judul).")]
UrlColumnOpt = Annotated[str | None, typer.Option(help="Column of the URL (default: url, link, tautan).")]
HomeOpt = Annotated[str | None, typer.Option(
    help="The outlet's country (ISO 3166-1 alpha-3, e.g. IDN for kumparan or Detik, AUS for ABC) where a record does "
         "not give its \"home\": the last country of the bare \"polisi\" or \"the court\" of an article that names no "
         "state and no place.")]


def check_home(value: str | None, option: str = "--home") -> str | None:
    """The ``--home`` code upper-cased, or a clear error for one that is no state."""
    if value is None or not value.strip():
        return None
    from warta.knowledge.countries import home_code

    try:
        return home_code(value)
    except ValueError as exc:
        raise typer.BadParameter(str(exc), param_hint=option) from None


def columns(text: str | None, date: str | None, id: str | None, title: str | None, url: str | None) -> Columns:
    """The :class:`~warta.records.Columns` of the ``--*-column`` options."""
    return Columns(id=id, text=text, title=title, date=date, url=url)
