"""Ingest's worker pool: input order, bounded read-ahead, the per-article time budget, lost workers.

Real worker processes throughout.  Slowness is made by the test-only ``WARTA_TEST_SLOW_MARKER``
(an article carrying the marker sleeps an hour in its worker) against a budget of seconds,
far above a normal article's extraction and far below the sleep, so the outcome does not
depend on the machine's speed or load.
"""

from __future__ import annotations

import json
import os
import re
import sqlite3
import subprocess
import sys
import threading
import time
from contextlib import closing

import pytest

from warta.ingest.pool import ArticlePool
from warta.ingest.readers import Item, ReadError
from warta.model import Article
from warta.samples import recombine

CLI = "import sys, warta.cli.store; from warta.cli import app; sys.argv[0] = 'warta'; app()"
MARKER = "zq-slow-article-marker"
BUDGET = 10  # seconds: a normal article takes well under 1 s even on a loaded machine


def _echo(item: Item) -> str:
    text = item.article.text
    if text.startswith("sleep"):
        time.sleep(3600)
    if text.startswith("die"):
        os._exit(3)
    return text.upper()


def _items(texts):
    return (Item(Article(id=f"d{i}", text=t), f"in.jsonl:{i + 1}") for i, t in enumerate(texts))


def test_results_come_back_in_input_order():
    texts = [f"article {i}" for i in range(60)]
    with ArticlePool(3, _echo, budget=None) as pool:
        assert list(pool.map(_items(texts))) == [t.upper() for t in texts]


def test_read_ahead_is_bounded():
    pulled = []

    def source():
        for i in range(10_000):
            pulled.append(i)
            yield Item(Article(id=str(i), text=f"article {i}"), f"in:{i}")

    with ArticlePool(2, _echo, max_in_flight=8) as pool:
        results = pool.map(source())
        next(results)
        time.sleep(0.5)  # give the workers time to ask for more; they must not get it
        assert pool.max_in_flight == 8
        assert len(pulled) <= 8 + 1
        rest = list(results)
    assert len(rest) == 9_999 and len(pulled) == 10_000


def test_a_slow_article_is_skipped_and_its_worker_replaced():
    texts = ["one", "two", "sleep please", "four", "five", "six"]
    with ArticlePool(2, _echo, budget=2) as pool:
        out = list(pool.map(_items(texts)))
        assert pool.replaced == 1
    assert out[:2] == ["ONE", "TWO"] and out[3:] == ["FOUR", "FIVE", "SIX"]
    assert isinstance(out[2], ReadError)
    assert str(out[2]).startswith("in.jsonl:3 [d2]: extraction took over 2 s")


def test_a_large_article_queued_behind_a_slow_one_does_not_block_the_budget():
    # 2 MB does not fit in a pipe's buffer: the worker must take it off the pipe while busy,
    # or the parent would block sending it and never enforce the budget.
    big = "x" * 2_000_000
    texts = ["sleep please", big, "three"]
    out: list = []
    with ArticlePool(1, _echo, budget=2, prefetch=2) as pool:
        t = threading.Thread(target=lambda: out.extend(pool.map(_items(texts))), daemon=True)
        t.start()
        t.join(300)  # a hang guard only
        assert not t.is_alive(), "the parent blocked sending to a busy worker"
    assert isinstance(out[0], ReadError) and out[1:] == [big.upper(), "THREE"]


def test_a_worker_that_dies_loses_only_its_article():
    texts = ["one", "die now", "three", "four"]
    with ArticlePool(1, _echo, budget=None) as pool:
        out = list(pool.map(_items(texts)))
        assert pool.replaced == 1
    assert out[0] == "ONE" and out[2:] == ["THREE", "FOUR"]
    assert isinstance(out[1], ReadError) and "worker died (exit code 3)" in str(out[1])


def _stored(db) -> list[str]:
    with closing(sqlite3.connect(db)) as c:
        assert c.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return [r[0] for r in c.execute("SELECT doc FROM articles ORDER BY id")]


@pytest.mark.slow
@pytest.mark.parametrize("workers", [1, 2])
def test_ingest_reports_an_article_over_budget_by_line_and_goes_on(tmp_path, workers):
    rows = list(recombine(12, seed=3))
    long_text = " ".join(rows[i % 12]["text"] for i in range(40)) + f" {MARKER}."
    rows.insert(6, {"id": "the-long-one", "text": long_text})
    src = tmp_path / "news.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    db = tmp_path / "w.db"
    args = [sys.executable, "-c", CLI, "ingest", str(src), "--db", str(db), "--workers", str(workers),
            "--no-progress"]
    t0 = time.monotonic()
    r = subprocess.run([*args, "--article-timeout", str(BUDGET)], capture_output=True, text=True, timeout=900,
                       env=dict(os.environ, WARTA_TEST_SLOW_MARKER=MARKER))
    assert r.returncode == 0, r.stderr
    assert time.monotonic() - t0 < 600, "the run waited for the slow article"
    # named by file (and line, where the reader gives it) and id, on one line
    assert re.search(rf"^skipped \S*news\.jsonl(:7)? \[the-long-one\]: extraction took over {BUDGET} s "
                     r"\(--article-timeout\); skipped$", r.stderr, re.M), r.stderr
    assert "12 articles added" in r.stdout and "1 errors" in r.stdout
    assert _stored(db) == [row["id"] for row in rows if row["id"] != "the-long-one"]
    # Without the slowness, a rerun stores the skipped article and nothing twice.
    r = subprocess.run(args, capture_output=True, text=True, timeout=900)
    assert r.returncode == 0, r.stderr
    assert "1 articles added, 12 already stored" in r.stdout
    assert sorted(_stored(db)) == sorted(row["id"] for row in rows)
