"""Throughput of warta.extract on one core, as a ratio to spaCy's blank tokenizer + sentencizer.

Both run in this process over the same text, so the ratio does not depend on the machine.  The ratio
moves with two properties of the text, so three corpora are measured:

1. Real Indonesian news, >= 1 MB: the POS-tagged kumparan news sentences that the ``nlp-id`` wheel
   ships (MIT; ``./run bench`` installs it with ``--no-deps`` and it is read from the installed
   distribution, never copied), detokenised and grouped into articles of consecutive sentences.
   General news: a few events per thousand words, a large vocabulary.  The issue's target
   (ratio >= 0.5 over >= 1 MB) is judged here.
2. The dev gold's news texts (read from ../shared/gold when present), one pass: real international
   news, dense in events, so most sentences go through the whole coder.
3. >= 1 MB recombined from the built-in sample corpus: every sentence an event and a vocabulary of a
   few thousand words, which spaCy's per-word cache answers after the first article.  The worst case
   for the ratio on both counts: a lower bound, not a picture of news.

For each corpus it also prints the dependency parser's share: how many of warta's sentences the coder
had parsed, and the parser's own speed (words/s while parsing).  The parser runs only with
``parse_roles fallback`` (``lang/<code>/settings.tsv``); so the news and the dev gold are measured a second
time with the parser switched the other way in this process (``off`` where the languages ship ``fallback``),
to show what the parser costs the coder (a second pass: warta's caches are warm, spaCy's blank pipeline is
built afresh).
Each ratio is also given in CPU time (``time.process_time``): on a machine shared with other jobs their load
enters the wall times of both sides unevenly (the parser's matrix products suffer most).
Usage: python bench/throughput.py [MEGABYTES]
"""

from __future__ import annotations

import json
import sys
import time
from datetime import date
from pathlib import Path

import spacy

from kumparan import NEWS_DIST, NEWS_NAME, data_dir
from kumparan import sentences as read_sentences
from warta.api import coder, extract_article
from warta.lexicon.registry import load_language
from warta.model import Article
from warta.pipeline import syntax
from warta.pipeline.segment import Segmenter
from warta.samples import recombine

SENTENCES_PER_ARTICLE = 20


def news_corpus(min_bytes: int) -> list[Article]:
    """Real Indonesian news from the nlp-id distribution, or [] when it is not installed."""
    folder = data_dir()
    path = folder / NEWS_NAME if folder is not None else None
    if path is None or not path.is_file():
        return []
    sentences = list(read_sentences(path).values())
    out: list[Article] = []
    size = 0
    for i in range(0, len(sentences), SENTENCES_PER_ARTICLE):
        text = " ".join(sentences[i : i + SENTENCES_PER_ARTICLE])
        out.append(Article(id=f"kumparan-{i}", text=text, lang="id", published=date(2019, 12, 1)))
        size += len(text.encode("utf-8"))
        if size >= min_bytes:
            break
    return out


def recombined_corpus(min_bytes: int) -> list[Article]:
    out, size = [], 0
    for i, rec in enumerate(recombine(10**6, seed=7)):
        out.append(Article(id=str(i), text=rec["text"], lang=rec["lang"]))
        size += len(rec["text"].encode("utf-8"))
        if size >= min_bytes:
            return out
    return out


def gold_articles() -> list[Article]:
    path = Path(__file__).resolve().parents[1].parent / "shared" / "gold" / "dev.jsonl"
    if not path.is_file():
        return []
    recs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [Article(id=r["id"], text=r["text"], lang=r["lang"]) for r in recs]


