"""warta on a real local[2] Spark session: the Spark output equals single-process extract, event for event.

One session for the module (JVM start ~5-7 s).  The corpus is the built-in
sample corpus plus the dev gold articles (../shared/gold/dev.jsonl) plus a few
rows written here to exercise the input edge cases (numeric ids, dates with a
time, no language, no date).
"""

from __future__ import annotations

import ipaddress
import json
import os
from collections import defaultdict
from datetime import date, datetime
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

pytest.importorskip("pyspark", reason="the spark extra is not installed")

from warta.api import extract_article, ingest  # noqa: E402
from warta.io import ReadError, read_articles  # noqa: E402
from warta.model import Article  # noqa: E402
from warta.samples import recombine  # noqa: E402
from warta.spark import event_arrow_schema, extract_dataframe, extract_path, read_events, session  # noqa: E402

pytestmark = [
    pytest.mark.slow,
    # mapInArrow never touches pandas; PySpark's notice about pandas >= 3 is noise here.
    pytest.mark.filterwarnings("ignore:PySpark does not yet fully support pandas:FutureWarning"),
]

ROOT = Path(__file__).resolve().parents[1]
GOLD_DEV = ROOT.parent / "shared" / "gold" / "dev.jsonl"
SAMPLES = ROOT / "src" / "warta" / "samples"

# Written for this test: edge cases of the input columns, not gold answers.
EDGE_ROWS = [
    {"id": 90001, "lang": "en", "date": "2024-03-02T09:30:00+07:00",
     "text": "Japan sent 200 tonnes of rice to the Philippines on Friday, the foreign ministry said."},
    {"id": "edge-nolang", "date": "2024-05-10",
     "text": "Pemerintah Indonesia mengirim bantuan medis ke Gaza pekan lalu, kata juru bicara Kemlu."},
    {"id": "edge-nodate", "lang": "en",
     "text": "Russia did not attack the port, the ministry said. Ukraine accused Russia of shelling Kharkiv."},
    {"id": "edge-empty", "lang": "id", "date": "2024-01-01", "text": ""},
]


