"""warta on Apache Spark (``pip install "warta[spark]"``).

>>> from warta.spark import session, extract_dataframe
>>> spark = session("local[2]")
>>> events = extract_dataframe(spark.read.parquet("articles.parquet"))
>>> events.write.parquet("events.parquet")

The event columns are exactly those of ``warta extract --format jsonl``
(:func:`event_arrow_schema`); :func:`read_events` reads them back as
:class:`warta.model.Event` values without Spark.
"""

from warta.spark.articles import ARTICLE_COLUMNS, iter_articles, parse_published
from warta.spark.job import (
    extract_dataframe,
    extract_path,
    is_local_master,
    read_articles_df,
    session,
)
from warta.spark.schema import (
    event_arrow_schema,
    event_spark_schema,
    events_to_batch,
    iter_event_batches,
    read_events,
)

__all__ = [
    "ARTICLE_COLUMNS",
    "event_arrow_schema",
    "event_spark_schema",
    "events_to_batch",
    "extract_dataframe",
    "extract_path",
    "is_local_master",
    "iter_articles",
    "iter_event_batches",
    "parse_published",
    "read_articles_df",
    "read_events",
    "session",
]