def measure(label: str, articles: list[Article]) -> float:
    words = sum(len(a.text.split()) for a in articles)
    size = sum(len(a.text.encode("utf-8")) for a in articles)
    nlp = {lang: spacy.blank(lang) for lang in ("id", "en")}
    for p in nlp.values():
        p.add_pipe("sentencizer")
    t0, c0 = time.perf_counter(), time.process_time()
    for a in articles:
        doc = nlp[a.lang](a.text)
        sum(1 for _ in doc.sents)
    base, base_cpu = time.perf_counter() - t0, time.process_time() - c0

    parsed_before = syntax.usage()
    t0, c0 = time.perf_counter(), time.process_time()
    events = 0
    for a in articles:
        events += len(extract_article(a))
    ours, ours_cpu = time.perf_counter() - t0, time.process_time() - c0
    parsed = syntax.usage() - parsed_before

    ratio = base / ours
    print(f"{label}: {len(articles):,} articles, {size / 1e6:.2f} MB, {words:,} words, "
          f"{events:,} events ({1000 * events / max(words, 1):.1f} per 1000 words)")
    print(f"  spaCy blank tokenizer+sentencizer: {words / base:,.0f} words/s")
    print(f"  warta extract (one core):          {words / ours:,.0f} words/s")
    print(f"  ratio warta / spaCy: {ratio:.2f} (in CPU time: {base_cpu / ours_cpu:.2f}, which other jobs on the machine "
          f"disturb less)")
    print_parser_share(articles, parsed, ours)
    return ratio


def print_parser_share(articles: list[Article], parsed: syntax.ParserUsage, seconds: float) -> None:
    segmenters = {lang: Segmenter(load_language(lang).abbreviations) for lang in ("id", "en")}
    sentences = sum(len(segmenters[a.lang].split(a.text)) for a in articles if a.lang in segmenters)
    if not parsed.sentences:
        off = not any(coder(lang).parsed for lang in ("id", "en"))
        print(f"  parser: 0 of {sentences:,} sentences parsed{' (parse_roles off)' if off else ''}")
        return
    recalled = f"; {parsed.recalled:,} of them met before, answered from memory" if parsed.recalled else ""
    print(f"  parser: {parsed.sentences:,} of {sentences:,} sentences parsed "
          f"({100 * parsed.sentences / max(sentences, 1):.1f}%{recalled}), {parsed.words - parsed.recalled_words:,} words at "
          f"{parsed.words_per_second:,.0f} words/s, {100 * parsed.seconds / seconds:.0f}% of warta's time")


def measure_switched(label: str, articles: list[Article]) -> None:
    """``articles`` once more with the parser switched the other way in this process only: ``parse_roles off``
    where the languages ship ``fallback``, ``fallback`` where one ships ``off`` (what the parser costs)."""
    langs = [lang for lang in ("id", "en") if lang in syntax.available_languages()]
    shipped = {lang: coder(lang).parsed for lang in langs}
    on = not all(shipped.values())
    for lang in langs:
        coder(lang).parsed = on
    try:
        measure(f"{label}, parse_roles {'fallback' if on else 'off'} (second pass)", articles)
    finally:
        for lang, parsed in shipped.items():
            coder(lang).parsed = parsed


def main() -> None:
    mb = float(sys.argv[1]) if len(sys.argv) > 1 else 1.0
    for lang in ("id", "en"):
        coder(lang)  # build lexicons and automata outside the timed part, as a long run would
        if lang in syntax.available_languages():
            syntax.load_parser(lang)  # and the parser, which the coder loads on the first sentence it parses
    news = news_corpus(int(mb * 1_000_000))
    if news:
        ratio = measure("real Indonesian news (kumparan, via nlp-id)", news)
        print(f"  target: ratio >= 0.5 over >= 1 MB -> {'met' if ratio >= 0.5 else 'NOT met'}")
    else:
        print(f"real news corpus: the {NEWS_DIST} distribution is not installed; "
              f"run `./run bench` or `pip install --no-deps {NEWS_DIST}`")
    gold = gold_articles()
    if gold:
        measure("dev gold news texts (one pass, event-dense)", gold)
    for label, articles in (("real Indonesian news", news), ("dev gold news texts", gold)):
        if articles:
            measure_switched(label, articles)
    measure("recombined sample corpus (lower bound)", recombined_corpus(int(mb * 1_000_000)))


if __name__ == "__main__":
    main()
