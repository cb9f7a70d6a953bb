"""Harvest Indonesian event vocabulary by frequency from unlabelled news that is not blind.

Reads the Indonesian NER news corpora under ../shared/data/ner (nerp_train.txt: lower-cased news, CoNLL with tabs;
idner2k_train.txt and idner2k_dev.txt: CoNLL ``token UPOS NER``) and the open kumparan sentences
(realnews.kumparan_open(), which already leaves out the blind set's sentences and their near-copies; nothing else of
kumparan is read).  Each text is split by warta's segmenter; a sentence counts when warta's actor finder finds an
actor in it and warta's trigger matcher finds NO trigger at all.  In those sentences the script counts

* verb-like and event-noun words: meN-, di-, ber-, ter-, memper-/diper- forms and peN-an, per-an, ke-an, -an nouns
  (any form lang/id/morphology.py can generate from a root with an affix), outside the actors' own spans and not a
  function cue of lang/id/cues.tsv (reporting verbs, "tersebut", "menjadi" are grammar, not vocabulary), grouped
  by their root (the root is found by generating the forms of each candidate root with warta's morphology; among
  candidates that generate the word, the one most frequent in the corpora as a bare word wins);
* two-word light-verb phrases: a light verb (``--light``; by default the common active ones and the word class
  passive_light of lang/id/word_classes.tsv) and the word after it ("melayangkan protes", "dilakukan penggeledahan").

``--beside`` also counts sentences where a trigger matched, the words of its span aside (an act beside a coded
one: "mengecam ... dan menghimbau ..."); ``--parties N`` keeps only sentences whose actors name at least N distinct parties (states, IGOs, NGOs at the
scoring level), which leaves out most lifestyle text: the corpora are more lifestyle than politics.

It prints the top roots (``--top``, default 300) with their sentence count, their most frequent forms and flags
(``pat`` when a form stands in some trigger pattern, so it is known but only in a context), then the top light-verb phrases.  ``--examples N``
prints N sentences per root (not for the blind set: none of its sentences is read).

    cd WORKTREE && PYTHONPATH=$PWD/src:$PWD/bench /work/main/.venv/bin/python bench/harvest.py [--top 300]
        [--phrases 80] [--examples 1] [--only ROOT ...] [--no-kumparan] [--parties 2] [--beside]
"""

from __future__ import annotations

import argparse
import re
from collections import Counter, defaultdict
from functools import cache
from pathlib import Path

from realnews import NER_DIR, kumparan_open, ner_sentences

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
NER_FILES = ("nerp_train.txt", "idner2k_train.txt", "idner2k_dev.txt")
DEFAULT_LIGHT = ("melakukan", "menggelar", "melancarkan", "memberikan", "memberi", "mengajukan", "melayangkan",
                 "menjatuhkan", "mengeluarkan", "mengambil", "menempuh", "membuat", "mengirim", "mengirimkan",
                 "menyampaikan", "menyatakan", "meminta", "menerima", "menjalin", "mencapai")  # fmt: skip
WORD = re.compile(r"[a-z]+(?:-[a-z]+)?")
# prefixes stripped when looking for a root, with the consonant a nasal prefix may have swallowed
PREFIXES = (("memper", ""), ("diper", ""), ("meng", "k"), ("meny", "s"), ("mem", "p"), ("men", "t"), ("me", ""),
            ("peng", "k"), ("peny", "s"), ("pem", "p"), ("pen", "t"), ("per", ""), ("pe", ""), ("ber", ""),
            ("be", ""), ("ter", ""), ("te", ""), ("di", ""), ("ke", ""), ("", ""))  # fmt: skip
SUFFIXES = ("kan", "an", "i", "")
CLITICS = ("nya", "lah", "pun", "")
KEPT_VOICES = frozenset({"active", "passive", "noun"})  # not a bare root ("lit") nor an agent noun ("peN")