def _sample_rows() -> list[dict]:
    rows: list[dict] = []
    for path in sorted(SAMPLES.glob("*.jsonl")) if SAMPLES.is_dir() else []:
        rows += [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return rows


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    rows = _sample_rows()
    if GOLD_DEV.is_file():  # real news too when ../shared is beside the checkout
        rows += [json.loads(line) for line in GOLD_DEV.read_text(encoding="utf-8").splitlines() if line.strip()]
    else:  # elsewhere, articles recombined from the sample corpus stand in for it
        rows += list(recombine(40, seed=3))
    rows += EDGE_ROWS
    path = tmp_path_factory.mktemp("spark-in") / "corpus.jsonl"
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def expected(corpus) -> dict[str, list[dict]]:
    """Single-process extract over the same file (the path `warta extract --format jsonl` takes)."""
    out: dict[str, list[dict]] = {}
    errors = []
    for item in read_articles([corpus]):
        if isinstance(item, ReadError):
            errors.append(item)
        else:
            out[item.id] = [e.to_dict() for e in extract_article(item)]
    # The one empty text is refused by `warta extract`, and by Spark (the same reader), by file:line.
    assert [e.message for e in errors] == ["empty 'text'"]
    return out


@pytest.fixture(scope="module")
def spark():
    s = session("local[2]", app_name="warta-test")
    yield s
    s.stop()


@pytest.fixture(scope="module")
def jsonl_run(spark, corpus, tmp_path_factory) -> tuple[dict, Path]:
    """`extract_path` over the JSONL corpus, once for the module."""
    out = tmp_path_factory.mktemp("spark-out") / "events"
    return extract_path(spark, str(corpus), str(out)), out


def _by_doc(rows: list[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        out[row["doc"]].append(row)
    return out


def _part_rows(folder: Path) -> list[dict]:
    rows: list[dict] = []
    for part in sorted(folder.glob("part-*.parquet")):
        rows += pq.read_table(part).to_pylist()
    return rows


def _shape(t: pa.DataType) -> object:
    """A type's structure: struct field names and types, list item types (not list item names)."""
    if pa.types.is_struct(t):
        return [(f.name, _shape(f.type)) for f in t]
    if pa.types.is_list(t):
        return ("list", _shape(t.value_type))
    return str(t)


def _assert_same(got_rows: list[dict], expected: dict[str, list[dict]]) -> None:
    got = _by_doc(got_rows)
    want = {doc: evs for doc, evs in expected.items() if evs}
    assert sorted(got) == sorted(want)
    for doc, events in want.items():
        # Same events, same order within an article (a Spark task keeps row order).
        assert got[doc] == events, doc


def test_spark_output_equals_single_process_extract(jsonl_run, expected, corpus) -> None:
    counts, out = jsonl_run
    assert counts["articles"] == len(expected)
    n = len(corpus.read_text(encoding="utf-8").splitlines())  # the empty text is the last line
    assert (counts["bad_records"], counts["problems"]) == (1, [f"{corpus}:{n}: empty 'text'"])
    assert (counts["failed"], counts["failures"]) == (0, [])
    assert counts["events"] == sum(len(v) for v in expected.values()) > 100
    assert len(list(out.glob("part-*.parquet"))) >= 2  # the work was spread over both cores
    _assert_same(_part_rows(out), expected)


def test_output_columns_are_exactly_the_jsonl_event(jsonl_run, expected) -> None:
    _, out = jsonl_run
    part = next(out.glob("part-*.parquet"))
    schema = pq.read_schema(part)
    want = event_arrow_schema()
    assert schema.names == want.names
    for name in want.names:
        # Spark may write columns nullable; the types (structs, list<string>) are the same.
        assert _shape(schema.field(name).type) == _shape(want.field(name).type), name
    first = next(evs[0] for evs in expected.values() if evs)
    assert list(pq.read_table(part).to_pylist()[0]) == list(first)
    # read_events gives back model.Event values equal to the single-process ones.
    events = read_events(out)
    assert sorted(json.dumps(e.to_dict(), sort_keys=True) for e in events) == sorted(
        json.dumps(e, sort_keys=True) for evs in expected.values() for e in evs)


def test_extract_dataframe_on_parquet_with_typed_columns(spark, corpus, expected, tmp_path) -> None:
    # The same corpus as Parquet with `date` typed as a date (and a timestamp `published` column).
    rows = [json.loads(line) for line in corpus.read_text(encoding="utf-8").splitlines()]
    table = pa.table({
        "id": [str(r["id"]) for r in rows],
        "text": [r["text"] for r in rows],
        "lang": [r.get("lang") for r in rows],
        "date": pa.array([date.fromisoformat(r["date"][:10]) if r.get("date") else None for r in rows],
                         pa.date32()),
        # Read only where `date` is null (as `warta extract` does): here it never changes a result.
        "published": pa.array([datetime(1999, 1, 1, 12) if r.get("date") else None for r in rows],
                              pa.timestamp("us", tz="UTC")),
        "source": [r.get("source") for r in rows],
    })
    src = tmp_path / "corpus.parquet"
    pq.write_table(table, src)
    df = extract_dataframe(spark.read.parquet(str(src)), partitions=3)
    assert df.schema.fieldNames() == event_arrow_schema().names
    _assert_same([r.asDict(recursive=True) for r in df.collect()], expected)


def test_missing_text_column_is_a_clear_error(spark, tmp_path) -> None:
    src = tmp_path / "bad.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": ["x"]}), src)
    with pytest.raises(ValueError, match="text"):
        extract_path(spark, str(src), str(tmp_path / "out"))


