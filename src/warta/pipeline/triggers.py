"""Find trigger lexicon entries in a tokenised sentence.

Every surface form generated from the lexicon's roots is indexed by the form of the
pattern's first position, so a sentence is scanned with one dictionary look-up per
token; the rest of a pattern (and its gaps) is checked only where the head matched.
Overlapping matches are resolved in favour of the hand-written lexicon (``triggers.tsv``) over the
derived and codebook files, then of the more specific (more positions, then longer) entry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from warta.lexicon.registry import Language, TriggerEntry
from warta.model import Token

__all__ = ["MAX_GAP", "TriggerMatch", "TriggerMatcher"]

MAX_GAP = 3
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: TriggerEntry
    start: int  # token index
    end: int  # token index, exclusive
    voice: str  # active | passive | noun | past | agent | lit


class TriggerMatcher:
    def __init__(self, language: Language) -> None:
        self._index: dict[str, list[tuple[TriggerEntry, str]]] = defaultdict(list)
        for entry in language.triggers:
            for form, voice in entry.voices[0]:
                self._index[form].append((entry, voice))

    def find(self, tokens: tuple[Token, ...] | list[Token], lowered: list[str] | None = None) -> list[TriggerMatch]:
        low = lowered if lowered is not None else [t.text.lower() for t in tokens]
        candidates: list[TriggerMatch] = []
        for i, word in enumerate(low):
            for entry, voice in self._index.get(word, ()):
                end = _match_rest(entry, low, i + 1, 1)
                if end is not None:
                    candidates.append(TriggerMatch(entry, i, end, _head_voice(entry, voice, low, i)))
        # an entry of the hand-written file wins an overlap with a derived or codebook one; then the more specific
        candidates.sort(key=lambda m: (m.entry.rank > 0, -len(m.entry.pattern), -(m.end - m.start), m.start))
        taken: list[TriggerMatch] = []
        used: set[int] = set()
        for m in candidates:
            span = range(m.start, m.end)
            if any(k in used for k in span):
                continue
            used.update(span)
            taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken


def _match_rest(entry: TriggerEntry, low: list[str], pos: int, k: int) -> int | None:
    """Match pattern positions k.. starting at token pos; return the end token index or None."""
    pattern = entry.pattern
    if k == len(pattern):
        return pos
    alts = pattern[k]
    if alts == ():  # a gap: try 0..MAX_GAP word tokens, never across punctuation
        for skip in range(MAX_GAP + 1):
            at = pos + skip
            if at > len(low):
                break
            if skip and not low[at - 1][:1].isalnum() and low[at - 1] not in QUOTES:
                break
            end = _match_rest(entry, low, at, k + 1)
            if end is not None:
                return end
        return None
    if pos < len(low) and low[pos] in alts:
        return _match_rest(entry, low, pos + 1, k + 1)
    return None


def _head_voice(entry: TriggerEntry, voice: str, low: list[str], i: int) -> str:
    if voice != "lit":
        return voice
    # a literal head: take the voice of the first generated form later in the pattern, if any
    for voices in entry.voices[1:]:
        for form, v in voices:
            if v != "lit" and form in low[i + 1 : i + 1 + len(entry.pattern) + MAX_GAP]:
                return v
    return "lit"
