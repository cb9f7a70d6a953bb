"""Actor names come from our knowledge (never from a mention) and aliases only name the actor (issue 12)."""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import subprocess
import sys

import pyarrow.parquet as pq
import pytest

import warta
from warta.export import export
from warta.knowledge.codes import actor_label, display_lang
from warta.store import open as ws_open
from warta.store.db import SCHEMA_VERSION, connect
from warta.store.names import names_actor

CLI = "from warta.cli import main; main()"


@pytest.mark.parametrize(("code", "lang", "name"), [
    ("IDNGOV", "en", "Indonesia (government)"),
    ("IDNGOV", "id", "Pemerintah Indonesia"),
    ("RUSCOP", "en", "Russia (police)"),
    ("RUSCOP", "id", "Polisi Rusia"),
    ("IDNCVL", "en", "Indonesia (civilians)"),
    ("JPNGOV", "en", "Japan (government)"),
    ("CHN", "en", "China"),
    ("CHNGOV", "en", "China (government)"),
    ("PRK", "id", "Korea Utara"),
    ("ANON", "id", "sumber tanpa nama"),
])
def test_canonical_names_in_the_users_language(code, lang, name):
    assert actor_label(code, lang) == name


def test_display_language_from_environment():
    assert display_lang({"WARTA_LANG": "id"}) == "id"
    assert display_lang({"LANG": "id_ID.UTF-8"}) == "id"
    assert display_lang({"LANG": "fr_FR.UTF-8"}) == "en"
    assert display_lang({"WARTA_LANG": "xx", "LANG": "id_ID.UTF-8"}) == "en"
    assert display_lang({}) == "en"


@pytest.mark.parametrize(("code", "alias"), [
    ("IDNGOV", "mahasiswa"), ("IDNGOV", "Police"), ("IDNGOV", "embassy"), ("IDNGOV", "Indonesian students"),
    ("CHNGOV", "Ia"), ("USA", "langkah"), ("PRKGOV", "tuduhan"), ("IDN", "kedua negara"),
    ("CHNGOV", "The two ministers"), ("JPNGOV", "Fumio Kishida"), ("USAMIL", "troops"), ("RUSCOP", "Polisi"),
])
def test_aliases_that_do_not_name_the_actor_are_refused(code, alias):
    assert not names_actor(code, alias)


@pytest.mark.parametrize(("code", "alias"), [
    ("IDNGOV", "Kementerian Luar Negeri Indonesia"), ("IDNGOV", "Jakarta"), ("RUSGOV", "Kremlin"),
    ("RUSGOV", "Russia"), ("PRK", "Pyongyang"), ("USAGOV", "Departemen Luar Negeri AS"),
    ("USAMIL", "Pentagon"), ("IGOEU", "Uni Eropa"), ("CHNGOV", "Pemerintah China"),
])
def test_aliases_that_name_the_actor_are_kept(code, alias):
    assert names_actor(code, alias)


def test_a_person_is_a_mention_not_the_actors_name():
    evs = warta.extract("Perdana Menteri Jepang Fumio Kishida mengunjungi Jakarta pada Senin (4/3/2024).",
                        lang="id", published="2024-03-05")
    jpn = [e.source for e in evs if e.source.code == "JPNGOV"]
    assert jpn and all(a.name == "Japan (government)" for a in jpn)
    assert any("Kishida" in a.text for a in jpn)


def test_migration_fixes_stored_names_and_aliases(tmp_path):
    db = tmp_path / "old.db"
    old = connect(db, upto=4)
    old.executescript("""
        INSERT INTO actors (id, code, name, country) VALUES (1, 'IDNGOV', 'CVL authorities', 'IDN'),
            (2, 'JPNGOV', 'Fumio Kishida', 'JPN'), (3, 'CHNGOV', 'China', 'CHN');
        INSERT INTO actor_aliases (actor_id, alias, n) VALUES (1, 'mahasiswa', 2), (1, 'Jakarta', 1),
            (1, 'embassy', 1), (2, 'Fumio Kishida', 3), (3, 'Ia', 1), (3, 'Beijing', 4);
    """)
    old.close()
    conn = connect(db)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION >= 5
    names = dict(conn.execute("SELECT code, name FROM actors"))
    assert names == {"IDNGOV": "Indonesia (government)", "JPNGOV": "Japan (government)",
                     "CHNGOV": "China (government)"}
    aliases = sorted(tuple(r) for r in conn.execute("SELECT a.code, x.alias, x.n FROM actor_aliases x"
                                                    " JOIN actors a ON a.id = x.actor_id"))
    assert aliases == [("CHNGOV", "Beijing", 4), ("IDNGOV", "Jakarta", 1)]
    conn.close()


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory):
    db = tmp_path_factory.mktemp("demo") / "demo.db"
    r = subprocess.run([sys.executable, "-c", CLI, "demo", "--db", str(db), "--workers", "1", "--no-progress"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr
    return db


def _actors_csv(db, **env) -> dict[str, dict]:
    r = subprocess.run([sys.executable, "-c", CLI, "actors", "--db", str(db), "-f", "csv", "--limit", "500"],
                       capture_output=True, text=True, timeout=120, env={**os.environ, "WARTA_LANG": "en", **env})
    assert r.returncode == 0, r.stderr
    return {row["code"]: row for row in csv.DictReader(io.StringIO(r.stdout))}


def test_demo_store_actors_csv_has_canonical_names_and_clean_aliases(demo_db):
    rows = _actors_csv(demo_db)
    assert rows["IDNGOV"]["name"] == "Indonesia (government)"
    assert rows["CHN"]["name"] == "China" and rows["CHNGOV"]["name"] == "China (government)"
    for code, row in rows.items():
        assert row["name"] == actor_label(code), code
        aliases = row["aliases"].split(";") if row["aliases"] else []
        for alias in aliases:
            assert alias and alias == alias.strip() and names_actor(code, alias), (code, alias)
    idn = rows["IDNGOV"]["aliases"].split(";")
    assert "Kementerian Luar Negeri Indonesia" in idn  # a multi-word alias comes back whole
    assert not {"mahasiswa", "Police", "embassy"} & set(idn)
    assert "Ia" not in rows["CHNGOV"]["aliases"].split(";")
    assert "langkah" not in rows["USA"]["aliases"].split(";")
    assert _actors_csv(demo_db, WARTA_LANG="id")["IDNGOV"]["name"] == "Pemerintah Indonesia"


def test_exports_keep_lists_as_lists(demo_db, tmp_path):
    store = ws_open(demo_db)
    try:
        export(store, "csv", tmp_path / "e.csv")
        export(store, "parquet", tmp_path / "e.parquet")
    finally:
        store.close()
    with open(tmp_path / "e.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    multi = [r for r in rows if ";" in r["asserted_by"]]
    assert multi and all(" " not in r["asserted_by"] for r in multi)
    table = pq.read_table(tmp_path / "e.parquet").to_pylist()
    assert any(len(r["asserted_by"]) > 1 for r in table)
    assert {r["source_name"] for r in table} >= {"North Korea", "Indonesia (government)"}


def test_stored_name_column_is_canonical(demo_db):
    conn = sqlite3.connect(demo_db)
    try:
        for code, name in conn.execute("SELECT code, name FROM actors"):
            assert name == actor_label(code), code
    finally:
        conn.close()
