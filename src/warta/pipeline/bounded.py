"""An Aho-Corasick automaton whose keys match only on word boundaries, tested inside the automaton.

A plain automaton over lower-cased text reports every key inside every word ("an" in "pemandangan"), and a
Python loop then throws away nine hits in ten for not sitting on word boundaries. Here both the keys and the
text are searched in a masked form, every character that is not alphanumeric (``str.isalnum``) replaced by
``EDGE``, with the text padded by one ``EDGE`` on each side; a key that must begin on a boundary is stored
with an ``EDGE`` before it, one that must end on one with an ``EDGE`` after it. So the automaton reports only
the hits that sit on boundaries, and each is checked against the key's own characters (the mask hides which
punctuation a key holds): the hits are exactly those of the plain automaton that pass the boundary test.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Generic, TypeVar

import ahocorasick

__all__ = ["EDGE", "BoundedAutomaton", "mask"]

V = TypeVar("V")
EDGE = "\x01"


class _Masks(dict[int, int]):
    """The translation table of ``mask``, filled in as characters are met (a property of each character)."""

    def __missing__(self, code: int) -> int:
        value = self[code] = code if chr(code).isalnum() else ord(EDGE)
        return value


_MASKS = _Masks()


def mask(text: str) -> str:
    """``text`` with every character that is not alphanumeric replaced by ``EDGE`` (same length)."""
    return text.translate(_MASKS)  # ten times faster than a regular expression's substitution


class BoundedAutomaton(Generic[V]):
    """Keys (lower-case, as the text they are searched in) with a value each, found on word boundaries.

    With ``strict`` a key needs a non-alphanumeric character (or the end of the text) on both sides; without,
    only on a side where the key's own edge character is alphanumeric (a key "-backed" may follow a word)."""

    def __init__(self, items: Iterable[tuple[str, V]], strict: bool = True) -> None:
        # several keys may share a pattern ("mr" and "mr.", "us" and "us$"): each keeps where it starts in it
        patterns: dict[str, list[tuple[int, str, V]]] = {}
        for key, value in items:
            before = int(strict or key[:1].isalnum())
            after = int(strict or key[-1:].isalnum())
            patterns.setdefault(EDGE * before + mask(key) + EDGE * after, []).append((before, key, value))
        self.automaton = ahocorasick.Automaton()
        for pattern, keys in patterns.items():
            # (a key of letters and digits only is the text wherever its pattern is found: no check of its characters)
            self.automaton.add_word(pattern, tuple((len(pattern) - before, key, value, not key.isalnum())
                                                   for before, key, value in keys))
        self.automaton.make_automaton()

    def __len__(self) -> int:
        return len(self.automaton)

    def iter(self, text: str) -> Iterator[tuple[int, int, str, V]]:
        """(start, end, key, value) of every key found in ``text`` on word boundaries, in the automaton's
        order (by end)."""
        if not len(self.automaton):
            return
        yield from self.hits(text)

    def hits(self, text: str) -> list[tuple[int, int, str, V]]:
        """``list(self.iter(text))``, built in one comprehension (no generator resumed per hit)."""
        if not len(self.automaton):
            return []
        # the padding's offset of one cancels the pattern's last index; (not a key opening with punctuation, on the
        # padding); a key with other characters than letters and digits is checked against the text (the mask hides
        # which punctuation or space it holds)
        return [(start, start + len(key), key, value)
                for last, keys in self.automaton.iter(EDGE + mask(text) + EDGE)
                for back, key, value, check in keys
                if (start := last - back) >= 0 and (not check or text.startswith(key, start))]
