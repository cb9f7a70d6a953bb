"""Find trigger lexicon entries in a tokenised sentence.

Every surface form generated from the lexicon's roots is indexed by the form of the
pattern's first position, so a sentence is scanned with one dictionary look-up per
token; the rest of a pattern (and its gaps) is checked only where the head matched.
A derived or codebook entry overlapping a hand-written one (``triggers.tsv``) of the same type gives way
to it; other overlaps are resolved in favour of the more specific (more positions, then longer) entry.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from warta.lexicon.registry import Language, TriggerEntry, cue_words
from warta.model import Token
from warta.pipeline.numbers import number_lexicon

__all__ = ["MAX_GAP", "TriggerMatch", "TriggerMatcher"]

MAX_GAP = 3
MAX_FREE = 3  # digits and number words inside a gap that do not count toward it: "massed tens of thousands of troops"
QUOTES = frozenset({'"', "“", "”", "'", "‘", "’"})
OPEN_QUOTES = frozenset({'"', "“", "'", "‘"})  # a quote that may open a quoted word before a pattern's word


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    entry: TriggerEntry
    start: int  # token index
    end: int  # token index, exclusive
    voice: str  # active | passive | noun | past | agent | lit | bare (an unaffixed verb: the gate bare-root decides)


class TriggerMatcher:
    def __init__(self, language: Language) -> None:
        # one-word entries by their form; longer ones by their first form and then by a form of their last
        # position, so that a head shared by hundreds of phrase entries ("set", "menuntut") costs a look-up
        # per word that follows it, not a try per entry
        single: dict[str, list[tuple[TriggerEntry, str]]] = defaultdict(list)
        multi: dict[str, dict[str, list[tuple[TriggerEntry, str]]]] = defaultdict(lambda: defaultdict(list))
        reaches: dict[str, int] = defaultdict(int)  # head form -> tokens after it a pattern can reach
        self._order: dict[int, int] = {}
        # the words of each phrase entry's inner positions (not its gaps): an entry one of whose positions has no word
        # in the sentence cannot match there, and is not tried
        self._inner: dict[int, tuple[frozenset[str], ...]] = {}
        # the words never read as a bare root: one spelt like a one-word cue is that word ("tentang", "soal": about);
        # one of word class bare_never is a noun far more often ("pukul" 10.00, "hukum", "telepon")
        self.never_bare = never_bare = frozenset(c.lower() for c in language.cues if " " not in c) \
            | language.word_classes["bare_never"]
        for n, entry in enumerate(language.triggers):
            self._order[id(entry)] = n
            self._inner[id(entry)] = tuple(frozenset(alts) for alts in entry.pattern[1:-1] if alts)
            reach = sum(MAX_GAP + MAX_FREE if not alts else 2 for alts in entry.pattern[1:])  # (2: a quote before)
            for form, voice in entry.voices[0]:
                if voice == "bare" and form in never_bare:
                    continue
                if len(entry.pattern) == 1:
                    single[form].append((entry, voice))
                    continue
                reaches[form] = max(reaches[form], reach)
                for last in entry.pattern[-1]:
                    multi[form][last].append((entry, voice))
        # (DF) all that find reads of a form a pattern starts with, behind one look-up per word: its one-word entries,
        # its phrase entries by last word (None when it has none), the words that end them (a head none of whose
        # patterns can end in the sentence is not tried) and how far they reach
        self._head_info: dict[str, tuple[list[tuple[TriggerEntry, str]], dict[str, list[tuple[TriggerEntry, str]]] | None,
                                         frozenset[str], int]] = {
            form: (single.get(form, []), multi.get(form), frozenset(multi.get(form, ())), reaches.get(form, 0))
            for form in single.keys() | multi.keys()}
        self._counts = number_lexicon(language.code).count_words
        self._clitics = language.word_classes["object_clitic"]
        self._stops = language.word_classes["gap_stop"]
        # (helper CW) nor a past form that heads an entry of its own, the verb of another act ("air strikes killed 14
        # people on Sunday" is no "strike ~ on"; "condemned the strike and called on the UN" is an appeal) -- unless it
        # is an adjective after a determiner or quantifier ("the wounded") or a participle before its agent or origin (word class
        # participle_prep: "a rocket fired from Egypt hit", not after a conjunction: "and called by")
        self._verbs = _PastForms(
            language.head_forms.get("past", frozenset()),
            cue_words(language.cues, "determiner") | language.word_classes["all_quantifier"],  # "all armed operations": an adjective too
            cue_words(language.cues, "conj"),
            language.word_classes["participle_prep"])
        self._accords = language.word_classes["accord_noun"]

    def find(self, tokens: tuple[Token, ...] | list[Token], lowered: list[str] | None = None) -> list[TriggerMatch]:
        """The sentence's trigger matches in order, overlaps resolved as the module says; ``lowered`` (the
        tokens' lower-cased texts) stands in for the tokens when given."""
        low = lowered if lowered is not None else [t.text.lower() for t in tokens]
        info = self._head_info
        heads = [(i, found) for i, word in enumerate(low) if (found := info.get(word)) is not None]
        if not heads:
            return []
        candidates: list[TriggerMatch] = []
        present = set(low)
        for i, (single, multi, lasts, reach) in heads:
            for entry, voice in single:
                candidates.append(TriggerMatch(entry, i, i + 1, _head_voice(entry, voice, low, i)))
            if not multi or lasts.isdisjoint(present):
                continue
            tried: set[int] = set()
            for later in set(low[i + 1 : i + 1 + reach]):
                for entry, voice in multi.get(later, ()):
                    if id(entry) in tried:
                        continue
                    tried.add(id(entry))
                    if any(present.isdisjoint(words) for words in self._inner[id(entry)]):
                        continue
                    end = _match_rest(entry, low, i + 1, 1, self._counts, self._stops, self._verbs)
                    if end is not None:
                        candidates.append(TriggerMatch(entry, i, end, _head_voice(entry, voice, low, i)))
        # a derived or codebook entry that overlaps a hand-written one of the same type gives way to it (the
        # hand entry codes that act, and its shorter span leaves the object to the roles); across types the
        # more specific entry (more positions, then longer) wins: "gave an ultimatum" is a threat, not aid
        # -- unless its span also holds a hand entry of another type, a construction it reads as one act
        # ("resisted calls to relax sanctions": a refusal, not a request)
        # (a bare root, a verb only where the gate bare-root finds its subject, is no hand reading to give way to)
        hand = [(m.start, m.end, m.entry.type) for m in candidates if m.entry.rank == 0 and m.voice != "bare"]
        candidates = [m for m in candidates if m.entry.rank == 0 or _keeps(m, hand)]
        order = self._order
        # (a bare root, read as a verb only where a subject stands before it, gives way to any other reading of its word)
        candidates.sort(key=lambda m: (-_positions(m, low, self._clitics), -(m.end - m.start), m.start,
                                       m.voice == "bare", order[id(m.entry)]))
        taken: list[TriggerMatch] = []
        used: dict[int, TriggerMatch] = {}
        for m in candidates:
            span = _fixed(m)
            if any(k in used and not (low[k] in self._accords and _nested_accord(m, used[k], k)) for k in span):
                continue
            used.update((k, m) for k in span if k not in used)
            taken.append(m)
        taken.sort(key=lambda m: m.start)
        return taken


