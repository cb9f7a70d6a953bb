"""Date precision end to end: stored, clustered, filtered, counted by period, exported (issue 12)."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import subprocess
import sys

import pytest

from warta.export import export
from warta.export.gdelt import gdelt_dates
from warta.store import open as ws_open
from warta.store.db import connect
from warta.web.convert import timeline_json

CLI = "from warta.cli import main; main()"
T_YEAR = "Seoul pledged more aid to Kyiv this year"
T_MONTH = "Tokyo sent aid to Manila in October"
T_DAY = "Tokyo sent aid to Manila on the second"
T_NODATE = "Hanoi thanked Vientiane"


@pytest.fixture
def dated(tmp_path, ev, prep):
    """Events dated to the year, to the month then refined to a day, and one with no date at all."""
    store = ws_open(tmp_path / "dated.db")
    store.write([
        prep("y", T_YEAR, [ev(T_YEAR, "KOR", "UKR", when="2024")], published="2024-06-10"),
        prep("m", T_MONTH, [ev(T_MONTH, "JPN", "PHL", when="2024-10")], published="2024-10-30"),
        prep("d", T_DAY, [ev(T_DAY, "JPNGOV", "PHL", when="2024-11-02")], published="2024-11-03"),
        prep("n", T_NODATE, [ev(T_NODATE, "VNM", "LAO", "CONSULT", cameo="040", quad="verbal-cooperation")],
             published=None),
    ])
    yield store
    store.close()


def _by_source(store):
    return {e.source[:3]: e for e in store.events(limit=None)}


def test_events_keep_their_precision_and_a_cluster_keeps_the_most_precise_date(dated):
    ev = _by_source(dated)
    assert (ev["KOR"].when, ev["KOR"].precision, ev["KOR"].date_end) == ("2024", "year", "2024-12-31")
    jpn = ev["JPN"]
    assert jpn.n_mentions == 2  # the month report and the day report are one event
    assert (jpn.when, jpn.precision, jpn.date) == ("2024-11-02", "day", "2024-11-02")
    assert (ev["VNM"].when, ev["VNM"].precision) == (None, None)
    assert dated.counts()["undated"] == 1
    assert dated.count_events() == (3, 1)


def test_a_year_only_event_is_not_counted_in_january(dated):
    rows = dated.timeline(actor="KOR", by="month")
    assert [(r.period, r.n_events) for r in rows] == [("2024", 1)]
    assert [r.period for r in dated.timeline(actor="JPN", by="month")] == ["2024-11"]
    # filters keep an event whose date overlaps the window: "2024" may be October, shown as "2024"
    assert {e.source for e in dated.events(since="2024-11-01", until="2024-11-30")} == {"KOR", "JPN"}
    assert {e.source for e in dated.graph(since="2024-11", until="2024-11").edges} == {"KOR", "JPN"}
    assert {e.source for e in dated.events(since="2024-12-01")} == {"KOR"}
    assert not dated.events(since="2024-10-01", until="2024-10-31")[1:]  # only "2024": the day moved to Nov
    assert not dated.events(until="2023-12-31") and not dated.graph(until="2023-12").edges


def test_month_aggregate_follows_the_refined_date(dated):
    months = dict(dated.conn.execute("SELECT source_country, month FROM edge_month"))
    assert months == {"KOR": "2024", "JPN": "2024-11", "VNM": ""}  # the month report's 2024-10 row moved
    assert tuple(dated.conn.execute("SELECT sum(n_events), sum(n_mentions) FROM edge_month").fetchone()) == (3, 4)


def test_gdelt_dates_by_precision():
    assert gdelt_dates("2024-10-18", "2024-10-18", "day") == ["20241018", "202410", "2024", "2024.7973"]
    assert gdelt_dates("2024-10-01", "2024-10-31", "month")[:3] == ["20241000", "202410", "2024"]
    year = gdelt_dates("2024-01-01", "2024-12-31", "year")
    assert year[:3] == ["20240000", "202400", "2024"] and 2024.45 < float(year[3]) < 2024.55
    assert gdelt_dates("2024-10-14", "2024-10-20", "week")[0] == "20241017"
    assert gdelt_dates(None, None, None) == ["", "", "", ""]


def test_exports_carry_precision(dated, tmp_path):
    export(dated, "gdelt", tmp_path / "g.tsv")
    rows = [line.split("\t") for line in (tmp_path / "g.tsv").read_text().splitlines()]
    assert sorted(r[1] for r in rows) == ["", "20240000", "20241102"]
    export(dated, "csv", tmp_path / "e.csv")
    table = list(csv.DictReader(io.StringIO((tmp_path / "e.csv").read_text())))
    assert sorted((r["when"], r["precision"]) for r in table) == [("", ""), ("2024", "year"),
                                                                 ("2024-11-02", "day")]
    export(dated, "plover", tmp_path / "p.jsonl")
    plover = [json.loads(x) for x in (tmp_path / "p.jsonl").read_text().splitlines()]
    assert {(p["date"], p["date_precision"]) for p in plover} >= {("2024-01-01", "year")}


def test_timeline_json_puts_coarse_dates_apart():
    rows = [type("R", (), {"period": p, "type": "AID", "n_events": 1, "n_denied": 0})()
            for p in ("2024", "2024-03", "2024-05")]
    d = timeline_json(rows, "month", undated=2)
    assert d["periods"] == ["2024-03", "2024-04", "2024-05", "2024"] and d["coarse"] == ["2024"]
    assert d["undated"] == 2


def test_migration_recovers_precision_of_stored_events(tmp_path, ev, prep):
    db = tmp_path / "old.db"
    store = ws_open(db)
    store.write([prep("m", T_MONTH, [ev(T_MONTH, "JPN", "PHL", when="2024-10")], published="2024-10-30"),
                 prep("y", T_YEAR, [ev(T_YEAR, "KOR", "UKR", when="2024")], published="2024-06-10")])
    store.close()
    raw = sqlite3.connect(db)  # make it a version-5 file, as an older warta wrote it
    raw.executescript("DROP INDEX events_date_end; ALTER TABLE events DROP COLUMN date_end;"
                      "ALTER TABLE events DROP COLUMN date_precision; DROP TABLE titles_fts; ALTER TABLE articles DROP COLUMN home;"
                      "UPDATE edge_month SET month = '2024-01' WHERE source_country = 'KOR';"
                      "PRAGMA user_version = 5;")
    raw.close()
    conn = connect(db)
    got = {r[0]: tuple(r[1:]) for r in conn.execute(
        "SELECT source_country, date, date_end, date_precision FROM events")}
    assert got == {"JPN": ("2024-10-01", "2024-10-31", "month"), "KOR": ("2024-01-01", "2024-12-31", "year")}
    assert dict(conn.execute("SELECT source_country, month FROM edge_month")) == {"JPN": "2024-10", "KOR": "2024"}
    conn.close()


def test_ingest_warns_once_about_txt_files_without_a_date(tmp_path):
    for i in range(3):
        (tmp_path / f"a{i}.txt").write_text(f"Jakarta sent rice number {i} to Manila on Monday.\n", encoding="utf-8")
    db = tmp_path / "w.db"
    r = subprocess.run([sys.executable, "-c", CLI, "ingest", str(tmp_path), "--db", str(db), "--workers", "1",
                        "--no-progress", "--lang", "en"], capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    assert r.stderr.count("no publication date") == 1
    assert "3 .txt files have no publication date" in " ".join(r.stderr.split())
    r = subprocess.run([sys.executable, "-c", CLI, "ingest", str(tmp_path / "a0.txt"), "--db", str(tmp_path / "x.db"),
                        "--workers", "1", "--no-progress", "--lang", "en", "--published", "2024-03-04"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0 and "no publication date" not in r.stderr


def test_cli_events_show_when_and_count_undated(dated):
    path = str(dated.path)
    r = subprocess.run([sys.executable, "-c", CLI, "events", "--db", path], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 0, r.stderr
    assert "2024-11-02" in r.stdout and "2024-01-01" not in r.stdout
    assert "3 of 3 events shown, 1 undated" in r.stderr
    r = subprocess.run([sys.executable, "-c", CLI, "timeline", "--db", path, "--actor", "KOR"],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 0 and "2024-01" not in r.stdout and "2024" in r.stdout
