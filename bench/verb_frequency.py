"""Event vocabulary by corpus frequency, both languages (helper CM, session 25): the verbs and nouns news says MOST
between two coded actors where warta's trigger matcher finds no trigger at all.

Over large unlabelled news text that is not blind it finds the sentences where warta's own actor finder sees at least
two coded actor mentions (``--one``: one coded actor is enough, the window is then the words right after it) and no
trigger pattern matches. In each such sentence it takes the words between the first and the last actor and the
``--after`` words right after the last one (actors' own spans, function cues of lang/<code>/cues.tsv, digits and short
words aside), reduces each to its root or lemma and counts the sentences per root, with one short example (at most 12
words, cut around the word).

* Indonesian roots: meN-/di-/ber-/ter-/peN-an/-kan/-i forms by warta's own morphology (bench/harvest.py's RootFinder:
  the candidate root whose generated forms hold the word, the most frequent bare one winning).
* English lemmas: -s, -es, -ies, -ed, -ing and irregular pasts undone, checked by generating the candidate's forms
  with lang/en/morphology.py (the candidate most seen bare in the corpora wins); other words stay as they are.

Corpora: ``bench/news_corpora.py`` (never the blind set's texts, never Lee documents after 230).

    cd WORKTREE && PYTHONPATH=$PWD/src:$PWD/bench /work/main/.venv/bin/python bench/verb_frequency.py --lang id
        [--top 300] [--after 3] [--one] [--only ROOT ...]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from pathlib import Path

import news_corpora
from blind import DEFAULT_SHARED
from harvest import parties, tally

WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
EN_STOP = frozenset(re.findall(r"\S+", """the a an and or but of to in on at by for with from as that this these those its his her their
their our your my it he she they we you i is are was were be been being has have had do does did not no will would
shall should can could may might must also than then there here which who whom whose what when where while after
before over under into onto about against between during without within upon up down out off more most other such
some any each every all both only very just so said says saying told tell according mr mrs ms new last first year
years day days week weeks month months time people two three four five one"""))  # fmt: skip


# --- English lemmas ---------------------------------------------------------------------------------------------


def en_candidates(word: str) -> set[str]:
    """Roots whose forms (lang/en/morphology.surface_forms) hold ``word``: "accused" → accuse, "ties" → tie/ty."""
    from warta.lang.en.morphology import irregular_pasts, surface_forms

    stems = {word}
    for suffix, repl in (("ies", "y"), ("ied", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e")):  # fmt: skip
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            stem = word[: len(word) - len(suffix)] + repl
            stems.add(stem)
            if len(stem) > 3 and stem[-1] == stem[-2] and not repl:
                stems.add(stem[:-1])  # "stopped" → stop
    stems |= {root for root, forms in irregular_pasts().items() if word in forms}
    return {s for s in stems if s == word or word in surface_forms(s)}


class EnLemma:
    """An English word's lemma: among the candidate roots that generate it, the one most seen as a bare word in the
    corpora (``vocabulary``); the word itself when no candidate is seen bare."""

    def __init__(self, vocabulary: Counter[str]) -> None:
        self.vocabulary = vocabulary
        self._cache: dict[str, str] = {}

    def __call__(self, word: str) -> str:
        if word not in self._cache:
            cands = en_candidates(word) - {word}
            best = max(cands, key=lambda r: (self.vocabulary.get(r, 0), -len(r)), default=None)
            self._cache[word] = best if best and self.vocabulary.get(best, 0) > 0 else word
        return self._cache[word]


# --- the count ----------------------------------------------------------------------------------------------------


def window(spans: list[tuple[int, int]], n_tokens: int, after: int, one: bool, gap: int = 10) -> range | None:
    """Token indices to read: from the end of the first actor to the start of the next one at most ``gap`` tokens
    away (the first such pair), plus ``after`` tokens after that one; with ``one`` a single actor is enough (only the
    tokens after it). ``spans`` are token spans, sorted; None when the sentence does not qualify."""
    for (_, a_end), (b_start, b_end) in zip(spans, spans[1:], strict=False):
        if b_start - a_end <= gap:
            return range(a_end, min(n_tokens, b_end + after))
    if one and spans:
        return range(spans[0][1], min(n_tokens, spans[0][1] + after))
    return None


def example(words: list[str], at: int, width: int = 12) -> str:
    """At most ``width`` words of a sentence around word ``at``."""
    lo = max(0, min(at - width // 2, len(words) - width))
    return " ".join(words[lo : lo + width])


def token_spans(mentions, tokens, base: int) -> list[tuple[int, int]]:
    """The token spans of coded actor mentions (char offsets of the sentence → token indices), sorted, merged."""
    out = []
    for m in mentions:
        if not m.code:
            continue
        idx = [i for i, t in enumerate(tokens) if m.start <= t.start - base < m.end]
        if idx:
            out.append((idx[0], idx[-1] + 1))
    out.sort()
    merged: list[tuple[int, int]] = []
    for a, b in out:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def count(texts: list[str], lang_code: str, after: int = 3, one: bool = False, gap: int = 10, min_parties: int = 0,
          slot: bool = False):
    """(roots, forms, samples, totals): per root, the number of qualifying sentences that hold one of its forms in
    their window, its forms and one example; with ``slot``, only the window's first word that counts (the predicate
    right after the first actor, auxiliaries and adverbs being cues or short words)."""
    from warta.api import coder
    from warta.lexicon.registry import load_language

    c = coder(lang_code)
    lang = load_language(lang_code)
    vocabulary: Counter[str] = Counter(w for t in texts for w in WORD.findall(t.lower()))
    if lang_code == "id":
        from harvest import RootFinder

        finder = RootFinder(vocabulary)

        def root_of(w: str) -> str | None:
            return finder(w)  # an affixed verb or event noun; a bare word (a function word, a name) is no act
    else:
        root_of = EnLemma(vocabulary)
    stop = EN_STOP if lang_code == "en" else frozenset()
    roots: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    samples: dict[str, str] = {}
    totals: Counter[str] = Counter()
    for text in texts:
        for s in c.segmenter.split(text):
            totals["sentences"] += 1
            mentions = c.actors.find(s.text, None)
            if min_parties and len(parties(mentions)) < min_parties:
                continue
            spans = token_spans(mentions, s.tokens, s.start)
            span = window(spans, len(s.tokens), after, one, gap)
            if span is None:
                continue
            totals["with actors"] += 1
            if c.triggers.find(s.tokens):
                continue
            totals["with actors, no trigger"] += 1
            low = [t.text.lower() for t in s.tokens]
            words = [t.text for t in s.tokens]
            seen: set[str] = set()
            for i in span:
                w = low[i]
                if (len(w) < 4 or not WORD.fullmatch(w) or w in stop or w in lang.cues
                        or any(a <= i < b for a, b in spans)):
                    continue
                root = tally(root_of, w, seen, roots, forms)
                if root is None:
                    continue
                samples.setdefault(root, example(words, i))
                if slot:
                    break
    return roots, forms, samples, totals


# --- corpora ------------------------------------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", choices=("en", "id"), required=True)
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--after", type=int, default=3)
    ap.add_argument("--one", action="store_true", help="one coded actor is enough (the words after it)")
    ap.add_argument("--gap", type=int, default=10, help="at most this many tokens between the two actors")
    ap.add_argument("--parties", type=int, default=0, help="the actors name at least N distinct parties")
    ap.add_argument("--slot", action="store_true", help="only the first counted word after the first actor")
    ap.add_argument("--only", nargs="*", default=None)
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    args = ap.parse_args(argv)
    roots, forms, samples, totals = count(news_corpora.texts(args.lang, args.shared), args.lang, args.after, args.one, args.gap,
                                          args.parties, args.slot)
    print("# " + ", ".join(f"{k}: {v}" for k, v in totals.items()))
    print("# rank\troot\tsentences\tforms\texample")
    chosen = [(r, n) for r, n in roots.most_common() if args.only is None or r in args.only]
    for rank, (root, n) in enumerate(chosen[: args.top], 1):
        top = ",".join(w for w, _ in forms[root].most_common(3))
        print(f"{rank}\t{root}\t{n}\t{top}\t{samples[root]}")


if __name__ == "__main__":
    main()
