"""Named actors by corpus frequency: the capitalised names (and name sequences) of large unlabelled news text that
warta's actor finder gives no code, most frequent first (helper CK, session 25).

Each sentence goes through the real :class:`warta.pipeline.actors.ActorFinder` of its language (with the corpus's
date, so that office-holders of the time are found); every run of capitalised words that no coded mention covers
(an unlisted name, an organisation of no entry, a surname that names no one) is counted as a whole (a run partly covered gives its
uncovered stretches).  A single capitalised word that the corpus writes more often in lower case (a sentence's first word:
"The", "Namun") is no name and is not counted.

Corpora: ``bench/news_corpora.py``'s sentences (never the blind set's texts, never Lee documents after 230).

    cd WORKTREE && PYTHONPATH=$PWD/src:$PWD/bench /work/main/.venv/bin/python bench/actor_frequency.py --lang id
        [--top 400] [--limit N] [--min 3]

Prints ``count<TAB>name<TAB>example`` (the example: up to 12 words around the name's first occurrence).
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_CAP = re.compile(rf"[{_UP}][\w'’.\-]*\w|[{_UP}]")
_TOKEN = re.compile(r"[\w'’.\-]+|[^\w\s]")
CONNECTORS = {"en": frozenset({"of", "for", "and", "the", "al", "bin", "de", "van", "von", "on"}),
              "id": frozenset({"dan", "bin", "binti", "van", "de", "al"})}
# a connector may stand inside a name only between two capitalised words ("Bank of England"), never at its edges
EXAMPLE_WORDS = 12
# calendar words and the pronoun "I": capitalised, never actors
CALENDAR = frozenset(["I", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu", "Januari", "Februari", "Maret", "Mei", "Juni", "Juli", "Agustus", "Oktober", "Desember"])


def capital_runs(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of the runs of capitalised words in ``text`` (a connector word may join two of them: "Bank of
    England", "Partai Amanat Nasional"); a run never crosses punctuation."""
    joins = CONNECTORS.get(lang, frozenset())
    out: list[tuple[int, int]] = []
    toks = []
    for m in _TOKEN.finditer(text):
        w = m.group()
        if len(w) > 2 and w.endswith(".") and w.count(".") == 1:  # a sentence's full stop, not an initial
            w = w[:-1]
        toks.append((m.start(), m.start() + len(w), w))
    i = 0
    while i < len(toks):
        s, e, w = toks[i]
        if not _CAP.fullmatch(w.rstrip(".")) or not w[0].isupper():
            i += 1
            continue
        j, end = i + 1, e
        while j < len(toks):
            w2 = toks[j][2]
            if w2[0].isupper() and _CAP.fullmatch(w2.rstrip(".")):
                end = toks[j][1]
                j += 1
            elif w2.lower() in joins and j + 1 < len(toks) and toks[j + 1][2][0].isupper():
                j += 1
            else:
                break
        out.append((s, end))
        i = j
    return out


def uncovered_runs(text: str, lang: str, covered: Iterable[tuple[int, int]]) -> list[str]:
    """The runs of capitalised words of ``text`` that no span of ``covered`` touches; a run partly covered gives its
    uncovered stretches of whole words (a name after a coded title: "Gubernur Jawa Barat Ridwan Kamil" -> the
    name if only the title and province are coded)."""
    mask = bytearray(len(text))
    for a, b in covered:
        mask[a:b] = b"\x01" * (b - a)
    out = []
    for s, e in capital_runs(text, lang):
        words = [(m.start() + s, m.end() + s) for m in re.finditer(r"\S+", text[s:e])]
        part: list[tuple[int, int]] = []
        for a, b in [*words, (None, None)]:
            if a is not None and 1 not in mask[a:b]:
                part.append((a, b))
                continue
            while part and text[part[-1][0]:part[-1][1]].lower() in CONNECTORS.get(lang, ()):
                part.pop()
            while part and text[part[0][0]:part[0][1]].lower() in CONNECTORS.get(lang, ()):
                part.pop(0)
            if part:
                out.append(text[part[0][0]:part[-1][1]].strip(".,'’\"-"))
            part = []
    return [r for r in out if r]


def lower_counts(texts: Iterable[str]) -> Counter:
    """How often each word is written in lower case in ``texts``."""
    c: Counter = Counter()
    for t in texts:
        c.update(w for w in re.findall(r"\w+", t) if w[0].islower())
    return c


