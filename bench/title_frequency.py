"""Which capitalised title, rank and institution words of Indonesian news warta's actor finder leaves uncoded, by
frequency (helper CL, session 25).

Over the open kumparan sentences (``realnews.kumparan_open``), the cased NER corpus sentences and the Indonesian NTREX
lines that may be read (``realnews.allowed_lines``), the real actor finder (``ActorFinder("id")``) and place finder
are run on every sentence.  A stretch of capitalised words ("Kapolres Jakarta Selatan AKBP Budi", "Pemprov") is cut
at the words the finders code; what is left is counted by its first word and its first two words, each with the kind
of gap:

- ``none``: no actor mention and no place covers the word;
- ``name``: an unknown capitalised name covers it (no code at all);
- ``nocountry``: a mention gives a sector with no state ("Mayjen Rafael" MIL: a title the text does not tie to IDN);
- ``nosector``: a mention gives a bare state for a word that is no state name.

A sentence-initial word that the corpus also writes in lower case ("Dalam", "Sementara") is no title and is skipped.
Only title-like first words are counted (``--all`` counts every one): an abbreviation in capitals ("AKBP", "KPU"), or a
word the corpus also writes in lower case ("Kepala", "Wakil", "Pengadilan": a common noun capitalised as a title),
less pronouns and the stop words of ``lang/id/actor_name_stop.tsv`` (days, months, function words); names of people,
firms and clubs, the noise of an unfiltered list, are never written in lower case.
The list is read for construction (which classes of titles and bodies are missing), not for single sentences.

Usage: python bench/title_frequency.py [--top 200] [--limit N] [--min 3]
"""

from __future__ import annotations

import argparse
import datetime as _dt
import re
import sys
from collections import Counter
from dataclasses import dataclass

import news_corpora
from warta.knowledge.countries import sector_codes

WORD = re.compile(r"[A-Za-z][A-Za-z0-9'\-]*\.?")
_ORG_HEADS = ("IGO", "NGO", "XXX")
DAY = _dt.date(2025, 6, 20)
ACRONYM = re.compile(r"^[A-Z][A-Z0-9]{1,6}\.?$")
PRONOUNS = frozenset({"anda", "kamu", "kami", "kita", "dia", "ia", "mereka", "saya", "beliau", "engkau", "kalian", "aku"})


@dataclass(frozen=True)
class Gap:
    """A stretch of capitalised words no finder codes: its words, the kind of gap and where it stands."""

    words: tuple[str, ...]
    kind: str
    start: int
    end: int


def capital(word: str) -> bool:
    """A word written with a capital letter (a title, a name, an abbreviation)."""
    return word[:1].isupper()


def tokens(text: str) -> list[tuple[str, int, int]]:
    """The words of ``text`` with their offsets; a dot stays on a short abbreviation ("Plt.", "Pj.") only, not on a
    word that ends a sentence ("DPR.", "warga.")."""
    out = []
    for m in WORD.finditer(text):
        w, s, e = m.group(), m.start(), m.end()
        if w.endswith(".") and (len(w) > 5 or not capital(w) or w[:-1].isupper()):
            w, e = w[:-1], e - 1
        out.append((w, s, e))
    return out


def gap_kind(code: str, kind: str) -> str | None:
    """The kind of gap a mention of ``code`` found as ``kind`` leaves (None: the word is coded)."""
    if not code:
        return "name"
    if code in sector_codes():
        return "nocountry"
    if len(code) == 3 and not code.startswith(_ORG_HEADS) and kind not in ("country", "capital", "group", "igo",
                                                                           "ngo", "body", "leader", "person"):
        return "nosector"
    return None


