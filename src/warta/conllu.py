"""CoNLL-U reading, writing and scoring (https://universaldependencies.org/format.html).

Only syntactic words are kept: multiword-token ranges (``3-4``) and empty nodes (``5.1``) are read
past, so a sentence is the list of words a dependency parser sees. ``SpaceAfter=No`` in MISC is
kept so the text can be rebuilt. A malformed line raises :class:`ConlluError` naming file:line.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TextIO

__all__ = [
    "ConlluError",
    "ConlluSentence",
    "ConlluWord",
    "Score",
    "format_conllu",
    "parse_conllu",
    "read_conllu",
    "score",
    "with_analysis",
]


class ConlluError(ValueError):
    """A line that is not valid CoNLL-U; the message names file:line."""


@dataclass(frozen=True, slots=True)
class ConlluWord:
    id: int
    form: str
    lemma: str = "_"
    upos: str = "_"
    xpos: str = "_"
    feats: str = "_"
    head: int | None = None  # None when the column is "_"
    deprel: str = "_"
    deps: str = "_"
    misc: str = "_"

    @property
    def space_after(self) -> bool:
        return "SpaceAfter=No" not in self.misc.split("|")

    def columns(self) -> list[str]:
        head = "_" if self.head is None else str(self.head)
        return [str(self.id), self.form, self.lemma, self.upos, self.xpos, self.feats, head,
                self.deprel, self.deps, self.misc]


@dataclass(frozen=True, slots=True)
class ConlluSentence:
    words: tuple[ConlluWord, ...]
    comments: tuple[str, ...] = ()
    line: int = 0  # line of the sentence's first line in its file (1-based)
    ranges: tuple[tuple[int, str], ...] = ()  # multiword-token lines, kept as read: (first word ID, line)

    @property
    def text(self) -> str:
        for c in self.comments:
            key, _, value = c[1:].partition("=")
            if key.strip() == "text":
                return value.strip()
        return "".join(w.form + (" " if w.space_after else "") for w in self.words).rstrip()


def parse_conllu(lines: Iterable[str], source: str = "<conllu>",
                 on_error: Callable[[ConlluError], None] | None = None) -> Iterator[ConlluSentence]:
    """Yield the sentences of CoNLL-U ``lines``; ``source`` names the file in error messages.

    A malformed sentence raises :class:`ConlluError`, or, when ``on_error`` is given, is passed to it
    and skipped so the rest of the file is still read.
    """
    comments: list[str] = []
    words: list[ConlluWord] = []
    ranges: list[tuple[int, str]] = []
    first = 0
    bad = False

    def fail(err: ConlluError) -> None:
        nonlocal bad
        if on_error is None:
            raise err
        on_error(err)
        bad = True

    def flush() -> Iterator[ConlluSentence]:
        if words and not bad:
            try:
                yield _sentence(words, comments, first, source, ranges)
            except ConlluError as err:
                fail(err)

    for n, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            if not words and comments and not bad:
                fail(ConlluError(f"{source}:{n}: comments with no words before the blank line"))
            yield from flush()
            words, comments, ranges, first, bad = [], [], [], 0, False
            continue
        if not first:
            first = n
        if bad:
            continue
        if line.startswith("#"):
            if words:
                fail(ConlluError(f"{source}:{n}: comment inside a sentence"))
            else:
                comments.append(line)
            continue
        cols = line.split("\t")
        if len(cols) != 10:
            fail(ConlluError(f"{source}:{n}: {len(cols)} tab-separated columns, CoNLL-U has 10"))
            continue
        ident, head = cols[0], cols[6]
        if "." in ident:  # empty node (enhanced graphs only): not a word the parser sees
            continue
        if "-" in ident:  # multiword token: its words follow on their own lines
            ranges.append((len(words) + 1, line))
            continue
        if not ident.isdigit():
            fail(ConlluError(f"{source}:{n}: ID {ident!r} is not a number"))
        elif head != "_" and not head.isdigit():
            fail(ConlluError(f"{source}:{n}: HEAD {head!r} is not a number"))
        elif int(ident) != len(words) + 1:
            fail(ConlluError(f"{source}:{n}: word ID {ident} out of order (expected {len(words) + 1})"))
        else:
            words.append(ConlluWord(int(ident), cols[1], cols[2], cols[3], cols[4], cols[5],
                                    None if head == "_" else int(head), cols[7], cols[8], cols[9]))
    yield from flush()


def _sentence(words: list[ConlluWord], comments: list[str], first: int, source: str,
              ranges: list[tuple[int, str]]) -> ConlluSentence:
    for w in words:
        if w.head is not None and w.head > len(words):
            raise ConlluError(f"{source}:{first}: word {w.id} has head {w.head} beyond the sentence's "
                              f"{len(words)} words")
    return ConlluSentence(tuple(words), tuple(comments), first, tuple(ranges))


def read_conllu(path: str | Path | TextIO,
                on_error: Callable[[ConlluError], None] | None = None) -> list[ConlluSentence]:
    """All sentences of a CoNLL-U file (a path, or an open text stream such as stdin)."""
    if isinstance(path, str | Path):
        with open(path, encoding="utf-8") as fh:
            return list(parse_conllu(fh, str(path), on_error))
    return list(parse_conllu(path, getattr(path, "name", "<stdin>"), on_error))


def format_conllu(sentences: Iterable[ConlluSentence]) -> Iterator[str]:
    """CoNLL-U text, one sentence (comments, word lines, blank line) per yielded string."""
    for s in sentences:
        lines = list(s.comments)
        ranges = dict(s.ranges)
        for w in s.words:
            if w.id in ranges:
                lines.append(ranges[w.id])
            lines.append("\t".join(w.columns()))
        yield "\n".join(lines) + "\n\n"


@dataclass(frozen=True, slots=True)
class Score:
    words: int
    upos: float
    uas: float
    las: float

    def __str__(self) -> str:
        return f"words {self.words}  UPOS {self.upos:.4f}  UAS {self.uas:.4f}  LAS {self.las:.4f}"


def score(gold: list[ConlluSentence], pred: list[ConlluSentence], *, punct: bool = True) -> Score:
    """UPOS accuracy, UAS and LAS of ``pred`` against ``gold`` (same words, sentence by sentence).

    Relations are compared on their universal part (``obl:agent`` counts as ``obl``), as in the
    CoNLL 2018 shared task's scorer. ``punct=False`` leaves punctuation out of the count.
    """
    if len(gold) != len(pred):
        raise ValueError(f"gold has {len(gold)} sentences, prediction {len(pred)}")
    n = upos = uas = las = 0
    for i, (g, p) in enumerate(zip(gold, pred, strict=True)):
        if [w.form for w in g.words] != [w.form for w in p.words]:
            raise ValueError(f"sentence {i + 1} (gold line {g.line}): the words differ")
        for gw, pw in zip(g.words, p.words, strict=True):
            if not punct and gw.upos == "PUNCT":
                continue
            n += 1
            upos += gw.upos == pw.upos
            if gw.head == pw.head:
                uas += 1
                las += gw.deprel.split(":")[0] == pw.deprel.split(":")[0]
    if not n:
        return Score(0, 0.0, 0.0, 0.0)
    return Score(n, upos / n, uas / n, las / n)


def with_analysis(sentence: ConlluSentence, analysis: Iterable[tuple[str, str, int, str]]) -> ConlluSentence:
    """``sentence`` with UPOS, FEATS, HEAD and DEPREL replaced by ``analysis`` (one tuple per word)."""
    words = tuple(
        replace(w, upos=upos, feats=feats or "_", head=head, deprel=deprel, deps="_")
        for w, (upos, feats, head, deprel) in zip(sentence.words, analysis, strict=True)
    )
    return replace(sentence, words=words)
