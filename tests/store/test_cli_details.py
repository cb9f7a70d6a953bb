"""CLI details (issue 12): quantities as numbers with their qualifier, option values checked against
what is known, actors found by name or alias, `show -f csv` refused, search through word forms and titles."""

from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

import warta.cli.store  # noqa: F401 - registers the commands
from warta.cli import app
from warta.cli.fmt import format_number, format_quantity
from warta.samples import corpus_path

runner = CliRunner()


def run(*args, code=0):
    result = runner.invoke(app, [str(a) for a in args])
    assert result.exit_code == code, (args, result.output, result.exception)
    return result


@pytest.fixture(scope="module")
def db(tmp_path_factory):
    path = tmp_path_factory.mktemp("details") / "d.db"
    run("ingest", corpus_path(), "--db", path, "--workers", 1, "--no-progress")
    return path


def test_numbers_read_as_numbers():
    assert format_number(1e6) == "1,000,000" and format_number(2.5) == "2.5" and format_number(12) == "12"
    assert format_quantity(1e6, "shells", "more than") == "more than 1,000,000 shells"
    assert format_quantity(None, "troops") == ""


def test_events_table_prints_quantities_with_qualifier(db):
    rows = json.loads(run("events", "--db", db, "-f", "json", "--limit", 500).output)
    q = next(r for r in rows if r["quantity_value"] and r["quantity_value"] >= 1000 and r["quantity_qualifier"])
    text = run("events", "--db", db, "--limit", 500).output
    assert "e+0" not in text
    assert format_quantity(q["quantity_value"], q["quantity_unit"], q["quantity_qualifier"]) in text


@pytest.mark.parametrize(("args", "known"), [
    (("--type", "FOO"), "ASSAULT"),
    (("--actor", "Narnia"), "PRK"),
    (("--between", "PRK", "Narnia"), "RUS"),
])
def test_unknown_values_are_refused_with_the_known_list(db, args, known):
    r = run("events", "--db", db, *args, code=2)
    assert "known:" in r.output and known in r.output


def test_ingest_refuses_an_unknown_language(db, tmp_path):
    r = run("ingest", corpus_path(), "--db", tmp_path / "x.db", "--lang", "xx", code=2)
    assert "unknown language 'xx'" in r.output and "id" in r.output
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("name", ["north korea", "Korea Utara", "PRK", "prk"])
def test_actor_by_code_name_or_alias(db, name):
    rows = json.loads(run("events", "--db", db, "--actor", name, "-f", "json", "--limit", 500).output)
    assert rows and all("PRK" in (r["source"][:3], (r["target"] or "")[:3]) for r in rows)


def test_actor_by_alias_seen_in_texts(db):
    rows = json.loads(run("events", "--db", db, "--actor", "kremlin", "-f", "json", "--limit", 500).output)
    assert rows and all("RUSGOV" in (r["source"], r["target"]) for r in rows)


def test_show_csv_is_refused_clearly(db):
    r = run("show", "1", "--db", db, "-f", "csv", code=2)
    assert "no CSV form" in r.output


@pytest.mark.parametrize(("query", "word"), [("bantah", "membantah"), ("deny", "denied")])
def test_search_matches_word_forms(db, query, word):
    hits = json.loads(run("search", query, "--db", db, "-f", "json", "--limit", 50).output)
    assert any(word in h["sentence"].lower().split() for h in hits if h["field"] == "sentence")


def test_search_finds_titles(db):
    text = run("search", "bantah", "--db", db, "-f", "csv", "--limit", 50).output
    rows = list(csv.DictReader(io.StringIO(text)))
    titles = [r for r in rows if r["field"] == "title"]
    assert titles and all("bantah" in r["title"].lower() for r in titles)
    assert rows[0]["field"] == "title"
