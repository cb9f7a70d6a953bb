"""The store commands end to end: real store file, real extractor, output parsed back."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import warta.cli.store  # noqa: F401 - registers the commands
from warta.cli import app
from warta.samples import corpus_path

runner = CliRunner()
COMMANDS = ("ingest", "events", "actors", "timeline", "search", "show", "export", "demo")


def run(*args, ok=True):
    result = runner.invoke(app, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, (args, result.output, result.exception)
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli") / "cli.db"
    r = run("ingest", corpus_path(), "--db", path, "--workers", 1, "--no-progress")
    assert "24 articles added" in r.output
    return path


def test_every_command_is_documented():
    for name in COMMANDS:
        r = run(name, "--help")
        assert "Usage" in r.output
        cmd = next(c for c in app.registered_commands if c.name == name)
        assert cmd.callback.__doc__ and cmd.callback.__doc__.strip(), name


def test_reingest_reports_duplicates(db):
    r = run("ingest", corpus_path(), "--db", db, "--workers", 1, "--no-progress")
    assert "0 articles added, 24 already stored" in r.output


def test_events_json_and_csv(db):
    rows = json.loads(run("events", "--db", db, "--between", "PRK", "RUS", "-f", "json", "--limit", 500).output)
    assert rows and all({r["source"][:3], (r["target"] or "")[:3]} == {"PRK", "RUS"} for r in rows)
    text = run("events", "--db", db, "--type", "AID", "--negated", "-f", "csv").output
    table = list(csv.DictReader(io.StringIO(text)))
    assert table and all(r["type"] == "AID" and int(r["n_denying"]) > 0 for r in table)
    assert "events" in run("events", "--db", db, "--since", "2024-11-01", "--limit", 3).output
    assert run("events", "--db", db, "--since", "1 Nov", ok=False).exit_code != 0


def test_actors_timeline_search_show(db):
    actors = json.loads(run("actors", "--db", db, "-f", "json").output)
    assert any(a["code"] == "PRK" and "Korea Utara" in a["aliases"] for a in actors)
    tl = json.loads(run("timeline", "--db", db, "--between", "PRK", "RUS", "--by", "month", "-f", "json").output)
    assert tl and all(r["period"].startswith("2024") for r in tl)  # "2024": a year-only event
    assert run("timeline", "--db", db, ok=False).exit_code != 0
    hits = json.loads(run("search", "--db", db, "bantuan mematikan", "-f", "json").output)
    assert hits and "mematikan" in hits[0]["sentence"].lower()  # a title hit first ("Bantuan Mematikan")
    contested = json.loads(run("events", "--db", db, "--contested", "-f", "json").output)
    shown = run("show", "--db", db, contested[0]["id"]).output
    assert "DENIES" in shown and "ASSERTS" in shown
    detail = json.loads(run("show", "--db", db, contested[0]["id"], "-f", "json").output)
    assert detail["denied_by"] and detail["event"]["id"] == contested[0]["id"]
    assert run("show", "--db", db, 99999, ok=False).exit_code == 1


def test_export_formats(db, tmp_path):
    import networkx as nx
    import pyarrow.parquet as pq

    n_events = len(json.loads(run("events", "--db", db, "-f", "json", "--limit", 100000).output))
    for fmt in ("gdelt", "plover", "jsonl", "csv", "parquet", "graphml", "gexf"):
        out = tmp_path / f"x.{fmt}"
        run("export", "--db", db, "--format", fmt, "--output", out)
        if fmt == "parquet":
            assert pq.read_table(out).num_rows == n_events
        elif fmt in ("graphml", "gexf"):
            g = nx.read_graphml(out) if fmt == "graphml" else nx.read_gexf(out)
            assert g.number_of_edges() > 0
        elif fmt == "csv":
            assert len(list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))) == n_events
        else:
            lines = out.read_text(encoding="utf-8").splitlines()
            assert len(lines) == n_events
            if fmt == "gdelt":
                assert all(len(line.split("\t")) == 61 for line in lines)
    stdout = run("export", "--db", db, "--format", "jsonl", "--between", "CHN", "RUS").output
    assert all(json.loads(line)["source"][:3] in ("CHN", "RUS") for line in stdout.splitlines() if line.startswith("{"))
    assert run("export", "--db", db, "--format", "parquet", ok=False).exit_code == 2


def test_missing_store_is_an_error(tmp_path):
    r = run("events", "--db", tmp_path / "none.db", ok=False)
    assert r.exit_code == 2 and not (tmp_path / "none.db").exists()


def test_demo(tmp_path):
    r = run("demo", "--db", tmp_path / "demo.db", "--workers", 1, "--no-progress")
    assert "articles: 24" in r.output
    assert "Top dyads" in r.output and "A contradiction" in r.output and "DENIES" in r.output
