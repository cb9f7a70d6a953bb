"""The graph cache: answers kept until the store's files change, one computation per key at a time."""

from __future__ import annotations

import threading
import time

import pytest

from warta.web.cache import StampedCache, file_stamp


def test_values_live_until_the_stamp_changes():
    stamp = [1]
    calls = []
    cache = StampedCache(lambda: stamp[0], size=2)

    def compute(v):
        calls.append(v)
        return v

    assert cache.get("a", lambda: compute("A1")) == "A1"
    assert cache.get("a", lambda: compute("A2")) == "A1"
    stamp[0] = 2
    assert cache.get("a", lambda: compute("A3")) == "A3"
    cache.get("b", lambda: compute("B"))
    cache.get("c", lambda: compute("C"))  # size 2: "a" is dropped
    assert cache.get("a", lambda: compute("A4")) == "A4"
    assert calls == ["A1", "A3", "B", "C", "A4"]


def test_concurrent_callers_share_one_computation():
    cache = StampedCache(lambda: 0)
    calls = []

    def slow():
        calls.append(1)
        time.sleep(0.3)
        return "graph"

    results = []
    threads = [threading.Thread(target=lambda: results.append(cache.get("k", slow))) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert results == ["graph"] * 4 and len(calls) == 1


def test_a_failed_computation_is_not_cached(tmp_path):
    cache = StampedCache(lambda: file_stamp(tmp_path / "x.db"))
    with pytest.raises(ZeroDivisionError):
        cache.get("k", lambda: 1 / 0)
    assert cache.get("k", lambda: 5) == 5
    (tmp_path / "x.db").write_bytes(b"1")
    assert cache.get("k", lambda: 6) == 6  # the file appeared: a new stamp