def is_common_word(run: str, lower: Counter, caps: Counter) -> bool:
    """A single capitalised word that the corpus writes more often in lower case is a common word at a sentence's
    start or in a headline, no name; so is a calendar word."""
    if run in CALENDAR:
        return True
    return " " not in run and lower[run.lower()] >= caps[run]


def example(text: str, name: str, width: int = EXAMPLE_WORDS) -> str:
    """Up to ``width`` words of ``text`` around the first occurrence of ``name``."""
    i = text.find(name)
    words = text.split()
    if i < 0:
        return " ".join(words[:width])
    before = len(text[:i].split())
    start = max(0, before - (width - len(name.split())) // 2)
    return " ".join(words[start:start + width])


# -- corpora ----------------------------------------------------------------------------------------------------
# the day each corpus is read at, so that the office-holders of its time are found (NTREX: news of 2019; kumparan:
# late 2019; the NER news: about 2017; Lee: the corpus's own date; the UD news: about 2016)
CORPUS_DAY = {"ntrex": _dt.date(2019, 6, 1), "kumparan": _dt.date(2019, 11, 1), "ner": _dt.date(2017, 6, 1),
              "ud": _dt.date(2016, 6, 1)}


def corpus(lang: str, shared: Path) -> Iterator[tuple[str, _dt.date]]:
    """(sentence, date) of the open unlabelled news of ``lang`` (``bench/news_corpora.py`` says which)."""
    import lee
    from news_corpora import sentences
    days = {**CORPUS_DAY, "lee": _dt.date.fromisoformat(lee.DATE)}
    for s in sentences(lang, shared):
        yield s.text, days[s.label.split("-", 1)[0]]


def strip_opening(run: str, at_start: bool, lower: Counter) -> str:
    """A run that opens its sentence loses its first word when the corpus writes that word in lower case too (a
    sentence's first word: "Namun Kemenlu" -> "Kemenlu", "Jika Anda" -> "Anda")."""
    if not at_start:
        return run
    first, _, rest = run.partition(" ")
    return rest if lower[first.lower()] else run


def count(lang: str, sentences: Iterable[tuple[str, _dt.date]], limit: int | None = None, parties: int = 0):
    """(run counts, first example per run, lower-case word counts, capitalised word counts) over the sentences
    in which the finder codes at least ``parties`` actors (1: leave out most lifestyle and sport text)."""
    from warta.pipeline.actors import ActorFinder
    from warta.pipeline.where import place_finder
    finder, places = ActorFinder(lang), place_finder(lang)
    texts = list(sentences)[:limit]
    lower: Counter = Counter()
    caps: Counter = Counter()
    for text, _day in texts:
        words = re.findall(r"\w+", text)
        lower.update(w for w in words if w[0].islower())
        caps.update(w for w in words if w[0].isupper())
    runs: Counter = Counter()
    first: dict[str, str] = {}
    for text, day in texts:
        found = [m for m in finder.find(text, day) if m.code]
        if len(found) < parties:
            continue
        coded = [(m.start, m.end) for m in found]
        coded += [(p.start, p.end) for p in places.find(text)]  # a place is no actor to add
        opening = text.lstrip(" \"'“‘(")
        for r in set(uncovered_runs(text, lang, coded)):
            r = strip_opening(r, opening.startswith(r), lower)
            if not r:
                continue
            runs[r] += 1
            first.setdefault(r, example(text, r))
    return runs, first, lower, caps


def main(argv: list[str] | None = None) -> int:
    from blind import DEFAULT_SHARED
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--lang", choices=("en", "id"), required=True)
    ap.add_argument("--top", type=int, default=400)
    ap.add_argument("--min", type=int, default=2, help="leave out names seen fewer times")
    ap.add_argument("--limit", type=int, default=None, help="read only the first N sentences")
    ap.add_argument("--parties", type=int, default=1, help="count only sentences with this many coded actors")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)
    if not args.shared.is_dir():
        print(f"no {args.shared}: nothing to read")
        return 0
    runs, first, lower, caps = count(args.lang, corpus(args.lang, args.shared), args.limit,
                                       args.parties)
    shown = 0
    for name, n in runs.most_common():
        if n < args.min or shown >= args.top:
            break
        if is_common_word(name, lower, caps):
            continue
        print(f"{n}\t{name}\t{first[name]}")
        shown += 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
