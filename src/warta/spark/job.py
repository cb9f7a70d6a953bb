"""warta on Apache Spark: a session helper, the article reader and the extraction job.

The extraction runs in executor Python workers through ``mapInArrow``: each
worker imports this module once, builds the extractor (lexicons, automata) once
per process through :func:`_extractor` and keeps it for every batch of every
task it runs (Spark reuses Python workers by default).  Nothing but the
article columns travels to the executors; the lexicons come from the installed
``warta`` package on each executor.
"""

from __future__ import annotations

import os
import sys
import warnings
from collections.abc import Callable, Iterator
from functools import lru_cache, partial
from typing import TYPE_CHECKING, Any

import pyarrow as pa

from warta.io import ReadError, ReadOptions, ReadWarning
from warta.model import Article, Event
from warta.spark.articles import (
    ARTICLE_COLUMNS,
    CSV_SUFFIXES,
    JSON_SUFFIXES,
    REQUIRED_COLUMNS,
    article_from_record,
    article_row,
    input_format,
    read_file,
)
from warta.spark.schema import event_spark_schema, events_to_batch

if TYPE_CHECKING:
    from pyspark.sql import DataFrame, SparkSession

__all__ = [
    "extract_dataframe",
    "extract_path",
    "problems_accumulator",
    "read_files",
    "stats_accumulator",
    "is_local_master",
    "read_articles_df",
    "session",
]

#: Local-mode defaults: driver memory, and Arrow batch rows handed to one Python call.
LOCAL_MEMORY = "1750m"
BATCH_ROWS = 2000


def is_local_master(master: str) -> bool:
    return master == "local" or master.startswith("local[") or master.startswith("local-cluster[")


def session(master: str | None = "local[*]", *, app_name: str = "warta", memory: str = LOCAL_MEMORY,
            conf: dict[str, str] | None = None) -> SparkSession:
    """Get or create a SparkSession set up for warta.

    For a local master the driver, its block manager and the executors bind to
    127.0.0.1 only, the web UI is off, the executors' Python is this
    interpreter (``PYSPARK_PYTHON``) and the driver gets ``memory``.  For a
    cluster master (``yarn``, ``k8s://...``, ``spark://...``) or ``master=None``
    (spark-submit already chose) nothing network-related is forced: the cluster
    settings of spark-submit or ``spark-defaults.conf`` apply.
    """
    from pyspark.sql import SparkSession

    # mapInArrow never touches pandas; PySpark's "pandas >= 3 not fully supported" notice is noise here.
    warnings.filterwarnings("ignore", message="PySpark does not yet fully support pandas", category=FutureWarning)
    builder = SparkSession.builder.appName(app_name)
    settings = {
        "spark.ui.showConsoleProgress": "false",
        "spark.sql.execution.arrow.pyspark.enabled": "true",
        "spark.sql.execution.arrow.maxRecordsPerBatch": str(BATCH_ROWS),
        "spark.sql.session.timeZone": "UTC",
        "spark.python.worker.reuse": "true",
    }
    if master is not None:
        builder = builder.master(master)
    if master is not None and is_local_master(master):
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        os.environ.setdefault("SPARK_LOCAL_IP", "127.0.0.1")
        settings.update({
            "spark.driver.host": "127.0.0.1",
            "spark.driver.bindAddress": "127.0.0.1",
            "spark.ui.enabled": "false",
            "spark.driver.memory": memory,
            "spark.sql.shuffle.partitions": "4",
        })
    settings.update(conf or {})
    for key, value in settings.items():
        builder = builder.config(key, value)
    spark = builder.getOrCreate()
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def read_articles_df(spark: SparkSession, path: str, fmt: str | None = None, options: ReadOptions | None = None,
                     problems: Any = None) -> DataFrame:
    """Read articles (Parquet, JSON Lines or CSV) into the columns :data:`ARTICLE_COLUMNS`.

    JSON Lines and CSV files are read whole on the executors by the reader of ``warta
    extract`` (:func:`read_files`): the same fields, column names, ids and publication dates
    (``options``: day/month order, column names), and a bad record is skipped and counted in
    ``problems`` (an accumulator from :func:`problems_accumulator`) by file:line; the rest of the
    file is read.  A Parquet ``date`` may be a date, a timestamp or text in any form
    :func:`warta.spark.articles.parse_published` reads; missing optional columns are null; rows
    without ``id`` or ``text`` are dropped.
    """
    fmt = fmt or input_format(path)
    if fmt in ("json", "csv"):
        suffixes = JSON_SUFFIXES if fmt == "json" else CSV_SUFFIXES
        files = (spark.read.format("binaryFile")
                 .option("pathGlobFilter", "*{" + ",".join(suffixes) + "}")
                 .option("recursiveFileLookup", "true")
                 .load(path).select("path", "content"))
        fn = partial(read_files, fmt=fmt, options=options or ReadOptions(), problems=problems)
        return files.mapInArrow(fn, ", ".join(f"`{c}` STRING" for c in ARTICLE_COLUMNS))
    if fmt == "parquet":
        df = spark.read.parquet(path)
    else:
        raise ValueError(f"unknown input format {fmt!r} (json, csv or parquet)")
    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"{path}: input lacks required column(s) {', '.join(missing)}; has {df.columns}")
    return _normalize(df)


