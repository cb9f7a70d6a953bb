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
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import lru_cache

from warta.model import Sentence, Token

__all__ = ["MAX_SENTENCE_TOKENS", "Segmenter", "tokenize", "words"]

#: The longest sentence the coder sees, in tokens; longer ones are cut (see the module docstring).
MAX_SENTENCE_TOKENS = 120
_CLAUSE_END = frozenset({";", ":", "—", "–"})

_SIGNS = (
    r"[A-Za-z]\.(?:[A-Za-z]\.)+"  # dotted acronyms: A.S., U.S., U.N. (a letter first: words skip it fast)
    r"|\$|US\$|Rp"  # currency signs stay separate tokens
)
_WORD = r"\w+(?:[-.,/'’]\w+)*"  # words, numbers 10.000 / 1,5 / 14/11/2024, reduplication barang-barang
# A candidate boundary: terminal punctuation (with closing quotes/brackets) then space, or a line break.  The
# pattern opens with the character class of both, so that the regex engine scans for it instead of trying the
# alternatives at every character; a look-behind then tells which of the two it began.
_BOUNDARY = re.compile(r"[.!?…\n](?:(?<=[.!?…])[.!?…]*[\"'”’)\]]*(?=\s+[\"“'‘(\[]?[A-Z0-9\u00C0-\u024F])|(?<=\n)\n*)")
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


def _as_key(clitics: Iterable[str]) -> tuple[str, ...]:
    """The clitics as :func:`_patterns` is cached on; a Segmenter's are a sorted tuple already (and the patterns
    do not depend on the order), so the calls per sentence skip the sort."""
    return clitics if isinstance(clitics, tuple) else tuple(sorted(set(clitics)))


def tokenize(text: str, offset: int = 0, clitics: Iterable[str] = ()) -> tuple[Token, ...]:
    """Tokens with character offsets; ``clitics`` (a language's, e.g. "n't", "'s") are split off the word
    they end."""
    return _tokenize(text, offset, _patterns(_as_key(clitics)))


def _tokenize(text: str, offset: int, patterns: tuple[re.Pattern[str], re.Pattern[str] | None, frozenset[str]]
              ) -> tuple[Token, ...]:
    """:func:`tokenize` with the clitics' patterns given (a Segmenter keeps its own: no cache look-up per sentence)."""
    plain, split, marks = patterns
    if split is None or not any(ch in text for ch in marks):  # no clitic can be in the text: one token per match
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


def words(text: str, clitics: Iterable[str] = ()) -> list[str]:
    """The texts of ``tokenize(text, 0, clitics)``, without building the tokens."""
    return _words(text, _patterns(_as_key(clitics)))


def _words(text: str, patterns: tuple[re.Pattern[str], re.Pattern[str] | None, frozenset[str]]) -> list[str]:
    """:func:`words` with the clitics' patterns given."""
    plain, split, marks = patterns
    found = plain.findall(text)
    if split is None or not any(ch in text for ch in marks):
        return found
    return [p for w in found for p in (split.findall(w) if not marks.isdisjoint(w) else (w,))]


def _stripped(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """``start``, ``end`` moved past the space at both ends; nothing when only space is left."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        yield start, end


class Segmenter:
    """Splits text into sentences, not breaking after known abbreviations or initials."""

    def __init__(self, abbreviations: Iterable[str] = (), clitics: Iterable[str] = (),
                 max_tokens: int = MAX_SENTENCE_TOKENS) -> None:
        if max_tokens < 2:
            raise ValueError(f"max_tokens must be at least 2, not {max_tokens}")
        self._abbrev = {a.lower().rstrip(".") for a in abbreviations}
        self.clitics = tuple(sorted(set(clitics)))
        self._patterns = _patterns(self.clitics)
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
        """The sentences of ``text`` with their tokens."""
        out: list[Sentence] = []
        for start, end in self._spans(text):
            for a, b, tokens in self._pieces(_tokenize(text[start:end], start, self._patterns), start, end):
                out.append(Sentence(len(out), a, b, text[a:b], tokens))
        return out

    def split_words(self, text: str) -> list[tuple[Sentence, list[str]]]:
        """The sentences of :meth:`split`, each with the texts of its tokens but not the tokens themselves
        (most sentences of a news text hold no trigger: :meth:`with_tokens` builds them where needed); the
        pieces of a sentence cut for length have theirs."""
        out: list[tuple[Sentence, list[str]]] = []
        for start, end in self._spans(text):
            found = _words(text[start:end], self._patterns)
            if len(found) <= self.max_tokens:
                out.append((Sentence(len(out), start, end, text[start:end]), found))
                continue
            for a, b, tokens in self._pieces(_tokenize(text[start:end], start, self._patterns), start, end):
                out.append((Sentence(len(out), a, b, text[a:b], tokens), [t.text for t in tokens]))
        return out

    def with_tokens(self, sentence: Sentence) -> Sentence:
        """The sentence with its tokens (a sentence holds at least one token once built)."""
        if sentence.tokens:
            return sentence
        return replace(sentence, tokens=_tokenize(sentence.text, sentence.start, self._patterns))

    def _spans(self, text: str) -> Iterator[tuple[int, int]]:
        """Start and end of each sentence, the space around it left out."""
        start = 0
        for m in _BOUNDARY.finditer(text):
            if m.group().startswith(".") and "\n" not in m.group() and self._is_abbreviation(text, m.start()):
                continue
            yield from _stripped(text, start, m.end())
            start = m.end()
        yield from _stripped(text, start, len(text))

    def _pieces(self, tokens: tuple[Token, ...], start: int, end: int) -> Iterator[tuple[int, int, tuple[Token, ...]]]:
        """The sentence as (start, end, tokens), or its pieces when it is longer than ``max_tokens``."""
        if len(tokens) <= self.max_tokens:
            yield start, end, tokens
            return
        i = 0
        while i < len(tokens):
            j = len(tokens) if len(tokens) - i <= self.max_tokens else self._cut(tokens, i)
            yield tokens[i].start, tokens[j - 1].end, tokens[i:j]
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
