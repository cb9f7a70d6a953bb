"""Sentence segmentation and tokenisation with character offsets.

Language data (abbreviations that do not end a sentence) comes from the caller;
the rules here hold for both Indonesian and English news text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from warta.model import Sentence, Token

__all__ = ["Segmenter", "tokenize"]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # dotted acronyms: A.S., U.S., U.N.
    r"|\$|US\$|Rp"  # currency signs stay separate tokens
    r"|\w+(?=n['’]t\b)|n['’]t"  # English contractions: doesn't -> does + n't
    r"|\w+(?=['’]s\b)|['’]s\b"  # possessive: Erdogan's -> Erdogan + 's
    r"|\w+(?:[-.,/'’]\w+)*"  # words, numbers 10.000 / 1,5 / 14/11/2024, reduplication barang-barang
    r"|[^\w\s]",
)
# A candidate boundary: terminal punctuation (with closing quotes/brackets) then space, or a line break.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9\u00C0-\u024F])|\n+")


# The same tokens without the contraction and possessive alternatives, whose look-aheads make the
# engine back off through every word: words holding an apostrophe are re-split with _TOKEN.
_PLAIN = re.compile(r"(?:[A-Za-z]\.){2,}|\$|US\$|Rp|\w+(?:[-.,/'’]\w+)*|['’]s\b|[^\w\s]")


def tokenize(text: str, offset: int = 0) -> tuple[Token, ...]:
    out: list[Token] = []
    for m in _PLAIN.finditer(text):
        word = m.group()
        start = m.start() + offset
        if "'" in word or "’" in word:
            out.extend(Token(p.group(), p.start() + start, p.end() + start) for p in _TOKEN.finditer(word))
        else:
            out.append(Token(word, start, start + len(word)))
    return tuple(out)


class Segmenter:
    """Splits text into sentences, not breaking after known abbreviations or initials."""

    def __init__(self, abbreviations: Iterable[str] = ()) -> None:
        self._abbrev = {a.lower().rstrip(".") for a in abbreviations}

    def _is_abbreviation(self, text: str, dot: int) -> bool:
        start = dot
        while start > 0 and not text[start - 1].isspace() and text[start - 1] not in "(\"“":
            start -= 1
        word = text[start:dot].rstrip(".")
        if not word:
            return False
        if word.lower() in self._abbrev:
            return True
        # single initials ("J. Smith") and dotted acronyms ("A.S.", "U.S.") inside a name
        return len(word) == 1 and word.isupper() or bool(re.fullmatch(r"(?:[A-Za-z]\.)+[A-Za-z]", word))

    def split(self, text: str) -> list[Sentence]:
        sentences: list[Sentence] = []
        start = 0
        for m in _BOUNDARY.finditer(text):
            if m.group().startswith(".") and "\n" not in m.group() and self._is_abbreviation(text, m.start()):
                continue
            self._add(sentences, text, start, m.end())
            start = m.end()
        self._add(sentences, text, start, len(text))
        return sentences

    @staticmethod
    def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            out.append(Sentence(len(out), start, end, text[start:end], tokenize(text[start:end], start)))