def _nested_accord(m: TriggerMatch, other: TriggerMatch, k: int) -> bool:
    """(helper BN) An accord between parties named as the object of another act shares its noun with that act:
    "welcomed the truce agreement between Armenia and Azerbaijan" is a welcome (the agreement its object) and the
    agreement of the two; so is "menyambut baik kesepakatan antara ...".  Only one word shared, the first of the
    mutual entry's span and the last of the other's, an accord noun (word class accord_noun), the mutual entry an
    AGREE: not "requested talks with", "cancelled military cooperation with" (the talks or ties are the object)."""
    mutual, outer = (m, other) if m.entry.frame == "mutual" else (other, m)
    return mutual.entry.frame == "mutual" and mutual.entry.type == "AGREE" and outer.entry.frame != "mutual" \
        and outer.entry.type != "AGREE" \
        and k == mutual.start and k == outer.end - 1


def ends_in_clitic(word: str, clitics: frozenset[str]) -> bool:
    """A word that ends in one of ``clitics`` (a word class: object or possessor clitics, "menilainya",
    "kunjungannya") with more than three letters before it (not a short word that merely ends so)."""
    return any(word.endswith(c) and len(word) > len(c) + 3 for c in clitics)


def _positions(m: TriggerMatch, low: list[str] | None = None, clitics: frozenset[str] = frozenset()) -> int:
    """How specific a match is: its pattern's positions; a labelled pattern whose gaps matched no word counts its
    words only (part AP: "memvonis bersalah lima terdakwa" labels no one inside, so the entry whose target follows
    the words of guilt, listed first, reads it); (helper AV) and gives way to any other reading of its words: "ISIS
    mengklaim bertanggung jawab atas serangan ..." names no one held responsible but the claimant, a claim of
    responsibility (CAMEO 015) whose act is found apart.  (Part AZ) A head verb ending in an object clitic labels its
    clitic: "Ruhut menilainya tak mampu mengatasi ..." keeps its count."""
    p = m.entry.pattern
    if m.entry.frame == "labelled" and () in p and m.end - m.start == len(p) - p.count(()) and not (
            low is not None and ends_in_clitic(low[m.start], clitics)):
        return 0
    return len(p)


