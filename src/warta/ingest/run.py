"""The ingest run: read inputs, skip what is stored, extract on every core, write in atomic batches.

The parent process reads inputs (in order), drops articles already stored or already
seen in this run (same normalised text or URL), and feeds the rest to a process pool
that detects the language, segments and extracts events.  Results come back in input
order and are written by the parent, ``batch_size`` articles per transaction.  Progress
(articles/s, events, errors) goes to stderr.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache
from importlib import resources

from warta.ingest.readers import Item, ReadError, read_inputs
from warta.langid import detect_language, supported_languages
from warta.model import Article, Event
from warta.store.results import IngestReport
from warta.store.writer import Prepared, Writer, content_hash, normalise_url

__all__ = ["default_extractor", "prepare", "run_ingest", "segment"]

Extractor = Callable[[Article], Iterable[Event]]


def default_extractor(article: Article) -> list[Event]:
    """The extraction core (``warta.api.extract_article``)."""
    from warta.api import extract_article

    return list(extract_article(article))


@lru_cache(maxsize=16)
def _segmenter(lang: str | None):
    from warta.pipeline.segment import Segmenter

    abbrevs: list[str] = []
    if lang:
        try:
            res = resources.files(f"warta.lang.{lang}").joinpath("abbreviations.txt")
            if res.is_file():
                abbrevs = [ln.strip() for ln in res.read_text(encoding="utf-8").splitlines()
                           if ln.strip() and not ln.lstrip().startswith("#")]
        except ModuleNotFoundError:
            pass
    return Segmenter(abbrevs)


def segment(text: str, lang: str | None) -> tuple[tuple[int, int, int, str], ...]:
    """Sentences of ``text`` as ``(index, start, end, text)`` for the full-text index."""
    return tuple((s.index, s.start, s.end, s.text) for s in _segmenter(lang).split(text))


def prepare(item: Item, extractor: Extractor = default_extractor) -> Prepared:
    """Language, sentences and events of one article (runs in a worker process)."""
    a = item.article
    if not a.lang:
        a = replace(a, lang=detect_language(a.text))
    events = tuple(extractor(a))
    return Prepared(article=a, origin=item.origin, sentences=segment(a.text, a.lang), events=events,
                    hash=content_hash(a.text))


_WORKER_EXTRACTOR: Extractor = default_extractor


def _init_worker(extractor: Extractor) -> None:
    global _WORKER_EXTRACTOR
    _WORKER_EXTRACTOR = extractor


def _work(item: Item) -> Prepared | ReadError:
    try:
        return prepare(item, _WORKER_EXTRACTOR)
    except Exception as e:  # one article's failure must not stop the run
        return ReadError(f"{item.origin} [{item.article.id}]", f"extraction failed: {type(e).__name__}: {e}")


class _Progress:
    """A Rich progress line on stderr, advanced by the parent only."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.p = None

    def __enter__(self) -> _Progress:
        if self.enabled:
            from rich.console import Console
            from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

            self.p = Progress(
                SpinnerColumn(), TextColumn("[bold]ingest[/]"),
                TextColumn("{task.completed} articles"), TextColumn("{task.fields[rate]:.0f}/s"),
                TextColumn("{task.fields[events]} events"), TextColumn("{task.fields[dups]} already stored"),
                TextColumn("[red]{task.fields[errors]} errors[/]"), TimeElapsedColumn(),
                console=Console(stderr=True), transient=False,
            )
            self.p.__enter__()
            self.task = self.p.add_task("ingest", total=None, rate=0.0, events=0, dups=0, errors=0)
            self.t0 = time.perf_counter()
        return self

    def update(self, done: int, events: int, dups: int, errors: int) -> None:
        if self.p is not None:
            dt = max(time.perf_counter() - self.t0, 1e-9)
            self.p.update(self.task, completed=done, rate=done / dt, events=events, dups=dups, errors=errors)

    def __exit__(self, *exc) -> None:
        if self.p is not None:
            self.p.__exit__(*exc)