_ARTICLE_ARROW = pa.schema([(c, pa.string()) for c in ARTICLE_COLUMNS])


def read_files(batches: Iterator[pa.RecordBatch], fmt: str, options: ReadOptions,
               problems: Any = None) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function of the reading stage: ``(path, content)`` rows of whole
    files in, article rows out; errors and warnings go to ``problems`` (and the executor's stderr)."""
    import io

    for batch in batches:
        rows: list[dict] = []
        n_errors = n_warnings = 0
        messages: list[str] = []
        for rec in batch.to_pylist():
            name = rec["path"].removeprefix("file://").removeprefix("file:")
            for x in read_file(io.BytesIO(rec["content"]), name, fmt, options):
                if isinstance(x, ReadError):
                    is_warning = isinstance(x, ReadWarning)
                    n_errors, n_warnings = n_errors + (not is_warning), n_warnings + is_warning
                    message = f"{'warning: ' if is_warning else ''}{x}"
                    print(f"warta: {message}", file=sys.stderr)
                    messages.append(message)
                else:
                    rows.append(article_row(x))
        if problems is not None:
            problems.add((n_errors, n_warnings, messages[: _ProblemsParam.KEEP]))
        yield pa.RecordBatch.from_pylist(rows, schema=_ARTICLE_ARROW)


def _normalize(df: DataFrame) -> DataFrame:
    """Select :data:`ARTICLE_COLUMNS` as strings; drop rows without id or text.

    Every column travels as text (a date or timestamp becomes ``2024-11-14`` or
    ``2024-11-14 08:00:00``, read back by :func:`parse_published`), so the
    executors and ``warta load`` build the same Article from the same row.
    """
    from pyspark.sql import functions as F

    missing = [c for c in REQUIRED_COLUMNS if c not in df.columns]
    if missing:
        raise ValueError(f"DataFrame lacks required column(s) {', '.join(missing)}; has {df.columns}")
    cols = [
        (F.col(c) if c in df.columns else F.lit(None)).cast("string").alias(c) for c in ARTICLE_COLUMNS
    ]
    return df.select(*cols).where(F.col("id").isNotNull() & F.col("text").isNotNull())


@lru_cache(maxsize=1)
def _extractor() -> Callable[[Article], list[Event]]:
    """The extractor of this Python process, built on first use and kept (one per executor worker)."""
    from warta.api import coder, extract_article
    from warta.lexicon.registry import available_languages

    # Build every language's lexicons and automata now, once: a broken lexicon fails the
    # task here, loudly, instead of failing each article inside the per-article guard.
    for lang in available_languages():
        coder(lang)
    extract_article(Article(id="warm-up", text="Warm up.", lang=None))  # and the language identifier
    return extract_article


def _articles(batch: pa.RecordBatch) -> Iterator[Article]:
    for rec in batch.to_pylist():
        yield article_from_record(rec)


Stats = tuple[int, int, int, list[str]]  # articles, events, failed articles, first failure messages


class _StatsParam:
    """An AccumulatorParam (duck-typed, so this module imports without pyspark) adding up
    :data:`Stats`; only the first :attr:`KEEP` failure messages are kept."""

    KEEP = 20

    def zero(self, value: Stats) -> Stats:
        return (0, 0, 0, [])

    def addInPlace(self, a: Stats, b: Stats) -> Stats:
        return (a[0] + b[0], a[1] + b[1], a[2] + b[2], (a[3] + b[3])[: self.KEEP])


def extract_batches(batches: Iterator[pa.RecordBatch], stats: Any = None) -> Iterator[pa.RecordBatch]:
    """The ``mapInArrow`` function: article batches in, event batches out (order kept).

    An article whose extraction raises is skipped and written to the executor's
    stderr, so one pathological text does not fail a job over millions.  With
    ``stats`` (an accumulator from :func:`stats_accumulator`) the articles,
    events and failures are counted for the driver to report.
    """
    extract = _extractor()
    for batch in batches:
        events: list[Event] = []
        failed: list[str] = []
        for article in _articles(batch):
            try:
                events.extend(extract(article))
            except Exception as exc:  # noqa: BLE001 - counted and reported, the job goes on
                message = f"article {article.id!r}: {type(exc).__name__}: {exc}"
                print(f"warta: extraction failed: {message}", file=sys.stderr)
                failed.append(message)
        if stats is not None:
            stats.add((batch.num_rows, len(events), len(failed), failed[: _StatsParam.KEEP]))
        yield events_to_batch(events)


def extract_dataframe(df: DataFrame, partitions: int | None = None, stats: Any = None) -> DataFrame:
    """Events of every article of ``df``, as a DataFrame with the columns of ``extract --format jsonl``.

    ``df`` needs ``id`` and ``text`` columns; ``lang``, ``date``, ``title``,
    ``url`` and ``source`` are used when present (see :func:`read_articles_df`
    for the accepted types).  Each Python task costs ~25 ms, so a DataFrame
    with fewer partitions than the cluster's parallelism is spread round-robin
    over exactly that many (or over ``partitions`` when given); a DataFrame
    with more partitions is left as it is.  ``stats``: an accumulator from
    :func:`stats_accumulator` that counts articles, events and articles whose
    extraction raised (those are skipped either way).
    """
    articles = _normalize(df)
    if partitions:
        articles = articles.repartition(partitions)
    else:
        try:
            target = articles.sparkSession.sparkContext.defaultParallelism
            if articles.rdd.getNumPartitions() < target:
                articles = articles.repartition(target)
        except Exception:  # Spark Connect has no SparkContext/RDD: keep the input partitioning
            pass
    fn = partial(extract_batches, stats=stats) if stats is not None else extract_batches
    return articles.mapInArrow(fn, event_spark_schema())


class _ProblemsParam:
    """An AccumulatorParam adding up ``(errors, warnings, first messages)`` of the reading stage."""

    KEEP = 50

    def zero(self, value: tuple) -> tuple:
        return (0, 0, [])

    def addInPlace(self, a: tuple, b: tuple) -> tuple:
        return (a[0] + b[0], a[1] + b[1], (a[2] + b[2])[: self.KEEP])


def problems_accumulator(spark: SparkSession) -> Any:
    """An accumulator for :func:`read_articles_df`; after an action its ``.value`` is
    ``(bad records, warnings, first messages naming file:line)``."""
    return spark.sparkContext.accumulator((0, 0, []), _ProblemsParam())


def stats_accumulator(spark: SparkSession) -> Any:
    """An accumulator for :func:`extract_dataframe`; after an action its ``.value`` is
    ``(articles, events, failed, first failure messages)`` (a retried task counts twice)."""
    return spark.sparkContext.accumulator((0, 0, 0, []), _StatsParam())


def extract_path(spark: SparkSession, input_path: str, output_path: str, *, fmt: str | None = None,
                 partitions: int | None = None, mode: str = "overwrite",
                 options: ReadOptions | None = None) -> dict[str, Any]:
    """Read articles from ``input_path``, extract, write the events as Parquet to ``output_path``.

    Returns counts: ``articles`` read, ``events`` written, ``failed`` articles
    (extraction raised; skipped) and the first ``failures`` messages, ``bad_records``
    (JSON Lines or CSV records skipped), ``warnings`` and the first ``problems`` messages
    naming file:line, counted as the job runs (no second pass over input or output).
    """
    stats, problems = stats_accumulator(spark), problems_accumulator(spark)
    extract_dataframe(read_articles_df(spark, input_path, fmt, options, problems), partitions, stats) \
        .write.mode(mode).parquet(output_path)
    n_articles, n_events, n_failed, messages = stats.value
    n_bad, n_warnings, problem_messages = problems.value
    return {"articles": n_articles, "events": n_events, "failed": n_failed, "failures": messages,
            "bad_records": n_bad, "warnings": n_warnings, "problems": problem_messages, "output": output_path}
