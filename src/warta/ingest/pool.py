"""Extraction worker processes: results in input order, bounded read-ahead, a time budget per article.

The parent hands each worker at most ``prefetch`` articles over its own pipe and reads a new
input only while fewer than ``max_in_flight`` articles are read but not yet handed back to the
caller (the writer): memory stays bounded however fast the workers are and however slow the
writer is.  An article whose extraction takes longer than ``budget`` seconds is given up: its
worker is killed and replaced (a fresh fork of the parent, which already holds the built
extractor), the article comes back as a :class:`ReadError` naming where it was read, and the
other articles queued on that worker go to the others.  A worker that dies (killed, out of
memory) is replaced the same way.  The parent uses no threads, so forking a replacement is safe.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import queue
import signal
import threading
import time
from collections import deque
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait

from warta.ingest.readers import Item, ReadError

__all__ = ["ArticlePool"]

Work = Callable[[Item], object]


def _worker_main(conn: Connection, work: Work) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    tasks: queue.SimpleQueue = queue.SimpleQueue()

    def receive() -> None:
        # Take tasks off the pipe at once, so the parent never blocks sending a large article
        # to a worker busy with a slow one (the parent must stay free to enforce the budget).
        while True:
            try:
                msg = conn.recv()
            except (EOFError, OSError):
                msg = None
            tasks.put(msg)
            if msg is None:
                return

    threading.Thread(target=receive, name="warta-extract-recv", daemon=True).start()
    while (msg := tasks.get()) is not None:
        seq, item = msg
        conn.send((seq, work(item)))


@dataclass(slots=True)
class _Worker:
    proc: multiprocessing.process.BaseProcess
    conn: Connection
    queue: deque = field(default_factory=deque)  # (seq, item) sent, not yet answered; the head is running
    started: float = 0.0  # when the head article started (as seen by the parent)


class ArticlePool:
    """``workers`` processes running ``work(item)``; see the module docstring."""

    def __init__(self, workers: int, work: Work, *, budget: float | None = None, max_in_flight: int | None = None,
                 prefetch: int = 2, ctx=None) -> None:
        self.n = max(1, workers)
        self.work = work
        self.budget = budget
        self.prefetch = max(1, prefetch)
        self.max_in_flight = max(self.n * self.prefetch, max_in_flight or self.n * 8)
        self.ctx = ctx or multiprocessing.get_context("fork")
        self.workers: list[_Worker] = [self._spawn() for _ in range(self.n)]
        self.replaced = 0

    def _spawn(self) -> _Worker:
        parent_end, child_end = self.ctx.Pipe()
        proc = self.ctx.Process(target=_worker_main, args=(child_end, self.work), daemon=True,
                                name="warta-extract")
        proc.start()
        child_end.close()
        return _Worker(proc, parent_end)

    def _replace(self, w: _Worker) -> None:
        with contextlib.suppress(ProcessLookupError, OSError):
            w.proc.kill()
        w.proc.join()
        w.conn.close()
        self.workers[self.workers.index(w)] = self._spawn()
        self.replaced += 1

    def close(self) -> None:
        for w in self.workers:
            with contextlib.suppress(OSError, ValueError):
                w.conn.send(None)
        deadline = time.monotonic() + 5
        for w in self.workers:
            w.proc.join(max(0.0, deadline - time.monotonic()))
            if w.proc.is_alive():
                w.proc.kill()
                w.proc.join()
            w.conn.close()
        self.workers = []

    def __enter__(self) -> ArticlePool:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def map(self, items: Iterator[Item]) -> Iterator[object]:
        """``work(item)`` for every item, in input order (a timed-out or lost item gives a ReadError)."""
        items = iter(items)
        retry: deque[tuple[int, Item]] = deque()  # articles taken back from a replaced worker
        done: dict[int, object] = {}
        next_seq = next_out = 0
        exhausted = False
        while True:
            # Hand out work while the read-ahead bound allows.
            while True:
                w = min(self.workers, key=lambda x: len(x.queue))
                if len(w.queue) >= self.prefetch:
                    break
                if retry:
                    task = retry.popleft()
                elif exhausted or next_seq - next_out >= self.max_in_flight:
                    break
                else:
                    try:
                        task = (next_seq, next(items))
                    except StopIteration:
                        exhausted = True
                        break
                    next_seq += 1
                if not w.queue:
                    w.started = time.monotonic()
                w.queue.append(task)
                with contextlib.suppress(OSError, ValueError):
                    w.conn.send(task)  # to a dead worker: found below through its sentinel
            while next_out in done:
                yield done.pop(next_out)
                next_out += 1
            if exhausted and not retry and next_out == next_seq:
                return
            busy = [w for w in self.workers if w.queue]
            if not busy:
                continue
            timeout = None
            if self.budget is not None and busy:
                timeout = max(0.0, min(w.started for w in busy) + self.budget - time.monotonic())
            wait([w.conn for w in busy] + [w.proc.sentinel for w in busy], timeout)
            for w in busy:
                lost = False
                try:
                    while w.queue and w.conn.poll():
                        seq, res = w.conn.recv()
                        w.queue.popleft()
                        done[seq] = res
                        w.started = time.monotonic()
                except (EOFError, OSError):
                    lost = True
                if not w.queue:
                    continue
                if lost or not w.proc.is_alive():
                    seq, item = w.queue.popleft()
                    done[seq] = ReadError(_where(item), f"the extraction worker died (exit code {w.proc.exitcode}) "
                                          "on this article; skipped")
                elif self.budget is not None and time.monotonic() - w.started > self.budget:
                    seq, item = w.queue.popleft()
                    done[seq] = ReadError(_where(item), f"extraction took over {self.budget:g} s "
                                          "(--article-timeout); skipped")
                else:
                    continue
                retry.extendleft(reversed(w.queue))
                w.queue.clear()
                self._replace(w)


def _where(item: Item) -> str:
    return f"{item.origin} [{item.article.id}]" if item.article.id else item.origin