def test_cli_extract_then_load_matches_a_local_ingest(spark, tmp_path) -> None:
    from typer.testing import CliRunner

    from warta.cli import app
    from warta.store import open as open_store

    corpus = SAMPLES / "corpus.jsonl"
    out, spark_db, local_db = tmp_path / "events", tmp_path / "spark.db", tmp_path / "local.db"
    runner = CliRunner()
    res = runner.invoke(app, ["spark", "extract", str(corpus), str(out), "--master", "local[2]"])
    assert res.exit_code == 0, res.output
    summary = json.loads(res.stdout.strip().splitlines()[-1])
    assert summary["articles"] == len(corpus.read_text(encoding="utf-8").splitlines())
    assert json.loads((out / "_warta.json").read_text())["input"] == str(corpus.resolve())
    assert spark.sparkContext._jsc is not None  # the CLI left the test's session running

    res = runner.invoke(app, ["load", str(out), "--db", str(spark_db)])
    assert res.exit_code == 0, res.output
    loaded = json.loads(res.stdout.strip().splitlines()[-1])
    assert loaded["articles_added"] == summary["articles"] and loaded["errors"] == []
    assert loaded["mentions_added"] == summary["events"]

    with open_store(local_db) as st:
        ingest(st, [corpus], workers=1, progress=False)
        want_counts, want_events = st.counts(), st.events(limit=None, order="id").to_dicts()
    with open_store(spark_db) as st:
        got_counts, got_events = st.counts(), st.events(limit=None, order="id").to_dicts()
    assert got_counts == want_counts
    assert want_counts["events"] < want_counts["mentions"]  # clustering merged duplicate reports
    assert got_events == want_events

    # Loading again adds nothing: the store knows these articles.
    res = runner.invoke(app, ["load", str(out), "--db", str(spark_db)])
    assert res.exit_code == 0, res.output
    again = json.loads(res.stdout.strip().splitlines()[-1])
    assert (again["articles_added"], again["duplicates"]) == (0, summary["articles"])


def test_load_without_manifest_needs_articles(tmp_path) -> None:
    from typer.testing import CliRunner

    from warta.cli import app

    (tmp_path / "events").mkdir()
    res = CliRunner().invoke(app, ["load", str(tmp_path / "events"), "--db", str(tmp_path / "x.db")])
    assert res.exit_code == 2 and "--articles" in res.output


def _listening(pid: int) -> list[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    """Addresses of the TCP sockets process ``pid`` listens on (Linux /proc)."""
    inodes = set()
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            target = os.readlink(fd)
        except OSError:
            continue
        if target.startswith("socket:["):
            inodes.add(target[8:-1])
    found = []
    for table in ("tcp", "tcp6"):
        for line in Path(f"/proc/net/{table}").read_text().splitlines()[1:]:
            cols = line.split()
            local, state, inode = cols[1], cols[3], cols[9]
            if state != "0A" or inode not in inodes:  # 0A = LISTEN
                continue
            raw = bytes.fromhex(local.split(":")[0])
            # /proc stores addresses as host-order 32-bit words.
            raw = b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))
            found.append(ipaddress.ip_address(raw))
    return found


@pytest.mark.skipif(not Path("/proc/net/tcp").exists(), reason="needs Linux /proc")
def test_local_session_listens_on_loopback_only(spark) -> None:
    addrs = _listening(spark.sparkContext._gateway.proc.pid)
    assert addrs  # the driver's RPC and block manager ports
    for addr in addrs:
        mapped = getattr(addr, "ipv4_mapped", None)
        assert addr.is_loopback or (mapped is not None and mapped.is_loopback), addr


def test_extractor_is_built_once_per_worker_process(spark, jsonl_run) -> None:
    def worker_builds(batches):
        """Which Python worker ran, and how often it has built the extractor (pickled by value)."""
        import os

        import pyarrow as pa

        from warta.spark.job import _extractor

        _extractor()
        for _ in batches:
            pass
        yield pa.RecordBatch.from_pylist([{"pid": os.getpid(), "builds": _extractor.cache_info().misses}])

    df = spark.range(0, 8, numPartitions=4)
    seen: dict[int, set[int]] = defaultdict(set)
    for _ in range(2):
        for row in df.mapInArrow(worker_builds, "pid long, builds long").collect():
            seen[row.pid].add(row.builds)
    # Several tasks ran in at most two reused workers (local[2]), each built its extractor once.
    assert 1 <= len(seen) <= 2
    assert all(builds == {1} for builds in seen.values()), seen


