"""A sentence prepared for role finding: tokens, cues and actor mentions aligned to token indices."""

from __future__ import annotations

import copy
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from warta.knowledge.actor_code import ActorCode, prefix_of
from warta.lexicon.registry import Language, name_cue_kinds
from warta.model import ActorMention, Sentence
from warta.pipeline.numbers import number_lexicon
from warta.pipeline.when import CALENDAR_OPS, DateSpan, when_finder

if TYPE_CHECKING:
    from warta.pipeline.syntax import Parse

__all__ = ["ActorSlot", "SentenceView", "dateline_end", "dateline_end_words", "may_open_with_dateline"]

CLAUSE_PUNCT = frozenset({";", ":", "—", "–"})
QUOTES = frozenset({'"', "“", "”"})

_DIGITS = re.compile(r"\d[\d.,]*")  # a count in figures: "15", "200.000"


@dataclass(frozen=True, slots=True)
class ActorSlot:
    """An actor mention with its token span (``start``/``end`` token indices)."""

    mention: ActorMention
    start: int
    end: int

    @property
    def code(self) -> str:
        return self.mention.code

    @property
    def country(self) -> str:
        return prefix_of(self.mention.code)  # (ActorCode(code).prefix)


_DASHES = frozenset({"-", "–", "—", "--"})


def dateline_end(tokens) -> int:
    """The index of the dash that ends a dateline opening the sentence, else 0: a place in capitals or a news agency
    in brackets, then capitalised words, numbers and punctuation only, up to a dash within the first ten tokens."""
    return dateline_end_words([t.text for t in tokens[:10]])


def dateline_end_words(words: Sequence[str]) -> int:
    """:func:`dateline_end` of the tokens' texts (all of them or the first ten): no tokens need be built."""
    for d in range(1, min(len(words), 10)):
        if words[d] in _DASHES:
            head = words[:d]
            capitals = head[0].isupper() and len(head[0]) > 2
            if (capitals or "(" in head) and all(w[:1].isupper() or w[:1].isdigit() or w in ",.()/" for w in head):
                return d
            return 0
    return 0


_DASH = re.compile("|".join(sorted(map(re.escape, _DASHES), key=len, reverse=True)))


def may_open_with_dateline(text: str) -> bool:
    """Whether a sentence may open with a wire dateline: a dash in its first 120 characters (a test before tokens)."""
    return _DASH.search(text, 0, 120) is not None