def _fixed(m: TriggerMatch) -> range | list[int]:
    """The tokens a match holds against others: all of them, but for a pattern that labels an act in its gap
    ("menyatakan penangkapan itu tidak bisa dibenarkan", "called the strike a war crime") only the words before
    its first gap and after its last, so the act in the gap is found too."""
    p = m.entry.pattern
    if m.entry.frame != "labelled" or () not in p:
        return range(m.start, m.end)
    head = p.index(())
    tail = len(p) - 1 - max(i for i, a in enumerate(p) if a == ())
    return [*range(m.start, m.start + head), *range(m.end - tail, m.end)]


def _keeps(m: TriggerMatch, hand: list[tuple[int, int, str]]) -> bool:
    inside = [t for s, e, t in hand if s < m.end and m.start < e]
    # (helpers BQ, BS) a derived or codebook entry whose head word is the object of a hand entry of another type that
    # starts before it gives way to it: "membantah tuduhan Vanuatu soal pelanggaran HAM", "denied accusations of
    # human rights abuses", "membantah tudingan AS soal spionase" deny the accusation (not the codebook's "tudingan ~
    # spionase"); the verb that governs the noun is the act
    if any(s < m.start < e and t != m.entry.type for s, e, t in hand):
        return False
    return m.entry.type not in inside or any(t != m.entry.type for t in inside)


@dataclass(frozen=True, slots=True)
class _PastForms:
    """(helper CW) The past forms that head trigger entries, and the words that tell an adjective or a participle."""

    forms: frozenset[str]
    determiners: frozenset[str]
    conjunctions: frozenset[str]
    participle_preps: frozenset[str]

    def opens_clause(self, low: list[str], i: int) -> bool:
        """Whether the word at ``i`` is the past verb of another clause, which no gap crosses."""
        if low[i] not in self.forms:
            return False
        before = low[i - 1] if i > 0 else ""
        if before in self.determiners:
            return False
        return before in self.conjunctions or not (i + 1 < len(low) and low[i + 1] in self.participle_preps)


def _match_rest(entry: TriggerEntry, low: list[str], pos: int, k: int, counts: frozenset[str] = frozenset(),
                stops: frozenset[str] = frozenset(), verbs: _PastForms | None = None) -> int | None:
    """Match pattern positions k.. starting at token pos; return the end token index or None.  A gap spans up to
    MAX_GAP words, never punctuation nor a word that opens another clause (``stops``, word class gap_stop: "missile
    launch after meeting" is no launched meeting), plus up to MAX_FREE digits or number words (``counts``)."""
    pattern = entry.pattern
    if k == len(pattern):
        return pos
    alts = pattern[k]
    if alts == ():
        at, words, free = pos, 0, 0
        while at <= len(low):
            if at > pos:
                word = low[at - 1]
                if not word[:1].isalnum() and word not in QUOTES and not (word[:1] in QUOTES and word[1:].isalpha()) \
                        and not (word == "." and at < len(low)):
                    break  # (a clitic such as "'s" is part of a word: "denied Pyongyang's accusations"; a full stop
                    #        inside a sentence is an abbreviation's: "held Mr. Trump accountable")
                if word in stops or (verbs is not None and verbs.opens_clause(low, at - 1)):
                    break
                if word in counts or word[:1].isdigit():
                    free += 1
                else:
                    words += 1
                if words > MAX_GAP or free > MAX_FREE:
                    break
            end = _match_rest(entry, low, at, k + 1, counts, stops, verbs)
            if end is not None:
                return end
            at += 1
        return None
    if pos < len(low) and low[pos] in alts:
        return _match_rest(entry, low, pos + 1, k + 1, counts, stops, verbs)
    if k > 0 and pos + 1 < len(low) and low[pos] in OPEN_QUOTES and low[pos + 1] in alts:
        return _match_rest(entry, low, pos + 2, k + 1, counts, stops, verbs)  # a word quoted: called the move "reckless"
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