def gaps(text: str, mentions: list[tuple[int, int, str, str]], places: list[tuple[int, int]],
         lower_words: frozenset[str] = frozenset()) -> list[Gap]:
    """The uncoded stretches of capitalised words of ``text``: ``mentions`` are (start, end, code, kind) of the
    actor finder, ``places`` (start, end) of the place finder.  A sentence-initial word in ``lower_words`` (the
    corpus writes it in lower case too) starts no stretch."""
    out: list[Gap] = []
    cur: list[tuple[str, int, int, str]] = []

    def close() -> None:
        if cur:
            kinds = Counter(k for *_, k in cur)
            out.append(Gap(tuple(w for w, *_ in cur), kinds.most_common(1)[0][0], cur[0][1], cur[-1][2]))
            cur.clear()

    words = tokens(text)
    for i, (w, s, e) in enumerate(words):
        initial = i == 0 or text[words[i - 1][2]:s].strip()[-1:] in (".", '"', ":", "!", "?", "\u201c")
        if not capital(w) or (initial and w.lower().rstrip(".") in lower_words):
            close()
            continue
        if any(a <= s and e <= b for a, b in places):
            close()
            continue
        hit = next(((code, kind) for a, b, code, kind in mentions if a <= s and e <= b), None)
        k = "none" if hit is None else gap_kind(*hit)
        if k is None:
            close()
            continue
        cur.append((w, s, e, k))
    close()
    return out


def title_like(word: str, lower_words: frozenset[str], stop: frozenset[str] = frozenset()) -> bool:
    """A word that may be a title, rank or institution: an abbreviation in capitals or a word the corpus also writes
    in lower case, not a pronoun or a stop word."""
    low = word.lower().rstrip(".")
    if low in PRONOUNS or low in stop:
        return False
    return bool(ACRONYM.match(word)) or low in lower_words


def tally(found: list[tuple[Gap, str]]) -> tuple[Counter, Counter, dict[str, str]]:
    """Counts of the first word and the first two words of each gap (keys "Word\tkind"), and one example text each."""
    one: Counter = Counter()
    two: Counter = Counter()
    example: dict[str, str] = {}
    for gap, text in found:
        keys = [(one, f"{gap.words[0]}\t{gap.kind}")]
        if len(gap.words) > 1:
            keys.append((two, f"{' '.join(gap.words[:2])}\t{gap.kind}"))
        for counter, key in keys:
            counter[key] += 1
            if key not in example:
                a = max(0, gap.start - 30)
                example[key] = text[a:gap.end + 40].replace("\n", " ")
    return one, two, example


def corpus(limit: int | None = None) -> list[str]:
    """The Indonesian sentences the tool reads (``bench/news_corpora.py``), the first ``limit`` of them."""
    texts = news_corpora.texts("id")
    return texts[:limit] if limit else texts


def lower_vocabulary(texts: list[str]) -> frozenset[str]:
    """The words the corpus writes in lower case somewhere."""
    return frozenset(w for t in texts for w, _, _ in tokens(t) if w.islower())


def stop_words() -> frozenset[str]:
    """The stop words of ``lang/id/actor_name_stop.tsv`` (days, months, function words), folded."""
    from pathlib import Path

    import warta

    path = Path(warta.__file__).parent / "lang" / "id" / "actor_name_stop.tsv"
    rows = [line.split("\t") for line in path.read_text(encoding="utf-8").splitlines() if line and line[0] != "#"]
    return frozenset(r[0].lower() for r in rows[1:] if len(r) > 1 and r[1].strip() == "stop")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--top", type=int, default=200)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--min", type=int, default=3)
    ap.add_argument("--all", action="store_true", help="count every first word, not the title-like ones only")
    args = ap.parse_args(argv)
    from warta.pipeline.actors import ActorFinder
    from warta.pipeline.where import PlaceFinder

    texts = corpus(args.limit)
    lower = lower_vocabulary(texts)
    stop = stop_words()
    actors, places = ActorFinder("id"), PlaceFinder("id")
    found: list[tuple[Gap, str]] = []
    for text in texts:
        ms = [(m.start, m.end, m.code, m.kind) for m in actors.find(text, DAY)]
        ps = [(p.start, p.end) for p in places.find(text)]
        found += [(g, text) for g in gaps(text, ms, ps, lower) if args.all or title_like(g.words[0], lower, stop)]
    one, two, example = tally(found)
    print(f"{len(texts)} sentences, {len(found)} uncoded capitalised stretches")
    for title, counter in (("first word", one), ("first two words", two)):
        print(f"== {title}")
        for key, n in counter.most_common(args.top):
            if n < args.min:
                break
            print(f"{n:6d}  {key:<36}  {example[key]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
