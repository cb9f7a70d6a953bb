"""Sentence segmentation and tokenisation with character offsets.

Language data comes from the caller: abbreviations that do not end a sentence, and clitics the
tokenizer splits off the word they end (``lang/<code>/word_classes.tsv`` class ``clitic``: English
"doesn't" → does + n't, "Erdogan's" → Erdogan + 's).  The rules here name no language's words.

A "sentence" longer than :data:`MAX_SENTENCE_TOKENS` tokens (run-on text without punctuation, a
scraped page with its full stops lost) is cut into pieces of at most that many tokens, so the cost of
coding a text grows linearly with its length.  The cut falls at the safest point of the piece's second
half: after clause punctuation (``; : — –``), else after a comma, else before a capitalised word that
follows a lower-case one (where a lost full stop most likely was), else after exactly the limit.  The
rule names no language words.  No sentence of the dev gold, the seed or the sample corpus is that long
(their longest has 61 tokens), so their events do not change.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from warta.model import Sentence, Token

__all__ = ["MAX_SENTENCE_TOKENS", "Segmenter", "tokenize"]

#: The longest sentence the coder sees, in tokens; longer ones are cut (see the module docstring).
MAX_SENTENCE_TOKENS = 120
_CLAUSE_END = frozenset({";", ":", "—", "–"})

_SIGNS = (
    r"(?:[A-Za-z]\.){2,}"  # dotted acronyms: A.S., U.S., U.N.
    r"|\$|US\$|Rp"  # currency signs stay separate tokens
)
_WORD = r"\w+(?:[-.,/'’]\w+)*"  # words, numbers 10.000 / 1,5 / 14/11/2024, reduplication barang-barang
# A candidate boundary: terminal punctuation (with closing quotes/brackets) then space, or a line break.
_BOUNDARY = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9\u00C0-\u024F])|\n+")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")  # an acronym's letters and dots before its last dot: "U.S"



@lru_cache(maxsize=16)
def _patterns(clitics: tuple[str, ...]) -> tuple[re.Pattern[str], re.Pattern[str] | None, frozenset[str]]:
    """(plain tokens, tokens with the clitics split off, the characters that call for the second).

    The plain pattern has no clitic alternatives, whose look-aheads would make the engine back off
    through every word; a word holding a clitic's punctuation (an apostrophe) is re-split."""
    longest_first = sorted(clitics, key=lambda c: (-len(c), c))
    alone = "".join(rf"|{re.escape(c)}\b" for c in longest_first if not c[:1].isalnum())
    plain = re.compile(rf"{_SIGNS}|{_WORD}{alone}|[^\w\s]")
    if not clitics:
        return plain, None, frozenset()
    split = "".join(rf"|\w+(?={re.escape(c)}\b)|{re.escape(c)}\b" for c in longest_first)
    marks = frozenset(ch for c in clitics for ch in c if not ch.isalnum())
    return plain, re.compile(rf"{_SIGNS}{split}|{_WORD}|[^\w\s]"), marks


def tokenize(text: str, offset: int = 0, clitics: Iterable[str] = ()) -> tuple[Token, ...]:
    """Tokens with character offsets; ``clitics`` (a language's, e.g. "n't", "'s") are split off the word
    they end."""
    plain, split, marks = _patterns(tuple(sorted(set(clitics))))
    if split is None or marks.isdisjoint(text):  # no clitic can be in the text: one token per match
        return tuple(Token(m.group(), m.start() + offset, m.end() + offset) for m in plain.finditer(text))
    out: list[Token] = []
    for m in plain.finditer(text):
        word = m.group()
        start = m.start() + offset
        if not marks.isdisjoint(word):
            out.extend(Token(p.group(), p.start() + start, p.end() + start) for p in split.finditer(word))
        else:
            out.append(Token(word, start, start + len(word)))
    return tuple(out)


class Segmenter:
    """Splits text into sentences, not breaking after known abbreviations or initials."""

    def __init__(self, abbreviations: Iterable[str] = (), clitics: Iterable[str] = (),
                 max_tokens: int = MAX_SENTENCE_TOKENS) -> None:
        if max_tokens < 2:
            raise ValueError(f"max_tokens must be at least 2, not {max_tokens}")
        self._abbrev = {a.lower().rstrip(".") for a in abbreviations}
        self.clitics = tuple(sorted(set(clitics)))
        self.max_tokens = max_tokens

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
        return len(word) == 1 and word.isupper() or bool(_DOTTED.fullmatch(word))

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

    def _add(self, out: list[Sentence], text: str, start: int, end: int) -> None:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end <= start:
            return
        tokens = tokenize(text[start:end], start, self.clitics)
        if len(tokens) <= self.max_tokens:
            out.append(Sentence(len(out), start, end, text[start:end], tokens))
            return
        i = 0
        while i < len(tokens):
            j = len(tokens) if len(tokens) - i <= self.max_tokens else self._cut(tokens, i)
            a, b = tokens[i].start, tokens[j - 1].end
            out.append(Sentence(len(out), a, b, text[a:b], tokens[i:j]))
            i = j

    def _cut(self, tokens: tuple[Token, ...], i: int) -> int:
        """Where the piece starting at token ``i`` ends (exclusive): the safest point of its second half."""
        hi = i + self.max_tokens
        lo = i + self.max_tokens // 2
        for safe in (lambda k: tokens[k - 1].text in _CLAUSE_END, lambda k: tokens[k - 1].text == ",",
                     lambda k: tokens[k].text[:1].isupper() and tokens[k - 1].text.islower()):
            for k in range(hi, lo, -1):
                if safe(k):
                    return k
        return hi
