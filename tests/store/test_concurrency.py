"""Stores created, recovered and refused safely: real processes, real SQLite files.

- Four ``warta ingest`` processes started at once on a new store all succeed (the schema is
  created in one immediate transaction, the version re-read under the write lock).
- A store left with a hot rollback journal, or switched to WAL but without its schema, by a
  killed process is recovered by the next writer.
- A file that is not a store makes ``warta serve`` and the query commands exit 2 with one
  line saying what is wrong and what to do, never a traceback.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest

import warta.store as ws
from warta.samples import corpus_path
from warta.store.db import SCHEMA_VERSION

# Each process imports the CLI first (the slow part), then waits for the gate file, so the
# four reach the store's creation within a few milliseconds of each other.
GATED_CLI = ("import os, sys, time, warta.cli.store, warta.cli.web; from warta.cli import app; gate = sys.argv[1]\n"
             "while not os.path.exists(gate): time.sleep(0.001)\n"
             "sys.argv = ['warta'] + sys.argv[2:]; app()")
CLI = "import sys, warta.cli.store, warta.cli.web; from warta.cli import app; sys.argv[0] = 'warta'; app()"


def _sound(db) -> dict[str, int]:
    with contextlib.closing(sqlite3.connect(db)) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert c.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert c.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert c.execute("SELECT content_hash FROM articles GROUP BY 1 HAVING count(*) > 1").fetchall() == []
        return {t: c.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "mentions")}


@pytest.mark.slow
@pytest.mark.parametrize("round_", range(3))
def test_four_ingests_at_once_on_a_new_store(tmp_path, round_):
    db = tmp_path / "new.db"
    gate = tmp_path / "go"
    procs = [subprocess.Popen([sys.executable, "-c", GATED_CLI, str(gate), "ingest", str(corpus_path()), "--db",
                               str(db), "--workers", "1", "--no-progress"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(4)]
    time.sleep(0.5 * round_)  # rounds differ in how far the imports got; the gate aligns the opens
    gate.touch()
    outs = [p.communicate(timeout=600) for p in procs]
    for p, (_out, errs) in zip(procs, outs, strict=True):
        assert p.returncode == 0, errs
        assert "Traceback" not in errs
    counts = _sound(db)
    n = sum(1 for line in corpus_path().read_text(encoding="utf-8").splitlines() if line.strip())
    assert counts["articles"] == n  # each article stored once, by whichever process came first
    added = sum(int(out.split(" articles added")[0].split()[-1]) for out, _ in outs)
    assert added == n


def _die_mid_write(db, setup: str) -> None:
    """Run ``setup`` on ``db`` in a child that SIGKILLs itself in the middle of a write transaction."""
    code = ("import os, signal, sqlite3, sys\n"
            "c = sqlite3.connect(sys.argv[1], isolation_level=None)\n" + setup +
            "os.kill(os.getpid(), signal.SIGKILL)\n")
    r = subprocess.run([sys.executable, "-c", code, str(db)], capture_output=True, text=True, timeout=120)
    assert r.returncode == -signal.SIGKILL, r.stderr


def test_store_killed_mid_write_in_rollback_mode_is_recovered(tmp_path, small_store):
    db = small_store.path
    before = small_store.counts()
    small_store.close()
    # The store is put back in rollback-journal mode (as before the switch to WAL) and the
    # writer dies with pages of a large transaction already in the file: a hot journal.
    _die_mid_write(db, "c.execute('PRAGMA journal_mode = DELETE')\n"
                       "c.execute('PRAGMA cache_size = 5')\n"
                       "c.execute('BEGIN IMMEDIATE')\n"
                       "for i in range(3000):\n"
                       "    c.execute('INSERT INTO places (name, country) VALUES (?, ?)', ('x' * 200 + str(i), 'IDN'))\n")
    assert os.path.exists(f"{db}-journal")
    # A reader cannot roll the journal back: it says so, and what to do.
    with pytest.raises(ws.StoreError, match="open it once for writing to recover it"):
        ws.open(db, readonly=True)
    r = subprocess.run([sys.executable, "-c", CLI, "serve", "--db", str(db)], capture_output=True, text=True,
                       timeout=120)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "recover" in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr
    store = ws.open(db)  # the next writer recovers it
    assert store.counts() == before
    assert store.conn.execute("SELECT count(*) FROM places WHERE name LIKE 'xxxx%'").fetchone()[0] == 0
    store.close()
    _sound(db)
    assert not os.path.exists(f"{db}-journal")
    reader = ws.open(db, readonly=True)
    assert reader.counts() == before
    reader.close()


def test_store_killed_between_wal_switch_and_schema_is_completed(tmp_path):
    db = tmp_path / "half.db"
    _die_mid_write(db, "c.execute('PRAGMA journal_mode = WAL')\nc.execute('BEGIN IMMEDIATE')\n"
                       "c.execute('CREATE TABLE articles (id INTEGER PRIMARY KEY)')\n")
    with pytest.raises(ws.StoreError, match="empty SQLite file, not a warta store yet"):
        ws.open(db, readonly=True)
    store = ws.open(db)
    assert store.counts()["articles"] == 0
    store.close()
    _sound(db)


@pytest.mark.parametrize(("content", "says"), [
    (b"", "is an empty file, not a warta store yet"),
    (b"id,text\n1,not a database\n" * 50, "is not a SQLite file"),
    (b"SQLite format 3\x00" + b"\x07" * 4000, "is not a usable warta store"),
])
def test_a_file_that_is_not_a_store_is_refused_in_one_line(tmp_path, content, says):
    db = tmp_path / "bad.db"
    db.write_bytes(content)
    for args in (["serve", "--db", str(db)], ["events", "--db", str(db)], ["actors", "--db", str(db)]):
        r = subprocess.run([sys.executable, "-c", CLI, *args], capture_output=True, text=True, timeout=120)
        assert r.returncode == 2, (args, r.stderr)
        assert "Traceback" not in r.stderr
        lines = r.stderr.strip().splitlines()
        assert len(lines) == 1 and says in lines[0], (args, r.stderr)
        assert "--db" in lines[0] or "warta ingest" in lines[0]
    assert db.read_bytes() == content  # never overwritten


def test_ingest_into_a_non_sqlite_file_refuses_and_keeps_it(tmp_path):
    db = tmp_path / "notes.db"
    db.write_text("my notes\n" * 100)
    r = subprocess.run([sys.executable, "-c", CLI, "ingest", str(corpus_path()), "--db", str(db), "--no-progress"],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 2 and "Traceback" not in r.stderr
    assert "is not a SQLite file" in r.stderr
    assert db.read_text() == "my notes\n" * 100


def test_an_empty_file_becomes_a_store_for_a_writer(tmp_path):
    db = tmp_path / "empty.db"
    db.touch()
    store = ws.open(db)
    assert store.counts()["articles"] == 0
    store.close()
    _sound(db)