def ner_texts(shared: Path) -> list[str]:
    """The sentences of the NER corpora (nerp is lower-cased, written with tabs: ner_sentences splits on any space)."""
    out: list[str] = []
    for name in NER_FILES:
        if (shared / NER_DIR / name).exists():
            out += ner_sentences(shared, name)
    return out


@cache
def _forms(root: str) -> dict[str, str]:
    from warta.lang.id.morphology import AFFIXES, surface_forms

    return surface_forms(root, tuple(AFFIXES))


def candidate_roots(word: str) -> set[str]:
    """Roots from which the morphology may have built ``word`` (checked by generating their forms)."""
    out = set()
    for clitic in CLITICS:
        if clitic and not word.endswith(clitic):
            continue
        base = word[: len(word) - len(clitic)] if clitic else word
        for prefix, swallowed in PREFIXES:
            if not base.startswith(prefix):
                continue
            for suffix in SUFFIXES:
                if suffix and not base.endswith(suffix):
                    continue
                stem = base[len(prefix) : len(base) - len(suffix)] if suffix else base[len(prefix) :]
                for root in {stem, swallowed + stem} if swallowed else {stem}:
                    if len(root) >= 3 and _forms(root).get(word) in KEPT_VOICES:
                        out.add(root)
    return out


def _unclitic(word: str) -> str:
    """The word without its clitic and its reduplication ("kawasan-kawasannya" → "kawasan")."""
    for clitic in CLITICS[:-1]:
        if word.endswith(clitic):
            word = word[: -len(clitic)]
            break
    half = word.split("-")
    return half[0] if len(half) == 2 and half[0] == half[1] else word


class RootFinder:
    """A word's root by warta's morphology, preferring the candidate most seen as a bare word in the corpora, then the
    one with more affixed forms in them. A root with a single affixed form in the corpora (clitics aside) must be seen
    bare at least as often as the word: "dinas" is no form of "nas", "dengan" none of "deng", "selatan" none of
    "selat"."""

    def __init__(self, vocabulary: Counter[str]) -> None:
        self.vocabulary = vocabulary
        self._cache: dict[str, str | None] = {}

    def __call__(self, word: str) -> str | None:
        if word not in self._cache:
            best, score = None, None
            for root in candidate_roots(word):
                bare = self.vocabulary.get(root, 0)
                family = {_unclitic(f) for f in _forms(root) if f != root and f in self.vocabulary}
                if len(family) < 2 and bare < self.vocabulary.get(word, 0):
                    continue  # one affixed form only, rarer bare than the word: a word of its own ("selatan")
                key = (bare, len(family), -len(root), root)  # then the larger family ("memecat": pecat, not mecat)
                if score is None or key > score:
                    best, score = root, key
            self._cache[word] = best
        return self._cache[word]


def parties(mentions) -> set[str]:
    """The distinct parties the actor mentions name, at the scoring level (PRKMIL → PRK, IGOUN whole), bare sectors
    ("polisi" with no country) aside."""
    from warta.knowledge.actor_code import ActorCode

    codes = [ActorCode.parse(m.code) for m in mentions if m.code]
    return {c.level for c in codes if c.prefix}


def tally(root_of, word: str, seen: set[str], roots: Counter, forms) -> str | None:
    """Count ``word`` under its root once per sentence (``seen``): the root, or None when it has none or was counted."""
    root = root_of(word)
    if root is None or root in seen:
        return None
    seen.add(root)
    roots[root] += 1
    forms[root][word] += 1
    return root


