"""The Spark side without Spark: event schema, Parquet round trip, article records, pairing."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from warta.model import ActorRef, Claim, Event, Place, Quantity, SentenceRef, Span
from warta.spark.articles import (
    ARTICLE_COLUMNS,
    ArticleRecordError,
    article_from_record,
    iter_articles,
    parse_published,
)
from warta.spark.load import Pairing, articles_path_of, pair_events, write_manifest
from warta.spark.schema import event_arrow_schema, events_to_batch, iter_event_batches, read_events


def _event(doc: str, i: int, *, full: bool) -> Event:
    """An Event value with every optional part present (full) or absent."""
    sent = SentenceRef(i, 10 * i, 10 * i + 9, f"sentence {i}")
    return Event(
        doc=doc,
        type="AID",
        mode="military" if full else None,
        cameo="0712",
        quad="2",
        source=ActorRef("PRK", "North Korea", "Korut", 0, 5),
        target=ActorRef("RUS", "Russia", "Rusia", 20, 25) if full else None,
        negated=not full,
        modality="actual" if full else "planned",
        claimed_by=Claim("ANON", "kata salah satu orang", 30, 51) if full else None,
        location=Place("Kursk", "RUS", 51.73, 36.19, "Kursk") if full else None,
        when="2024-11" if full else None,
        quantity=(Quantity(10000, "troops", "more than", "lebih dari 10.000 pasukan") if i % 2
                  else Quantity(2.5, "ton", None, "2,5 ton")) if full else None,
        trigger=Span("mengirim", 12, 20),
        sentence=sent,
        lexicon=("id:triggers.tsv:12", "id:cues.tsv:3") if full else (),
    )


EVENTS = [_event("a", 0, full=True), _event("a", 1, full=True), _event("b", 2, full=False)]


def _keys(d: object) -> object:
    """The nested key structure of a JSON value (names and order, not values)."""
    if isinstance(d, dict):
        return [(k, _keys(v)) for k, v in d.items()]
    return None


def test_schema_columns_are_the_jsonl_keys_in_order() -> None:
    schema = event_arrow_schema()
    assert schema.names == list(EVENTS[0].to_dict())
    for field in schema:
        if pa.types.is_struct(field.type):
            assert [f.name for f in field.type] == list(EVENTS[0].to_dict()[field.name]), field.name
    assert schema.field("lexicon").type == pa.list_(pa.string())
    # Optional in the model, nullable in the schema; and not otherwise.
    assert schema.field("target").nullable and not schema.field("source").nullable
    assert schema.field("quantity").type.field("value").type == pa.float64()


@pytest.mark.parametrize("event", EVENTS, ids=["full-int", "full-float", "bare"])
def test_batch_rows_are_the_jsonl_objects(event: Event) -> None:
    row = events_to_batch([event]).to_pylist()[0]
    assert _keys(row) == _keys(event.to_dict())
    assert row == event.to_dict()


def test_parquet_round_trip_gives_the_same_events_and_json(tmp_path) -> None:
    folder = tmp_path / "out"
    folder.mkdir()
    pq.write_table(pa.Table.from_batches([events_to_batch(EVENTS[:2])]), folder / "part-0.parquet")
    pq.write_table(pa.Table.from_batches([events_to_batch(EVENTS[2:])]), folder / "part-1.parquet")
    (folder / "_SUCCESS").write_text("")
    back = read_events(folder)
    assert back == EVENTS
    # The JSON is the one extract prints: an integral quantity comes back as an int.
    assert [json.dumps(e.to_dict()) for e in back] == [json.dumps(e.to_dict()) for e in EVENTS]
    assert [len(b) for b in iter_event_batches(folder, batch_size=1)] == [1, 1, 1]


def test_reading_parquet_with_other_columns_names_the_file(tmp_path) -> None:
    bad = tmp_path / "x.parquet"
    pq.write_table(pa.table({"doc": ["a"], "type": ["AID"]}), bad)
    with pytest.raises(ValueError, match="x.parquet"):
        read_events(bad)
    with pytest.raises(FileNotFoundError):
        read_events(tmp_path / "missing")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2024-11-14", date(2024, 11, 14)),
        ("2024-11-14T08:00:00+07:00", date(2024, 11, 14)),
        ("2024-11-14 08:00:00", date(2024, 11, 14)),
        ("20241114", date(2024, 11, 14)),
        (date(2024, 2, 29), date(2024, 2, 29)),
        (datetime(2024, 11, 14, 23, 59), date(2024, 11, 14)),
        ("2024", None),
        ("2024-11", None),
        ("14/11/2024", date(2024, 11, 14)),
        ("Kamis, 14 November 2024 08:00 WIB", date(2024, 11, 14)),
        ("0001-01-01", None),
        ("when it rained", None),
        ("2023-02-29", None),
        ("", None),
        (None, None),
    ],
)
def test_parse_published(value, expected) -> None:
    assert parse_published(value) == expected


def test_article_from_record() -> None:
    a = article_from_record({"id": 7, "text": "Teks.", "lang": "auto", "date": "2024-11-15", "url": "http://x/y"})
    assert (a.id, a.text, a.lang, a.published, a.url, a.title, a.source) == (
        "7", "Teks.", None, date(2024, 11, 15), "http://x/y", None, None)
    with pytest.raises(ArticleRecordError):
        article_from_record({"id": "x"})
    # `published` stands in for a missing `date`, as in `warta extract`.
    assert article_from_record({"id": "x", "text": "", "published": "2024-01-02"}).published == date(2024, 1, 2)


def _articles_file(tmp_path, kind: str):
    rows = [
        {"id": "a", "text": "Satu.", "lang": "id", "date": "2024-11-15", "extra": 1},
        {"id": "b", "text": "Two.", "lang": "en"},
        {"id": None, "text": "no id"},
        {"id": "c", "text": None},
        {"id": "a", "text": "Satu lagi."},
    ]
    if kind == "jsonl":
        path = tmp_path / "in.jsonl"
        path.write_text("\n".join(json.dumps(r) for r in rows) + "\n\n", encoding="utf-8")
    else:
        path = tmp_path / "in.parquet"
        table = pa.Table.from_pylist(rows)
        table = table.set_column(table.schema.get_field_index("date"), "date",
                                 pa.array([date(2024, 11, 15), None, None, None, None], pa.date32()))
        pq.write_table(table, path)
    return path


@pytest.mark.parametrize("kind", ["jsonl", "parquet"])
def test_iter_articles_reads_like_the_spark_job(tmp_path, kind) -> None:
    arts = list(iter_articles(_articles_file(tmp_path, kind)))
    # JSON Lines are read as `warta extract` reads them: a record without id gets file-line.
    no_id = [("in-3", "no id", None, None)] if kind == "jsonl" else []
    assert [(a.id, a.text, a.lang, a.published) for a in arts] == [
        ("a", "Satu.", "id", date(2024, 11, 15)),
        ("b", "Two.", "en", None),
        *no_id,
        ("a", "Satu lagi.", None, None),
    ]


def test_iter_articles_reports_bad_records_by_file_and_line_and_reads_on(tmp_path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a", "text": "x"}\n{"id": \n{"id": "b", "text": "y", "url": 5}\n{"id": "c", "text": "z"}\n',
                    encoding="utf-8")
    errors: list = []
    assert [a.id for a in iter_articles(path, on_error=errors.append)] == ["a", "c"]
    assert [str(e).split(": ")[0] for e in errors] == [f"{path}:2", f"{path}:3"]
    assert set(ARTICLE_COLUMNS) >= {"id", "text", "lang", "date", "url", "source"}


def test_pair_events_joins_articles_with_their_events(tmp_path) -> None:
    events_dir = tmp_path / "events"
    events_dir.mkdir()
    orphan = _event("zz", 3, full=False)
    pq.write_table(pa.Table.from_batches([events_to_batch([*EVENTS, orphan])]), events_dir / "p.parquet")
    articles = _articles_file(tmp_path, "jsonl")
    report = Pairing()
    pairs = list(pair_events(events_dir, articles, report))
    assert [(a.id, ev) for a, ev in pairs] == [("a", tuple(EVENTS[:2])), ("b", (EVENTS[2],)), ("in-3", ())]
    assert (report.articles, report.events, report.duplicate_ids) == (3, 3, ["a"])
    assert report.orphan_docs == ["zz"] and report.orphan_events == 1
    assert len(report.errors) == 2 and "'zz'" in report.errors[1]


def test_manifest_records_the_input(tmp_path) -> None:
    from warta.records import Columns, ReadOptions
    from warta.spark.load import options_of, options_to_json

    assert articles_path_of(tmp_path) is None
    assert write_manifest(tmp_path / "missing", {"input": "x"}) is None
    write_manifest(tmp_path, {"input": "/data/in.jsonl"})
    assert articles_path_of(tmp_path) == "/data/in.jsonl"
    assert options_of(tmp_path) == ReadOptions()
    # The reading options travel with the output, so `warta load` reads INPUT as the job did.
    opts = ReadOptions(date_order="mdy", columns=Columns(text="naskah", date="hari"))
    write_manifest(tmp_path, {"input": "/data/in.csv", "read_options": options_to_json(opts)})
    assert options_of(tmp_path) == opts


def test_executor_function_in_process_equals_extract_article() -> None:
    """The mapInArrow function, run here on Arrow batches as an executor would."""
    from warta.api import extract_article
    from warta.spark.job import _StatsParam, extract_batches

    samples = Path(__file__).resolve().parents[1] / "src" / "warta" / "samples" / "corpus.jsonl"
    rows = [json.loads(line) for line in samples.read_text(encoding="utf-8").splitlines() if line.strip()]
    columns = {c: [None if r.get(c) is None else str(r.get(c)) for r in rows] for c in ARTICLE_COLUMNS}
    table = pa.table(columns, schema=pa.schema([(c, pa.string()) for c in ARTICLE_COLUMNS]))
    batches = table.to_batches(max_chunksize=5)
    out = list(extract_batches(iter(batches)))
    assert len(out) == len(batches) and all(b.schema == event_arrow_schema() for b in out)
    want = [e.to_dict() for r in rows for e in extract_article(article_from_record(r))]
    assert [row for b in out for row in b.to_pylist()] == want and want
    # The stats accumulator's algebra: counts add up, failure messages are capped.
    param = _StatsParam()
    acc = param.zero((5, 5, 5, ["x"]))
    for i in range(30):
        acc = param.addInPlace(acc, (2, 3, 1, [f"m{i}"]))
    assert acc[:3] == (60, 90, 30) and acc[3] == [f"m{i}" for i in range(_StatsParam.KEEP)]


def test_spark_submit_driver_runs_the_spark_commands() -> None:
    """The driver file spark-submit runs is installed with warta, in the CLI (above warta.spark)."""
    import subprocess
    import sys

    import warta.cli.spark_submit as driver

    assert Path(driver.__file__).name == "spark_submit.py"
    r = subprocess.run([sys.executable, driver.__file__, "extract", "--help"], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "INPUT" in r.stdout and "OUTPUT" in r.stdout and "--master" in r.stdout
