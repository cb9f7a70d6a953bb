"""Schema, pragmas and numbered migrations on real SQLite files."""

from __future__ import annotations

import sqlite3

import warta.store as ws
from warta.store.db import SCHEMA_VERSION, connect, migrations


def test_fresh_store_has_wal_foreign_keys_and_latest_version(tmp_path):
    db = tmp_path / "w.db"
    store = ws.open(db)
    c = store.conn
    assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert c.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    names = {r[0] for r in c.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    for table in ("articles", "sentences", "sentences_fts", "actors", "actor_aliases", "mentions", "events",
                  "claims", "places", "edge_month"):
        assert table in names, table
    store.close()


def test_migrations_are_numbered_in_order():
    nums = [n for n, _, _ in migrations()]
    assert nums == sorted(nums) and len(set(nums)) == len(nums)
    assert nums[0] >= 2, "schema.sql is version 1; migrations start at 2"
    assert nums[-1] == SCHEMA_VERSION


def test_foreign_keys_are_enforced(tmp_path):
    store = ws.open(tmp_path / "w.db")
    try:
        store.conn.execute("INSERT INTO sentences (article_id, idx, start, end, text) VALUES (999, 0, 0, 1, 'x')")
    except sqlite3.IntegrityError:
        pass
    else:
        raise AssertionError("a sentence of a missing article was accepted")


def test_old_store_is_migrated_and_aggregate_rebuilt(tmp_path, ev, prep):
    db = tmp_path / "w.db"
    store = ws.open(db)
    t = "Pyongyang sent troops to Russia"
    u = "Washington sanctioned Moscow firms over Russia"
    store.write([prep("a", t, [ev(t, "PRK", "RUS")], source="x"),
                 prep("b", t + " again", [ev(t, "PRKMIL", "RUS")], source="y"),
                 prep("c", u, [ev(u, "USA", "RUS", "SANCTION", cameo="163", quad="material-conflict")])])
    before = store.graph()
    store.close()
    # Make it a version-1 file: no aggregate table.
    raw = sqlite3.connect(db)
    raw.executescript("DROP TABLE edge_total; DROP TABLE edge_month; DROP INDEX events_source_date; DROP INDEX events_target_date;"
                      "ALTER TABLE actors DROP COLUMN n_events; DROP INDEX events_date_end;"
                      "ALTER TABLE events DROP COLUMN date_end; ALTER TABLE events DROP COLUMN date_precision;"
                      "DROP TABLE titles_fts; ALTER TABLE articles DROP COLUMN home;"
                      "PRAGMA user_version = 1;")
    raw.close()
    old = connect(db, upto=1)
    assert old.execute("PRAGMA user_version").fetchone()[0] == 1
    old.close()
    store = ws.open(db)
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    after = store.graph()
    assert after == before
    assert sum(e.n_events for e in after.edges) == 2


def test_readonly_open_of_an_old_store_says_migrate(tmp_path):
    import pytest

    db = tmp_path / "w.db"
    connect(db, upto=1).close()
    with pytest.raises(sqlite3.OperationalError, match="migrate"):
        ws.open(db, readonly=True)
    ws.open(db).close()
    assert ws.open(db, readonly=True).counts()["events"] == 0


def test_actor_event_counts_survive_migration(tmp_path, ev, prep):
    db = tmp_path / "w.db"
    store = ws.open(db)
    t = "Pyongyang sent troops to Russia"
    u = "Moscow thanked Pyongyang"
    store.write([prep("a", t, [ev(t, "PRK", "RUS")]), prep("b", u, [ev(u, "RUS", "PRK", "SUPPORT", cameo="051")])])
    before = {a.code: a.n_events for a in store.actors()}
    assert before == {"PRK": 2, "RUS": 2}
    store.close()
    raw = sqlite3.connect(db)
    raw.executescript("DROP TABLE edge_total; DROP INDEX events_source_date; DROP INDEX events_target_date;"
                      "ALTER TABLE actors DROP COLUMN n_events; DROP INDEX events_date_end;"
                      "ALTER TABLE events DROP COLUMN date_end; ALTER TABLE events DROP COLUMN date_precision;"
                      "DROP TABLE titles_fts; ALTER TABLE articles DROP COLUMN home;"
                      "PRAGMA user_version = 2;")
    raw.close()
    assert {a.code: a.n_events for a in ws.open(db).actors()} == before


def test_all_time_graph_equals_month_aggregate(tmp_path, ev, prep):
    """The all-time aggregate (edge_total) and the month aggregate give the same graph."""
    store = ws.open(tmp_path / "w.db")
    t = "Pyongyang sent troops to Russia"
    u = "Washington sanctioned Moscow firms over Russia"
    store.write([prep("a", t, [ev(t, "PRK", "RUS")], source="x"),
                 prep("b", t + " again", [ev(t, "PRKMIL", "RUS")], source="y"),
                 prep("c", u, [ev(u, "USA", "RUS", "SANCTION", cameo="163", quad="material-conflict")])])
    for level in ("actor", "country"):
        assert store.graph(level=level) == store.graph(level=level, since="1900-01", until="9999-12")