def harvest(texts: list[str], light: frozenset[str], examples: int = 0, min_parties: int = 0, beside: bool = False):
    """(roots, forms, phrases, samples, totals, language) counted over the sentences with an actor (naming at least
    ``min_parties`` distinct parties) and no trigger; with ``beside``, over every sentence with an actor, the words
    inside a trigger's span aside (a second act beside a coded one)."""
    from warta.api import coder
    from warta.lexicon.registry import load_language

    c = coder("id")
    lang = load_language("id")
    vocabulary: Counter[str] = Counter(w for t in texts for w in WORD.findall(t.lower()))
    root_of = RootFinder(vocabulary)
    roots: Counter[str] = Counter()
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    phrases: Counter[str] = Counter()
    samples: dict[str, list[str]] = defaultdict(list)
    totals = Counter()
    for text in texts:
        for s in c.segmenter.split(text):
            totals["sentences"] += 1
            mentions = c.actors.find(s.text, None)
            if not mentions or len(parties(mentions)) < min_parties:
                continue
            totals["with an actor"] += 1
            matches = c.triggers.find(s.tokens)
            if matches and not beside:
                continue
            totals["counted" if beside else "with an actor, no trigger"] += 1
            inside = {i for m in matches for i in range(m.start, m.end)}
            spans = [(m.start, m.end) for m in mentions]
            low = [t.text.lower() for t in s.tokens]
            seen: set[str] = set()
            for i, tok in enumerate(s.tokens):
                word = low[i]
                if i + 1 < len(low) and word in light and WORD.fullmatch(low[i + 1]):
                    phrases[f"{word} {low[i + 1]}"] += 1
                at = tok.start - s.start  # the actor finder read the sentence alone: its offsets are the sentence's
                if (len(word) < 5 or not WORD.fullmatch(word) or word in lang.cues or i in inside
                        or any(a <= at < b for a, b in spans)):
                    continue
                root = tally(root_of, word, seen, roots, forms)
                if root is None:
                    continue
                if len(samples[root]) < examples:
                    samples[root].append(s.text)
    return roots, forms, phrases, samples, totals, lang


def flags(words: list[str], lang) -> str:
    """pat when one of ``words`` stands in some trigger pattern (known, but only in a context)."""
    in_patterns = {f for e in lang.triggers for alts in e.pattern for f in alts}
    return "pat" if any(w in in_patterns for w in words) else ""


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--top", type=int, default=300)
    ap.add_argument("--phrases", type=int, default=80)
    ap.add_argument("--examples", type=int, default=0)
    ap.add_argument("--only", nargs="*", default=None, help="print only these roots (with --examples)")
    ap.add_argument("--no-kumparan", action="store_true")
    ap.add_argument("--beside", action="store_true",
                    help="count in sentences with triggers too, the words of the triggers' spans aside")
    ap.add_argument("--parties", type=int, default=0,
                    help="count only sentences whose actors name at least N distinct parties (states, IGOs, NGOs)")
    ap.add_argument("--light", nargs="*", default=None, help="light verbs (default: common ones + passive_light)")
    ap.add_argument("--shared", type=Path, default=SHARED)
    args = ap.parse_args(argv)

    from warta.lexicon.registry import word_classes

    texts = ner_texts(args.shared)
    if not args.no_kumparan:
        texts += list(kumparan_open().values())
    light = frozenset(args.light if args.light is not None
                      else DEFAULT_LIGHT + tuple(word_classes("id").get("passive_light", ())))  # fmt: skip
    roots, forms, phrases, samples, totals, lang = harvest(texts, light, args.examples, args.parties, args.beside)
    print("# " + ", ".join(f"{k}: {v}" for k, v in totals.items()))
    print("# rank\troot\tsentences\tforms\tflags")
    chosen = [(r, n) for r, n in roots.most_common() if args.only is None or r in args.only]
    for rank, (root, n) in enumerate(chosen[: args.top], 1):
        top = [w for w, _ in forms[root].most_common(4)]
        print(f"{rank}\t{root}\t{n}\t{','.join(top)}\t{flags(list(forms[root]), lang)}")
        for text in samples.get(root, ()):
            print(f"\t\t| {text[:200]}")
    if args.only is None:
        print("# light-verb phrases\tsentences")
        for phrase, n in phrases.most_common(args.phrases):
            print(f"{phrase}\t{n}")


if __name__ == "__main__":
    main()
