"""Headlines in title case: their common words lower-cased for the actor finder.

A headline or a title written in title case ("Police Arrest Man Over Sydney Stabbing", "Iran Tolak Tuduhan AS
soal Pasokan Rudal", "Jokowi Minta Menteri ...") capitalises its verbs and prepositions, so the actor finder takes
"Arrest Man Over" or "Tolak Tuduhan" for an unknown name and the acts inside it for part of a name.
``sentence_cased`` gives the text with, in each sentence that is written in title case, every capitalised word
that is a common word of the language (a word a trigger pattern opens with, a trigger's noun form, a one-word cue:
``EventCoder.headline_words``) lower-cased: the same length,
so every offset stays valid, and the same text where no sentence is in title case.  Names the lexicon knows are
found as before (the actor lexicon is searched case-folded); only the guesses that rest on capitals change.
"""

from __future__ import annotations

import re
from functools import cache

from warta.lexicon.registry import load_language

__all__ = ["function_words", "is_title_case", "lower_common", "sentence_cased", "title_case_spans"]

_WORD = re.compile(r"[^\W\d_][\w'’-]*")
MIN_WORDS = 4  # words of three letters or more, besides the first word, a sentence needs to be judged
MAX_CHARS = 200  # a headline is short: a longer sentence is not judged (and costs no look at its words)


#: The cue kinds (lang/<code>/cues.tsv) of the words a title leaves in lower case: prepositions, conjunctions, articles.
FUNCTION_KINDS = frozenset({"conj", "determiner", "definite", "relative", "complementizer", "subordinator"})


@cache
def function_words(lang: str) -> frozenset[str]:
    """The language's one-word prepositions, conjunctions and articles, lower-case (cue kinds ``prep_*`` and
    ``FUNCTION_KINDS``)."""
    return frozenset(c.lower() for c, kinds in load_language(lang).cues.items()
                     if " " not in c and any(k in FUNCTION_KINDS or k.startswith("prep_") for k in kinds))


def is_title_case(sentence: str, function_words: frozenset[str] = frozenset()) -> bool:
    """Whether a sentence is written in title case: besides its first word, at least ``MIN_WORDS`` words of three
    letters or more, every one of them capitalised but the language's function words ("dengan", "untuk", "from",
    "with" may stay lower-case; a sentence rich in names and titles still has its lower-case verbs: "met", "bertemu")."""
    # (word by word, so that running text, which has a lower-case word among its first few, costs a few looks)
    words = _WORD.finditer(sentence)
    next(words, None)
    long = 0
    for w in words:
        word = w.group()
        if len(word) < 3:
            continue
        if not word[0].isupper() and word.lower() not in function_words:
            return False
        long += 1
    return long >= MIN_WORDS


def title_case_spans(text: str, spans: list[tuple[int, int]],
                     function_words: frozenset[str] = frozenset()) -> list[tuple[int, int]]:
    """The sentences (``spans``: character offsets) of ``text`` written in title case (``is_title_case``)."""
    return [(a, b) for a, b in spans if b - a <= MAX_CHARS and is_title_case(text[a:b], function_words)]


def lower_common(text: str, spans: list[tuple[int, int]], common: frozenset[str]) -> str:
    """``text`` with the capitalised words of ``common`` (folded forms) lower-cased inside ``spans``; ``text`` itself
    when none is."""
    pieces: list[str] = []
    at = 0
    for a, b in spans:
        for w in _WORD.finditer(text, a, b):
            word = w.group()
            if word[0].isupper() and not word.isupper() and word.lower() in common and len(word.lower()) == len(word):
                pieces.append(text[at : w.start()])
                pieces.append(word.lower())
                at = w.end()
    if not pieces:
        return text
    pieces.append(text[at:])
    return "".join(pieces)


def sentence_cased(text: str, spans: list[tuple[int, int]], common: frozenset[str],
                   function_words: frozenset[str] = frozenset()) -> str:
    """``text`` with the capitalised words of ``common`` (folded forms) lower-cased in every sentence (``spans``:
    character offsets) written in title case (``is_title_case`` with ``function_words``); ``text`` itself when there
    is none."""
    return lower_common(text, title_case_spans(text, spans, function_words), common)
