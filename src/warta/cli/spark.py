"""``warta spark extract`` (events of a corpus on Spark) and ``warta load`` (Spark output into the store).

pyspark is imported only when a Spark command runs, so the rest of the CLI
works without the ``spark`` extra.
"""

from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Annotated

import typer

from warta.cli import app
from warta.cli.inputs import (
    DateColumnOpt,
    DateOrder,
    DateOrderOpt,
    IdColumnOpt,
    TextColumnOpt,
    TitleColumnOpt,
    UrlColumnOpt,
    columns,
)

__all__ = ["spark_app"]

spark_app = typer.Typer(
    name="spark",
    help="Run extraction on Apache Spark (local, YARN, Kubernetes, standalone, Databricks).",
    no_args_is_help=True,
    add_completion=False,
)
app.add_typer(spark_app, name="spark")


@spark_app.callback()
def _spark_group() -> None:
    """Run extraction on Apache Spark (local, YARN, Kubernetes, standalone, Databricks)."""
    # A callback keeps `extract` a subcommand when spark_app runs alone (warta/cli/spark_submit.py).


def _default_master() -> str | None:
    # Under spark-submit the JVM is already up with the submitted --master: don't override it.
    return None if os.environ.get("PYSPARK_GATEWAY_PORT") else "local[*]"


@spark_app.command("extract")
def extract_cmd(
    input_path: Annotated[str, typer.Argument(metavar="INPUT", help="Parquet, JSON Lines or CSV (file or directory) "
                                              "with id, text and optional lang, date, title, url, source.")],
    output_path: Annotated[str, typer.Argument(metavar="OUTPUT", help="Parquet directory of events to write "
                                               "(replaced if it exists).")],
    master: Annotated[str | None, typer.Option(help="local[*], local[2], yarn, k8s://..., spark://... "
                                               "(default: local[*], or the master spark-submit chose)")] = None,
    fmt: Annotated[str | None, typer.Option("--format", help="json, csv or parquet (default: from the file name)")] = None,
    partitions: Annotated[int | None, typer.Option(help="Spread the articles over this many tasks "
                                                   "(default: the cluster's parallelism)")] = None,
    memory: Annotated[str, typer.Option(help="Driver memory in local mode (where the executors live).")] = "1750m",
    conf: Annotated[list[str] | None, typer.Option(help="Extra Spark setting KEY=VALUE (repeatable).")] = None,
    date_order: DateOrderOpt = DateOrder.dmy,
    text_column: TextColumnOpt = None,
    date_column: DateColumnOpt = None,
    id_column: IdColumnOpt = None,
    title_column: TitleColumnOpt = None,
    url_column: UrlColumnOpt = None,
) -> None:
    """Extract events from every article of INPUT on Spark; write them as Parquet to OUTPUT.

    OUTPUT has exactly the columns of `warta extract --format jsonl` (nested values as structs, lexicon as a list of strings). Bring it into a store with `warta load OUTPUT`.
    """
    from warta.records import ReadOptions
    from warta.spark import extract_path, session
    from warta.spark.articles import input_format
    from warta.spark.load import options_to_json, write_manifest

    options = ReadOptions(date_order=date_order.value,
                          columns=columns(text_column, date_column, id_column, title_column, url_column))
    settings = {}
    for item in conf or []:
        key, sep, value = item.partition("=")
        if not sep or not key:
            raise typer.BadParameter(f"{item!r}: expected KEY=VALUE", param_hint="--conf")
        settings[key] = value
    if not Path(input_path).exists() and "://" not in input_path:
        raise typer.BadParameter(f"{input_path}: no such file or directory", param_hint="INPUT")
    from pyspark.sql import SparkSession

    started = time.perf_counter()
    owned = SparkSession.getActiveSession() is None  # in a notebook or test, leave the session running
    spark = session(master or _default_master(), memory=memory, conf=settings)
    try:
        counts = extract_path(spark, input_path, output_path, fmt=fmt, partitions=partitions, options=options)
        seconds = time.perf_counter() - started
        local_input = "://" not in input_path
        write_manifest(output_path, {
            "input": str(Path(input_path).resolve()) if local_input else input_path,
            "format": fmt or (input_format(input_path) if local_input else None),
            "articles": counts["articles"],
            "events": counts["events"],
            "master": spark.sparkContext.master,
            "seconds": round(seconds, 2),
            "read_options": options_to_json(options),
        })
    except ValueError as exc:
        raise typer.BadParameter(str(exc)) from None
    finally:
        if owned:
            spark.stop()
    for message in counts["problems"]:
        typer.echo(message, err=True)
    if counts["bad_records"] + counts["warnings"] > len(counts["problems"]):
        typer.echo(f"({counts['bad_records']} bad records and {counts['warnings']} warnings in all; the first "
                   f"{len(counts['problems'])} are shown above)", err=True)
    typer.echo(json.dumps({**counts, "seconds": round(seconds, 2)}))
    if counts["failed"]:
        typer.echo(f"warning: extraction raised on {counts['failed']} articles (skipped; see \"failures\" "
                   "and the executors' stderr)", err=True)


@app.command("load")
def load_cmd(
    events_path: Annotated[Path, typer.Argument(metavar="OUTPUT", help="The Parquet written by "
                                                "`warta spark extract` (file or directory).")],
    db: Annotated[Path, typer.Option(help="The store (SQLite file).")] = Path("warta.db"),
    articles: Annotated[str | None, typer.Option(help="The articles INPUT the events came from "
                                                 "(default: the one recorded in OUTPUT/_warta.json)")] = None,
) -> None:
    """Bring events extracted on Spark into the store, clustered as if ingested locally.

    The store keeps each article's text and sentences, so the articles are read again from the job's INPUT (recorded by `warta spark extract`, or given with --articles).
    """
    from warta.spark.load import articles_path_of, load_events
    from warta.store import open as open_store

    source = articles or articles_path_of(events_path)
    if source is None:
        raise typer.BadParameter(f"{events_path} records no INPUT (no _warta.json there): give --articles",
                                 param_hint="--articles")
    if not Path(source).exists():
        raise typer.BadParameter(f"{source}: no such file or directory", param_hint="--articles")
    if not events_path.exists():
        raise typer.BadParameter(f"{events_path}: no such file or directory", param_hint="OUTPUT")
    with open_store(db) as st:
        report = load_events(st, events_path, source)
    typer.echo(json.dumps({
        "articles_read": report.articles_read, "articles_added": report.articles_added,
        "duplicates": report.duplicates, "events_added": report.events_added,
        "mentions_added": report.mentions_added, "errors": list(report.errors),
        "seconds": round(report.seconds, 2),
    }))
    if report.errors:
        raise typer.Exit(1)
