"""The ingest run: read inputs, skip what is stored, extract on every core, write in atomic batches.

The parent process reads inputs (in order), drops articles already stored or already
seen in this run (same normalised text or URL), and feeds the rest to extraction worker
processes (:class:`warta.ingest.pool.ArticlePool`) that detect the language, segment and
extract events.  Results come back in input order and are written by the parent,
``batch_size`` articles per transaction.  At most a few articles per worker are read ahead
of the writer, so memory does not grow with the corpus.  An article whose extraction takes
longer than ``article_timeout`` seconds is reported by ``file:line`` and skipped; its worker
is replaced.  Progress (articles/s, events, errors) goes to stderr.

Two environment variables exist FOR TESTS ONLY (tests/store/test_crash.py), so that a test
can act at a point it observes instead of after a sleep:

- ``WARTA_TEST_PAUSE_AT="committed:K,uncommitted:J,..."``: after committing this run's K-th
  batch (``committed:K``), or with the J-th batch written but not yet committed
  (``uncommitted:J``), ingest prints ``warta-test-paused <point>`` on stderr and waits for a
  line on stdin before going on.
- ``WARTA_TEST_SLOW_MARKER=TEXT``: a worker given an article containing TEXT sleeps for an
  hour instead of extracting it (to trip the per-article time budget).
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from datetime import date
from functools import lru_cache, partial

from warta.ingest.pool import ArticlePool
from warta.ingest.readers import Item, ReadError, ReadOptions, ReadWarning, read_inputs
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
    from warta.lexicon.registry import abbreviations, available_languages, word_classes
    from warta.pipeline.segment import Segmenter

    if lang not in available_languages():
        return Segmenter()
    return Segmenter(abbreviations(lang), word_classes(lang)["clitic"])


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


def _work(item: Item, extractor: Extractor | None = None) -> Prepared | ReadError:
    marker = os.environ.get("WARTA_TEST_SLOW_MARKER")  # test-only: see the module docstring
    if marker and marker in item.article.text:
        time.sleep(3600)
    try:
        return prepare(item, extractor or _WORKER_EXTRACTOR)
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
                auto_refresh=False,  # no refresh thread: the parent forks replacement workers
            )
            self.p.__enter__()
            self.task = self.p.add_task("ingest", total=None, rate=0.0, events=0, dups=0, errors=0)
            self.t0 = time.perf_counter()
        return self

    def update(self, done: int, events: int, dups: int, errors: int) -> None:
        if self.p is not None:
            dt = max(time.perf_counter() - self.t0, 1e-9)
            self.p.update(self.task, completed=done, rate=done / dt, events=events, dups=dups, errors=errors,
                          refresh=True)

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


class _TestPauses:
    """The ``WARTA_TEST_PAUSE_AT`` hook (tests only; see the module docstring)."""

    def __init__(self) -> None:
        spec = os.environ.get("WARTA_TEST_PAUSE_AT", "")
        self.points = {p.strip() for p in spec.split(",") if p.strip()}
        self.batches = 0

    def __call__(self, when: str) -> None:
        """``when`` is "uncommitted" (a batch written, not committed) or "committed" (just after)."""
        if when == "committed":
            self.batches += 1
        point = f"{when}:{self.batches + (when == 'uncommitted')}"
        if point in self.points:
            print(f"warta-test-paused {point}", file=sys.stderr, flush=True)
            sys.stdin.readline()


DEFAULT_ARTICLE_TIMEOUT = 30.0


def run_ingest(store, inputs: list, *, workers: int | None = None, progress: bool = True, batch_size: int = 200,
               lang: str | None = None, published: date | None = None, on_error=None,
               extractor: Extractor | None = None,
               article_timeout: float | None = DEFAULT_ARTICLE_TIMEOUT, read_options: ReadOptions | None = None,
               on_warning=None) -> IngestReport:
    """Ingest ``inputs`` into ``store`` (a :class:`warta.store.Store`); see the module docstring.

    ``article_timeout``: seconds one article's extraction may take before it is reported and
    skipped (None: no limit; then ``workers=1`` extracts in this process). ``read_options``: date
    order and CSV columns (:class:`warta.records.ReadOptions`); warnings about articles read anyway
    (an unreadable date) go to ``on_warning(message)``.
    """
    extractor = extractor or default_extractor
    workers = workers or os.cpu_count() or 1
    t0 = time.perf_counter()
    errors: list[str] = []
    counters = {"dups": 0, "read": 0, "skipped": 0}
    writer = Writer(store.conn)
    pause = _TestPauses() if os.environ.get("WARTA_TEST_PAUSE_AT") else None
    added = events_added = mentions_added = 0

    def report(err: ReadError) -> None:
        errors.append(str(err))
        if on_error is not None:
            on_error(str(err))

    undated_txt: list[str] = []

    def counted(it: Iterator[Item | ReadError]) -> Iterator[Item]:
        for x in it:
            if isinstance(x, ReadWarning):
                if on_warning is not None:
                    on_warning(str(x))
            elif isinstance(x, ReadError):
                report(x)
            else:
                counters["read"] += 1
                if x.article.published is None and x.origin.lower().endswith(".txt"):
                    undated_txt.append(x.origin)
                yield x

    def write(batch: list[Prepared]) -> None:
        nonlocal added, events_added, mentions_added
        r = writer.write_batch(batch, before_commit=(lambda: pause("uncommitted")) if pause else None)
        added += r.added
        counters["dups"] += r.duplicates
        events_added += r.events_added
        mentions_added += r.mentions_added
        if pause:
            pause("committed")

    source = counted(_fresh(read_inputs(inputs, lang=lang, published=published, options=read_options),
                            store.path, counters))
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
    _init_worker(extractor)
    if workers > 1 or article_timeout is not None:
        ctx = multiprocessing.get_context("fork" if sys.platform != "win32" else "spawn")
        pool = ArticlePool(workers, partial(_work, extractor=extractor), budget=article_timeout, ctx=ctx)
        results = pool.map(source)
    else:
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
                    write(batch)
                    batch = []
                    bar.update(added, mentions_added, counters["dups"], len(errors))
            if batch:
                write(batch)
            bar.update(added, mentions_added, counters["dups"], len(errors))
    finally:
        if pool is not None:
            pool.close()
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