class SentenceView:
    """Token-indexed view of one sentence: lower-cased words, cue kinds, actor slots."""

    def __init__(self, sentence: Sentence, language: Language, mentions: list[ActorMention],
                 low: list[str] | None = None) -> None:
        """``low``: the tokens' lower-cased texts, where the caller has them (the coder lowers every sentence's words)."""
        self.sentence = sentence
        self.lang = language.code
        self.settings = language.settings
        self.word_classes = language.word_classes
        self._cue_words = language.cues
        self.tokens = sentence.tokens
        self.low = low if low is not None else [t.text.lower() for t in self.tokens]
        self.n = len(self.tokens)
        starts = [t.start for t in self.tokens]
        ends = [t.end for t in self.tokens]
        self._starts = starts  # token start offsets, ascending: token_at looks characters up in them
        slots = []
        for m in mentions:
            a = bisect_left(ends, m.start + 1)
            b = bisect_right(starts, m.end - 1)
            if a < b:
                slots.append(ActorSlot(m, a, b))
        # a wire dateline ("KABUL (Reuters) -", "Jakarta (ANTARA) -") names where the report was filed, no party
        dateline = dateline_end(self.tokens)
        slots = [s for s in slots if s.end > dateline]
        self.actors: list[ActorSlot] = slots
        self.trigger_starts: frozenset[int] = frozenset()  # set by the coder once triggers are found
        self.noun_trigger_starts: frozenset[int] = frozenset()  # those of nominal triggers ("bantuan")
        self.verb_trigger_starts: frozenset[int] = frozenset()  # those of verb forms ("menahan", "ditahan", "arrested")
        self.mutual_verb_starts: frozenset[int] = frozenset()  # those of verbs of a mutual frame ("menyepakati")
        self.trigger_ends: tuple[tuple[int, str], ...] = ()  # (end token, event type) of each trigger
        self.trigger_spans: tuple[tuple[int, int], ...] = ()  # (start, end) tokens of each trigger
        self._parse_fn: Callable[[], Parse] | None = None
        self._dates_fn: Callable[[], Sequence[DateSpan]] | None = None  # the coder's date spans of the sentence
        self._date_tokens: frozenset[int] | None = None
        self.clause_starts: dict[int, int] = {}  # roles.left_bound's answers per token (they read the actor slots)
        self.clause_ends: dict[tuple[int, frozenset[int]], int] = {}  # roles.right_bound's, per token and trigger_starts
        # the parse, once computed: a cell shared with the copies ``without`` makes, so a sentence is parsed once
        self._parsed: list[Parse | None] = [None]
        self._actor_at = {k: s for s in slots for k in range(s.start, s.end)}
        # cues: token index -> (kinds, length in tokens); longest phrase wins
        self.cues: dict[int, tuple[frozenset[str], int]] = {}
        widths, on_names = language.cue_widths, name_cue_kinds()
        for i, word in enumerate(self.low):
            word_widths = widths.get(word)
            if word_widths is None:
                continue  # (most words open no cue)
            text = self.tokens[i].text
            # a capitalised word inside a sentence is a name ("Theresa May"), not a cue; but the name of a
            # tournament is what shows a sports report ("di final SEA Games", "Piala AFF": part W)
            named = i > 0 and text[:1].isupper() and not text.isupper() and self.low[i - 1] not in ('"', "“", "'", "‘", "(", ":")
            for width in word_widths:  # longest first
                if i + width > self.n:
                    continue
                kinds = language.cues.get(word if width == 1 else " ".join(self.low[i : i + width]))
                if named and not (kinds and kinds <= on_names):
                    continue
                inside = self._actor_at.get(i)
                if kinds and (inside is None or inside.mention.kind == "anaphor"
                              or (kinds <= on_names and not inside.mention.code)):  # an uncoded name: "SEA Games"
                    self.cues[i] = (kinds, width)
                    break
        self._kinds: list[frozenset[str]] = [frozenset()] * self.n
        for i, (kinds, _width) in self.cues.items():
            self._kinds[i] = kinds
        for i, (kinds, width) in self.cues.items():  # a preposition of several words ("out of") ends at its object
            if width > 1 and any(k.startswith("prep_") for k in kinds):
                self._kinds[i + width - 1] = kinds
        self._cued = [i for i, kinds in enumerate(self._kinds) if kinds]  # the tokens with any cue kind, ascending
        # the tokens of each cue kind, ascending: a test for a kind in a range of tokens is a binary search, not a walk
        self._positions: dict[str, list[int]] = {}
        for i in self._cued:
            for kind in self._kinds[i]:
                self._positions.setdefault(kind, []).append(i)
        # a possessive pronoun before an actor is its determiner, not a party: "met his Chinese counterpart"; so it is
        # with a modifier or two between them ("expelled its Jewish population", "shelled its own people")
        owners = [s for s in slots if s.mention.kind == "anaphor" and s.end - s.start == 1
                  and "determiner" in self._kinds[s.start] and self._owned(s.end)]
        if owners:
            self.actors = [s for s in slots if s not in owners]
            self._actor_at = {k: s for s in self.actors for k in range(s.start, s.end)}

    def _owned(self, k: int) -> bool:
        """An actor begins at ``k`` or after at most two plain words (no cue, no actor) from it."""
        for j in range(k, min(self.n, k + 3)):
            if self._actor_at.get(j) is not None:
                return True
            if not self.tokens[j].text.replace("-", "").isalpha() or self._kinds[j]:
                return False
        return False

    def parse_with(self, parse_fn: Callable[[], Parse]) -> None:
        """Give the view a way to parse its sentence, called at most once, on first use of ``parse``."""
        self._parse_fn = parse_fn

    def dates_with(self, dates_fn: Callable[[], Sequence[DateSpan]]) -> None:
        """Give the view the date spans the coder finds for its sentence (``pipeline/when.py``, sentence offsets),
        read on first use of ``date_tokens``; without them the view asks the date finder itself."""
        self._dates_fn = dates_fn

    @property
    def date_tokens(self) -> frozenset[int]:
        """The tokens inside a calendar date of the sentence (a span of ``when.CALENDAR_OPS``: a year, a month with
        a day or a year, a day/month; not a weekday, "last week" or a month alone), as the date finder reads them."""
        if self._date_tokens is None:
            spans = self._dates_fn() if self._dates_fn is not None else when_finder(self.lang).spans(self.sentence.text)
            base = self.sentence.start
            cover = [(sp.start + base, sp.end + base) for sp in spans if sp.op in CALENDAR_OPS]
            self._date_tokens = frozenset(i for i, t in enumerate(self.tokens)
                                          if any(a <= t.start and t.end <= b for a, b in cover))
        return self._date_tokens

    @property
    def parseable(self) -> bool:
        """The view can be parsed (or already is), without parsing it."""
        return self._parsed[0] is not None or self._parse_fn is not None

    @property
    def parse(self) -> Parse | None:
        """The sentence's dependency parse, if the language has a parser (computed on first use)."""
        if self._parsed[0] is None and self._parse_fn is not None:
            self._parsed[0] = self._parse_fn()
        return self._parsed[0]

    def without(self, slots: list[ActorSlot]) -> SentenceView:
        """A shallow copy of this view without some actor slots."""
        clone = copy.copy(self)
        clone.actors = [s for s in self.actors if s not in slots]
        clone._actor_at = {k: s for s in clone.actors for k in range(s.start, s.end)}
        clone.clause_starts = {}
        return clone

    def kinds(self, i: int) -> frozenset[str]:
        return self._kinds[i] if 0 <= i < self.n else frozenset()

    def has(self, i: int, kind: str) -> bool:
        return 0 <= i < self.n and kind in self._kinds[i]

    def any_kind(self, kind: str, lo: int, hi: int) -> bool:
        """Some token of ``lo`` .. ``hi - 1`` has the cue kind ``kind`` (as ``any(has(k, kind) for k in range(lo, hi))``)."""
        positions = self._positions.get(kind)
        if not positions:
            return False
        j = bisect_left(positions, max(lo, 0))
        return j < len(positions) and positions[j] < hi

    def cued(self, lo: int, hi: int) -> list[int]:
        """The tokens of ``lo`` .. ``hi - 1`` that have a cue kind, ascending (a walk that acts only on cues skips the rest)."""
        return self._cued[bisect_left(self._cued, lo):bisect_left(self._cued, hi)]

    def has_cue_word(self, word: str, kind: str) -> bool:
        return kind in self._cue_words.get(word, ())

    def is_word(self, i: int, word_class: str) -> bool:
        """The word at ``i`` belongs to a word class of the language ("aux", "possessive", ...)."""
        return 0 <= i < self.n and self.low[i] in self.word_classes[word_class]

    def token_at(self, char: int) -> int | None:
        """The index of the token covering article offset ``char`` (None between tokens or outside)."""
        i = bisect_right(self._starts, char) - 1
        return i if i >= 0 and char < self.tokens[i].end else None

    def actor_at(self, i: int) -> ActorSlot | None:
        return self._actor_at.get(i)

    def actor_after_determiner(self, i: int) -> ActorSlot | None:
        """The actor at ``i``, or right after a determiner there ("with Israeli forces", "with the Israeli army")."""
        return self._actor_at.get(i) or (self._actor_at.get(i + 1) if self.has(i, "determiner") else None)

    def text_span(self, i: int, j: int) -> tuple[str, int, int]:
        """The text of tokens ``i`` .. ``j - 1`` and its character offsets in the article."""
        a, b = self.tokens[i].start, self.tokens[j - 1].end
        return self.sentence.text[a - self.sentence.start:b - self.sentence.start], a, b

    def implied(self, code: str, name: str, i: int, j: int, entry: str) -> ActorSlot:
        """An actor the text implies at tokens ``i`` .. ``j - 1`` rather than names (``entry``: the convention)."""
        text, a, b = self.text_span(i, j)
        return ActorSlot(ActorMention(code, name, text, a, b, "implied", entry), i, j)

    def actor_after(self, i: int) -> ActorSlot | None:
        """The actor at token ``i`` or past the determiners and counts from there ("the United States", "para
        aktivis", "of three Filipino fishermen", "15 personel", "from Iran-backed militias": a backer written onto
        the noun, word class ``backer``)."""
        counts = number_lexicon(self.lang).count_words
        while self.actor_at(i) is None and i < self.n and (
                self.has(i, "determiner") or self.low[i] in counts or _DIGITS.fullmatch(self.low[i]) or self.backed(i)):
            i += 1
        return self.actor_at(i)

    def is_common_noun(self, i: int) -> bool:
        """A plain lower-case word that is no cue: "kota", "pariwisata", "airlines"."""
        return 0 <= i < self.n and self.low[i].isalpha() and self.low[i] == self.tokens[i].text and not self._kinds[i]

    def is_plain_word(self, i: int) -> bool:
        """A lower-case word, a reduplicated one too ("kapal-kapal"), cue or not."""
        return 0 <= i < self.n and self.low[i].replace("-", "").isalpha() and self.low[i] == self.tokens[i].text

    def is_punct(self, i: int, chars: frozenset[str] = CLAUSE_PUNCT) -> bool:
        return 0 <= i < self.n and self.low[i] in chars

    def prep_before(self, slot: ActorSlot) -> frozenset[str]:
        """Cue kinds of the word right before an actor (skipping determiners), e.g. prep_target for 'ke Rusia'."""
        return self.prep_before_token(slot.start)

    def prep_before_token(self, k: int) -> frozenset[str]:
        """Cue kinds of the word before token ``k`` (skipping determiners and place nouns: "di depan kantor X")."""
        i = self.prep_index(k)
        return self.kinds(i) if i >= 0 else frozenset()

    def prep_index(self, k: int) -> int:
        """The token of the word before token ``k`` past determiners, place nouns and backers (-1 when none)."""
        i = k - 1
        while i >= 0 and (self.has(i, "determiner") or self.place_word(i) or self.backed(i)
                          or self.compound_modifier(i)):
            i -= 1
        return i

    def place_word(self, i: int) -> bool:
        """(helper BP) A word that may stand between a place preposition and a place's name: a place noun, or a word
        of the class place_of right after one ("in the capital of Serbia", "in the northern region of Mali")."""
        return self.is_word(i, "place_noun") or (self.is_word(i, "place_of") and self.is_word(i - 1, "place_noun"))

    def compound_modifier(self, i: int) -> bool:
        """(part AP) A lower-case compound written with "-" of two different words ("anti-corruption", "anti-graft",
        "high-ranking"): it qualifies the noun after it ("by anti-corruption prosecutors in Kyiv"); not a reduplicated
        plural ("kota-kota")."""
        parts = self.low[i].split("-")
        return len(parts) == 2 and all(p.isalpha() for p in parts) and parts[0] != parts[1] \
            and self.tokens[i].text[:1].islower()

    def backed(self, i: int) -> bool:
        """A backer written onto a noun with "-" ("Iran-backed", word class ``backer``): it qualifies the noun after it."""
        word = self.low[i]
        return "-" in word and word.rpartition("-")[2] in self.word_classes["backer"]

    def _headline_pair(self, first: ActorSlot, second: ActorSlot, between: list[str]) -> bool:
        """(lead, session 31) A headline lists its parties with a bare comma: "Putin, Xi hold talks", "EU, China agree
        to ...": two actors that open the sentence, one comma between them and no comma after the second (not an
        apposition: "Putin, Russia's president, said")."""
        return between == [","] and first.start == 0 and second.end < self.n and self.low[second.end] != "," \
            and not self.is_punct(second.end)

    def _after_comma_item(self, slot: ActorSlot) -> bool:
        """The actor is itself the second item of a comma list ("A, B"): a serial ", and" ends a list."""
        k = slot.start - 1
        return k > 0 and self.low[k] == "," and self.actor_at(k - 1) is not None

    def is_date_word(self, i: int) -> bool:
        """A month or day name (lang/<code>/dates.tsv) or a number: part of a date."""
        finder = when_finder(self.lang)
        return 0 <= i < self.n and (self.low[i][:1].isdigit() or self.low[i] in finder.months
                                    or self.low[i] in finder.weekdays)

    def names_date(self, start: int, end: int) -> bool:
        """(lead, session 27) The words around a noun phrase ``start:end`` give it a calendar date, as the name of a
        past act has ("the September 11 attacks", "the 2002 Bali bombings", "serangan 11 September", "bom Bali 2002",
        "the attacks on September 11"): a token of a calendar date the date finder found (``date_tokens``); up to two
        capitalised words (a place's name) or words of an actor, and after it a word of the class date_prep, may
        stand between.  (helper DB, session 28: one reader of dates, the finder's spans, not a second one here.)"""
        dated = self.date_tokens
        if not dated:
            return False
        k = start - 1
        for _ in range(2):  # "the 2002 Bali bombings", "the September 11 terrorist attacks" (an actor's word)
            if 0 <= k < self.n and (self.tokens[k].text[:1].isupper() or self.actor_at(k)) and k not in dated:
                k -= 1
        if k in dated:
            return True
        k = end
        if self.is_word(k, "date_prep"):
            k += 1
        for _ in range(2):
            if k < self.n and (self.tokens[k].text[:1].isupper() or self.actor_at(k)) and k not in dated:
                k += 1
        return k in dated

    def _past_date(self, i: int) -> int:
        """The conjunction after a date behind a list item ("berkunjung ke India 21-23 Agustus dan Malaysia", "visit
        India on August 21 and Malaysia"): its index, else ``i``. A date is digits, month and day names
        (lang/<code>/dates.tsv) and the words that open one (word class ``date_prep``), at most five words."""
        j = i
        while j < min(self.n, i + 5) and (self.is_date_word(j) or self.is_word(j, "date_prep")):
            j += 1
        return j if j > i and self.has(j, "conj") else i

    def _past_short_form(self, i: int, direction: int) -> int:
        """(helper BZ) Past a short form in brackets at ``i`` that names the actor beside it again ("Perserikatan
        Bangsa-Bangsa (PBB) dan Uni Eropa", "sanctions on the Democratic People's Republic of Korea (DPRK) and Iran"):
        the index past the bracket, going left or right, else ``i``; at most three capitalised words in it."""
        opening, closing = ("(", ")") if direction > 0 else (")", "(")
        if not (0 <= i < self.n and self.low[i] == opening):
            return i
        j = i + direction
        while 0 <= j < self.n and abs(j - i) <= 4 and self.low[j] != closing:
            if not self.tokens[j].text[:1].isupper():
                return i
            j += direction
        return j + direction if 0 <= j < self.n and self.low[j] == closing and abs(j - i) > 1 else i

    def _comitative(self, i: int) -> bool:
        """A companion is joined as a conjunction joins ("PM Abe bersama Presiden Yudhoyono", "Abe, along with
        Yudhoyono"): a comitative word (word class ``comitative``), or its preposition right after it
        (``comitative_with``: "bersama dengan", "together with")."""
        return self.is_word(i, "comitative") or (self.is_word(i, "comitative_with") and self.is_word(i - 1, "comitative"))

    def _apposed(self, cur: ActorSlot, direction: int) -> ActorSlot | None:
        """The office slot of the same state right before a named slot (going left) or the named slot right after an
        office slot (going right): "her Indonesian counterpart Retno Marsudi" is one actor written twice."""
        k = cur.start - 1 if direction < 0 else cur.end
        other = self._actor_at.get(k) if 0 <= k < self.n else None
        if other is None or other is cur or (other.end != cur.start if direction < 0 else other.start != cur.end):
            return None
        office, named = (other, cur) if direction < 0 else (cur, other)
        if office.mention.kind == "sector" and named.mention.kind != "sector" and office.code and \
                ActorCode(office.code).head == ActorCode(named.code).head:
            return other
        return None

    def compound(self, slot: ActorSlot, direction: int) -> list[ActorSlot]:
        """The actor and those joined to it by 'dan'/'and' (or a comma list ending in one), or as its companion
        ("bersama", "along with"), going left (-1) or right (+1): "Korea Selatan dan Jepang", "US, French and
        Turkish forces"; a plural anaphor resolved to several actors ("kedua negara") is all of them."""
        m = slot.mention
        out = [slot] + [s for s in self.actors if s is not slot and (s.mention.start, s.mention.end) == (m.start, m.end)]
        pending: list[ActorSlot] = []
        cur = slot
        while True:
            apposed = self._apposed(cur, direction)
            if apposed is not None:
                cur = apposed  # (part AR) "her Indonesian counterpart Retno Marsudi": an office right before the name
                continue  # of the same state is the same actor, and the list runs on past it
            i = cur.start - 1 if direction < 0 else cur.end
            if 0 < i < self.n - 1 and self.low[i] == ("(" if direction < 0 else ")") \
                    and self.low[cur.start - 1] == "(" and self.low[cur.end] == ")":
                if direction < 0 and self.actor_at(i - 1) is not None:
                    cur = self.actor_at(i - 1)  # (helper BZ) a short form in brackets is the name before it again
                    continue
                i += direction
            i = self._past_short_form(i, direction)
            if direction > 0:
                i = self._past_date(i)
            head_last = self.settings.get("compound_head", "none") == "last"  # modifiers before their noun
            if direction < 0 and len(out) == 1 and head_last:
                # (helper CX) "Qantas and two maintenance unions": a count or a modifier before the last item of a
                # list seen from it (at most two plain words, no act), then the conjunction
                k = i
                while k > i - 2 and k > 0 and k not in self.trigger_starts and self.actor_at(k) is None and (
                        self.is_common_noun(k) or self.low[k][:1].isdigit()):
                    k -= 1
                if k < i and self.has(k, "conj"):
                    i = k
            words = []
            while 0 <= i < self.n and (self.has(i, "conj") or self.low[i] == "," or self.is_word(i, "correlative")
                                       or self.has(i, "determiner") or self._comitative(i)):
                words.append(self.low[i])
                i += direction
            if words:
                i = self._past_short_form(i, direction)
            nxt = self.actor_at(i) if words else None
            if (nxt is None and direction > 0 and words and i + 1 < self.n and self.is_common_noun(i)
                    and i not in self.trigger_starts):
                nxt = self.actor_at(i + 1)  # "Israel dan kepentingan AS": one common noun before the actor
            if (nxt is None and direction < 0 and head_last and words and i > 0 and self.is_common_noun(i)
                    and i not in self.trigger_starts and self.has(i + 1, "conj")):
                nxt = self.actor_at(i - 1)  # (helper CX) "Qantas management and unions": one common noun after it
            j = i
            while nxt is None and direction > 0 and words and j < min(i + 3, self.n) and (
                    self.is_common_noun(j) or self.low[j][:1].isdigit()):
                j += 1  # "... and almost twenty of the Filipino infiltrators": a count of the actor's people
                nxt = self.actor_after(j + 1) if self.has(j, "prep_patient") else None
            if nxt is None or nxt in out or nxt in pending:
                return out
            if direction < 0 and "," in words and self.has(nxt.start - 1, "prep_place") and \
                    cur.mention.kind not in ("country", "capital"):
                return out  # "Selama di Jakarta, PM Abe dan Presiden Yudhoyono": a fronted place, not a list item
            words = [w for w in words if not self.has_cue_word(w, "determiner")]
            conj = any(w != "," and w not in self.word_classes["correlative"] for w in words)
            if conj and "," in words and not set(words) & self.word_classes["comitative"] and not (
                    pending or self._after_comma_item(nxt if direction < 0 else cur)):
                return out  # ", dan X juga ...": a new clause, not a list ("A, B, dan C" is one)
            if not conj and direction < 0 and len(out) == 1:
                if self._headline_pair(nxt, cur, words):
                    out.append(nxt)
                return out  # going left a list ends in its conjunction: "A, B dan C" seen from C
            if conj or (direction < 0 and len(out) > 1):
                out.extend(pending)  # going left, a list's conjunction comes first: "A, B dan C" from C
                pending = []
                out.append(nxt)
            else:
                pending.append(nxt)
            cur = nxt