def _fresh(items: Iterator[Item | ReadError], store_path, counters: dict, chunk: int = 256) -> Iterator[Item | ReadError]:
    """Items not yet stored nor seen in this run; errors pass through (reported by the consumer)."""
    from warta.store.db import connect

    conn = connect(store_path, readonly=True)
    writer = Writer(conn)
    seen_h: set[str] = set()
    seen_u: set[str] = set()
    try:
        buf: list[Item | ReadError] = []

        def flush() -> Iterator[Item | ReadError]:
            good = [b for b in buf if isinstance(b, Item)]
            hashes = {id(b): content_hash(b.article.text) for b in good}
            known_h, known_u = writer.known(hashes.values(), (b.article.url for b in good))
            for b in buf:
                if isinstance(b, ReadError):
                    yield b
                    continue
                h = hashes[id(b)]
                u = normalise_url(b.article.url)
                if h in known_h or h in seen_h or (u and (u in known_u or u in seen_u)):
                    counters["skipped"] += 1
                    counters["dups"] += 1
                    continue
                seen_h.add(h)
                if u:
                    seen_u.add(u)
                yield b

        for it in items:
            buf.append(it)
            if len(buf) >= chunk:
                yield from flush()
                buf = []
        if buf:
            yield from flush()
    finally:
        conn.close()


def run_ingest(store, inputs: list, *, workers: int | None = None, progress: bool = True, batch_size: int = 200,
               lang: str | None = None, published: date | None = None, on_error=None,
               extractor: Extractor | None = None) -> IngestReport:
    """Ingest ``inputs`` into ``store`` (a :class:`warta.store.Store`); see the module docstring."""
    extractor = extractor or default_extractor
    workers = workers or os.cpu_count() or 1
    t0 = time.perf_counter()
    errors: list[str] = []
    counters = {"dups": 0, "read": 0, "skipped": 0}
    writer = Writer(store.conn)
    added = events_added = mentions_added = 0

    def report(err: ReadError) -> None:
        errors.append(str(err))
        if on_error is not None:
            on_error(str(err))

    undated_txt: list[str] = []

    def counted(it: Iterator[Item | ReadError]) -> Iterator[Item]:
        for x in it:
            if isinstance(x, ReadError):
                report(x)
            else:
                counters["read"] += 1
                if x.article.published is None and x.origin.lower().endswith(".txt"):
                    undated_txt.append(x.origin)
                yield x

    source = counted(_fresh(read_inputs(inputs, lang=lang, published=published), store.path, counters))
    # Build the per-process extractor once, before forking, so workers inherit it; an extractor
    # that cannot even be imported stops the run here instead of failing on every article.
    for code in supported_languages():
        try:
            extractor(Article(id="warm-up", text="Warm up.", lang=code))
        except ImportError:
            raise
        except Exception:
            pass
    pool = None
    if workers > 1:
        ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        pool = ctx.Pool(workers, initializer=_init_worker, initargs=(extractor,))
        results = pool.imap(_work, source, chunksize=4)
    else:
        _init_worker(extractor)
        results = map(_work, source)
    try:
        with _Progress(progress) as bar:
            batch: list[Prepared] = []
            for res in results:
                if isinstance(res, ReadError):
                    report(res)
                    continue
                batch.append(res)
                if len(batch) >= batch_size:
                    r = writer.write_batch(batch)
                    added += r.added
                    counters["dups"] += r.duplicates
                    events_added += r.events_added
                    mentions_added += r.mentions_added
                    batch = []
                    bar.update(added, mentions_added, counters["dups"], len(errors))
            if batch:
                r = writer.write_batch(batch)
                added += r.added
                counters["dups"] += r.duplicates
                events_added += r.events_added
                mentions_added += r.mentions_added
            bar.update(added, mentions_added, counters["dups"], len(errors))
    finally:
        if pool is not None:
            pool.terminate()
            pool.join()
    return IngestReport(
        articles_read=counters["read"] + counters["skipped"], articles_added=added, duplicates=counters["dups"],
        events_added=events_added, mentions_added=mentions_added, errors=tuple(errors),
        seconds=time.perf_counter() - t0, warnings=_undated_warning(undated_txt),
    )


def _undated_warning(paths: list[str]) -> tuple[str, ...]:
    """One warning for every .txt file read without a publication date (a .txt has no date field)."""
    if not paths:
        return ()
    files = "1 .txt file has" if len(paths) == 1 else f"{len(paths)} .txt files have"
    return (f"{files} no publication date (first: {paths[0]}): relative dates in them ('kemarin', "
            "'last week') cannot be resolved and their events stay undated unless the text dates them; "
            "give --published YYYY-MM-DD",)
