"""Crash safety and concurrent reading, with real ingest subprocesses, at points the test observes.

No sleeps decide where a kill lands: the ingest subprocess runs with the test-only variable
``WARTA_TEST_PAUSE_AT`` (see ``warta.ingest.run``) and stops either right after its K-th commit
or with its J-th batch written but not committed, says so on stderr, and waits on stdin.  The
test checks what the store holds at that point, then ``kill -9``s the process group (ingest and
its workers).  Five kills at different batch counts per worker count, then a rerun, must give
exactly the store of a clean run.  A reader querying at such points (and in between) must see
whole batches only.
"""

from __future__ import annotations

import contextlib
import os
import queue
import select
import signal
import sqlite3
import subprocess
import sys
import threading

import pytest

import warta.store as ws
from warta.api import ingest
from warta.samples import recombine, write_jsonl

BATCH = 6
N_ARTICLES = 120  # 20 batches
INGEST = ("import sys, warta.store as ws; from warta.api import ingest; "
          "ingest(ws.open(sys.argv[1]), [sys.argv[2]], workers=int(sys.argv[3]), progress=False, batch_size={batch})")
# Where each run stops before it is killed: five kills per worker count, after a commit or
# inside an open write transaction, at different batch counts.
KILL_POINTS = {
    1: ["committed:1", "uncommitted:2", "committed:3", "uncommitted:1", "committed:2"],
    2: ["uncommitted:3", "committed:2", "uncommitted:1", "committed:1", "uncommitted:2"],
}
HANG_GUARD = 600  # seconds; only against a hung subprocess, never reached by a working ingest


def signature(store):
    events = store.events(limit=None, order="id")
    return (store.counts(),
            sorted((e.type, e.source, e.target or "", e.date or "", e.n_mentions, e.n_articles, e.n_sources,
                    e.n_asserting, e.n_denying, e.quantity_value or 0) for e in events),
            sorted((a.code, a.n_mentions, a.aliases) for a in store.actors(limit=None)),
            store.graph(level="country"))


def articles(db) -> set[tuple[str, str]]:
    with contextlib.closing(sqlite3.connect(db)) as c:
        return set(c.execute("SELECT doc, content_hash FROM articles"))


def check_sound(db) -> None:
    """integrity_check passes; no article, sentence or mention is stored twice."""
    with contextlib.closing(sqlite3.connect(db)) as c:
        assert c.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert c.execute("PRAGMA foreign_key_check").fetchall() == []
        for sql in ("SELECT content_hash FROM articles GROUP BY content_hash HAVING count(*) > 1",
                    "SELECT doc FROM articles GROUP BY doc HAVING count(*) > 1",
                    "SELECT 1 FROM sentences GROUP BY article_id, start, end HAVING count(*) > 1",
                    "SELECT 1 FROM mentions GROUP BY article_id, sentence_id, trigger_start, source_id,"
                    " coalesce(target_id, 0), negated, modality HAVING count(*) > 1"):
            assert c.execute(sql).fetchall() == [], sql


def start_ingest(db, src, workers=1, pause_at: str = ""):
    env = dict(os.environ, WARTA_TEST_PAUSE_AT=pause_at)
    return subprocess.Popen([sys.executable, "-c", INGEST.format(batch=BATCH), str(db), str(src), str(workers)],
                            start_new_session=True, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, env=env, text=True)


def wait_paused(proc, point: str) -> None:
    """Block until the ingest says it stopped at ``point`` (fails if it ends first)."""
    seen = []
    while True:
        ready, _, _ = select.select([proc.stderr], [], [], HANG_GUARD)
        assert ready, f"no pause at {point} within {HANG_GUARD} s: {''.join(seen)}"
        line = proc.stderr.readline()
        assert line, f"the ingest ended before {point}: {''.join(seen)}"
        if line.strip() == f"warta-test-paused {point}":
            return
        seen.append(line)


def kill_group(proc):
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)  # the ingest process and its worker processes
    proc.wait()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    d = tmp_path_factory.mktemp("crash")
    src = d / "corpus.jsonl"
    write_jsonl(recombine(N_ARTICLES, seed=11), src)
    clean = ws.open(d / "clean.db")
    ingest(clean, [src], workers=1, progress=False, batch_size=BATCH)
    sig = signature(clean)
    clean.close()
    assert sig[0]["articles"] == N_ARTICLES  # every batch is a full BATCH, so counts below are exact
    return src, sig, articles(d / "clean.db")


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_kill_9_then_rerun_equals_clean_run(tmp_path, corpus, workers):
    src, clean_sig, clean_articles = corpus
    db = tmp_path / "crashed.db"
    stored = 0
    for point in KILL_POINTS[workers]:
        proc = start_ingest(db, src, workers, pause_at=point)
        try:
            wait_paused(proc, point)
            when, k = point.split(":")
            stored += BATCH * (int(k) if when == "committed" else int(k) - 1)
            # The kill lands where the test says: this run's batches before it are stored, the
            # open one (uncommitted) is not visible.
            assert len(articles(db)) == stored, point
        finally:
            kill_group(proc)
        assert proc.returncode == -signal.SIGKILL
        assert len(articles(db)) == stored, f"after the kill at {point}"
    assert 0 < stored < N_ARTICLES
    check_sound(db)
    store = ws.open(db)
    report = ingest(store, [src], workers=workers, progress=False, batch_size=BATCH)
    assert report.errors == ()
    assert report.articles_added == N_ARTICLES - stored
    assert signature(store) == clean_sig
    store.close()
    assert articles(db) == clean_articles
    check_sound(db)


@pytest.mark.slow
def test_reader_sees_consistent_state_during_ingest(tmp_path, corpus):
    src, clean_sig, _ = corpus
    db = tmp_path / "live.db"
    ws.open(db).close()  # create the schema before the reader starts
    reader = ws.open(db, readonly=True)
    points = ["committed:1", "uncommitted:2", "committed:3", "uncommitted:5", "committed:7", "uncommitted:12"]
    expected = {p: BATCH * (int(p.split(":")[1]) - p.startswith("un")) for p in points}
    proc = start_ingest(db, src, workers=1, pause_at=",".join(points))
    lines: queue.Queue[str] = queue.Queue()
    threading.Thread(target=lambda: [lines.put(ln) for ln in proc.stderr], daemon=True).start()
    seen = []

    def look() -> int:
        with reader.snapshot() as s:
            c = s.counts()
            events = s.events(limit=None)
            dyads = s.dyads(limit=None)
        assert sum(e.n_mentions for e in events) == c["mentions"]
        assert len(events) == c["events"]
        assert sum(d.n_events for d in dyads) == sum(1 for e in events if e.target)
        assert c["articles"] % BATCH == 0 or c["articles"] == clean_sig[0]["articles"], c
        seen.append(c["articles"])
        return c["articles"]

    try:
        output = []
        for point in points:
            while True:  # read while the ingest runs, until it stops at the next point
                try:
                    line = lines.get(timeout=0.05)
                except queue.Empty:
                    assert proc.poll() is None, "".join(output)
                    look()
                    continue
                if line.strip() == f"warta-test-paused {point}":
                    break
                output.append(line)
            assert look() == expected[point], point
            proc.stdin.write("\n")
            proc.stdin.flush()
        assert proc.wait(timeout=HANG_GUARD) == 0, "".join(output)
    finally:
        kill_group(proc)
    look()
    assert seen == sorted(seen), "a reader saw the store shrink"
    assert set(expected.values()) <= set(seen)
    reader.close()
    assert signature(ws.open(db)) == clean_sig
    check_sound(db)
