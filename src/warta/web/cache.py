"""A small cache of aggregated answers (the graph), dropped whenever the store's files change.

The graph of a large store takes seconds to aggregate; the answer only changes when an ingest
writes. The stamp is the size and modification time of the database and its WAL file, so any
commit (by this server's paste-and-save or another process's ingest) invalidates it.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

__all__ = ["StampedCache", "file_stamp"]


def file_stamp(db: Path) -> tuple:
    out = []
    for p in (db, Path(f"{db}-wal")):
        try:
            st = p.stat()
            out.append((st.st_mtime_ns, st.st_size))
        except FileNotFoundError:
            out.append(None)
    return tuple(out)


class StampedCache:
    """LRU of ``key -> value`` valid while ``stamp()`` returns what it did when computed."""

    def __init__(self, stamp: Callable[[], Hashable], size: int = 64) -> None:
        self._stamp = stamp
        self._size = size
        self._items: OrderedDict[Hashable, tuple[Hashable, Any]] = OrderedDict()
        self._lock = threading.Lock()
        self._running: dict[tuple[Hashable, Hashable], threading.Event] = {}
        self.hits = 0
        self.misses = 0

    def get(self, key: Hashable, compute: Callable[[], Any]) -> Any:
        """The cached value, or ``compute()``; concurrent callers of one key share one computation."""
        while True:
            stamp = self._stamp()
            with self._lock:
                found = self._items.get(key)
                if found is not None and found[0] == stamp:
                    self._items.move_to_end(key)
                    self.hits += 1
                    return found[1]
                running = self._running.get((key, stamp))
                if running is None:
                    done = self._running[(key, stamp)] = threading.Event()
                    break
            running.wait()  # someone else is computing it: take their answer (loop re-checks)
        self.misses += 1
        try:
            value = compute()
            with self._lock:
                self._items[key] = (stamp, value)
                self._items.move_to_end(key)
                while len(self._items) > self._size:
                    self._items.popitem(last=False)
            return value
        finally:
            with self._lock:
                del self._running[(key, stamp)]
            done.set()