def test_published_timestamp_anchors_relative_dates(spark) -> None:
    # No `date` column: `published` (a timestamp) gives the publication day, as in `warta extract`.
    text = EDGE_ROWS[0]["text"]  # "... on Friday ..."
    df = spark.createDataFrame(
        [("p1", text, "en", datetime(2024, 3, 5, 9, 30)), ("p2", text, "en", None)],
        "id string, text string, lang string, published timestamp",
    )
    got = {r["doc"]: r["when"] for r in (row.asDict(recursive=True) for row in extract_dataframe(df).collect())}
    want = {doc: [e.when for e in extract_article(Article(id=doc, text=text, lang="en", published=pub))]
            for doc, pub in (("p1", date(2024, 3, 5)), ("p2", None))}
    assert want["p1"] != want["p2"]  # the day matters for this text
    assert [got.get("p1")] == want["p1"][:1] and [got.get("p2")] == want["p2"][:1]


def test_bad_records_and_csv_input_are_read_as_extract_reads_them(spark, tmp_path) -> None:
    """One JSONL file with a bad record of each kind among good ones, and a CSV with Indonesian
    column names: Spark codes every good record, as `warta extract` does, and names each bad one."""
    good = [{"id": f"g{i}", "lang": "en", "date": day, "text": text} for i, (day, text) in enumerate([
        ("9/16/2025 4:56", "Russian forces shelled Kharkiv last Tuesday, Ukrainian officials said."),
        ("Tue, 16 Sep 2025 10:00:00 +0700", "Russian forces shelled Odesa last Tuesday, Ukrainian officials said."),
        ("16 September 2025", "Russian forces shelled Kyiv last Tuesday, Ukrainian officials said."),
        ("0001-01-01", "Russian forces shelled Lviv last Tuesday, Ukrainian officials said."),
    ])]
    bad = ['{"id": "b1", "text": "Vietnam protested.", "url": 5}', '{"id": "b2", "text": "Vietnam \\ud800."}',
           '{"id": "b3", "text": "x", "z": ' + "[" * 1000 + "]" * 1000 + "}",
           '{"id": "b4", "text": "Vietnam protested.", "title": {"a": 1}}']
    src = tmp_path / "mixed.jsonl"
    src.write_text("".join(json.dumps(g) + "\n" + b + "\n" for g, b in zip(good, bad, strict=True)), encoding="utf-8")
    csv_src = tmp_path / "berita.csv"
    csv_src.write_text('judul,tanggal,isi_berita,tautan\nA,"Selasa, 16 Sep 2025",'
                       '"Pasukan Israel menyerang Jenin kemarin.\nSerangan itu dikecam PBB.",https://contoh.id/a\n'
                       "B,16/09/2025,Pasukan Israel menyerang Rafah kemarin.,https://contoh.id/b\n", encoding="utf-8")
    for path, n_bad, n_warn in ((src, 4, 1), (csv_src, 0, 0)):
        counts = extract_path(spark, str(path), str(tmp_path / f"out-{path.stem}"))
        assert (counts["bad_records"], counts["warnings"]) == (n_bad, n_warn)
        lines = sorted(int(m.split(":")[1]) for m in counts["problems"] if not m.startswith("warning"))
        assert lines == [2, 4, 6, 8][:n_bad] and all(str(path) in m for m in counts["problems"])
        want: dict[str, list[dict]] = {}
        for item in read_articles([path]):
            if not isinstance(item, ReadError):
                want[item.id] = [e.to_dict() for e in extract_article(item)]
        assert len(want) == (4 if path is src else 2)
        _assert_same(_part_rows(tmp_path / f"out-{path.stem}"), want)
        whens = {e["when"] for evs in want.values() for e in evs}
        # ("Serangan itu dikecam PBB": the attack named again is coded again in its own sentence, with its date)
        assert whens == ({"2025-09-09", None} if path is src else {"2025-09-15"})
