"""Where warta's time goes, per stage, in CPU seconds of one first pass (helper DA, session 28, issue 11).

The corpora of ``bench/throughput.py``: real Indonesian news (kumparan, via nlp-id, the first MEGABYTES) and the dev
gold's texts, each coded once in this process after the coders and parsers are built (as ``throughput.py`` times
them). Each stage function is wrapped to add up its CPU time (``time.process_time``; inclusive: a stage called
inside another counts in both) and its calls; the wrappers cost about a microsecond a call, so stages called
thousands of times read a little high. Also counted: the sentences the parser parsed (``parse_roles fallback``) and
the role lookups where the parse's pairs replaced the windows' (``EventCoder._roles`` returned the parse's): what
the parser's share of the time buys.

CPU time, not wall time: on a machine shared with other jobs the wall time of every stage grows with their load,
and the stages that read large tables (the parser's weights, the actor and place automata) grow most, as other
processes evict them from the caches between two articles. Read the shares on an idle machine.

Usage: python bench/stage_times.py [MEGABYTES]
"""

from __future__ import annotations

import functools
import sys
import time
from collections import Counter
from collections.abc import Callable
from typing import Any

from throughput import gold_articles, news_corpus
from warta.api import coder, extract_article
from warta.model import Article
from warta.pipeline import actors, events, segment, syntax, triggers, where

#: (owner, attribute, label): the stages timed; an owner's attribute is replaced by a timing wrapper while measuring.
STAGES: tuple[tuple[Any, str, str], ...] = (
    (segment.Segmenter, "split_words", "segment: split_words (every sentence)"),
    (triggers.TriggerMatcher, "find", "triggers: find (every sentence)"),
    (actors.ActorFinder, "find", "actors: find (article)"),
    (actors.ActorFinder, "_hits", "  actors: lexicon hits (automaton)"),
    (actors.ActorFinder, "_places", "  actors: places of the article (gazetteer automaton)"),
    (actors.ActorFinder, "_unlisted_names", "  actors: unlisted names"),
    (where.PlaceFinder, "find", "places: find (an article, a text searched alone)"),
    (where.PlaceFinder, "find_in", "places: find_in (sentences, names of the article)"),
    (events, "resolve_anaphora", "coref: resolve_anaphora"),
    (segment.Segmenter, "with_tokens", "segment: tokens of active sentences"),
    (events.EventCoder, "_code_sentence", "events: code a sentence (all below)"),
    (events, "find_roles", "  roles: find_roles"),
    (events, "apply", "  conventions: apply (every stage's rules)"),
    (events.EventCoder, "_roles", "  roles: parse fallback (parse included)"),
    (syntax.DependencyParser, "parse_words", "    parser: parse_words"),
    (events.EventCoder, "_event", "  events: build an event"),
)


def _timed(fn: Callable, label: str, seconds: Counter, calls: Counter) -> Callable:
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        t0 = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            seconds[label] += time.process_time() - t0
            calls[label] += 1
    return wrapper


def measure(articles: list[Article]) -> tuple[float, Counter, Counter, int, int]:
    """(total CPU seconds, seconds per stage, calls per stage, sentences parsed, role lookups the parse gave)."""
    seconds: Counter = Counter()
    calls: Counter = Counter()
    saved = [(owner, name, owner.__dict__[name]) for owner, name, _ in STAGES]
    taken = [0]
    roles = events.EventCoder._roles

    def counted_roles(self, view, m, found, pairs):
        out = roles(self, view, m, found, pairs)
        taken[0] += out is not pairs  # the parse's pairs, not the windows'
        return out

    events.EventCoder._roles = counted_roles
    for owner, name, label in STAGES:
        setattr(owner, name, _timed(getattr(owner, name), label, seconds, calls))
    parsed = syntax.usage()
    try:
        t0 = time.process_time()
        for a in articles:
            extract_article(a)
        total = time.process_time() - t0
    finally:
        events.EventCoder._roles = roles
        for owner, name, fn in saved:
            setattr(owner, name, fn)
    return total, seconds, calls, (syntax.usage() - parsed).sentences, taken[0]


def report(label: str, articles: list[Article]) -> None:
    total, seconds, calls, parsed, taken = measure(articles)
    words = sum(len(a.text.split()) for a in articles)
    print(f"{label}: {len(articles):,} articles, {words:,} words, {total:.3f} s CPU ({words / total:,.0f} words/s)")
    for _, _, name in STAGES:
        if calls[name]:
            print(f"  {name:<55} {seconds[name]:7.3f} s {100 * seconds[name] / total:5.1f}%  {calls[name]:>7,} calls")
    print(f"  parser: {parsed:,} sentences parsed; the parse's pairs taken in {taken:,} role lookups")


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 0.5
    for lang in ("id", "en"):
        coder(lang)
        if lang in syntax.available_languages():
            syntax.load_parser(lang)
    news = news_corpus(int(mb * 1_000_000))
    if news:
        report("real Indonesian news (kumparan, via nlp-id)", news)
    gold = gold_articles()
    if gold:
        report("dev gold news texts", gold)


if __name__ == "__main__":
    main()
