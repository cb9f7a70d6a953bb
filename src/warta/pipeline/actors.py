"""Find actors in text: states, capitals, organisations, people, sector nouns, titles, anaphors.

One Aho-Corasick pass over the folded text finds every lexicon form; word boundaries and case
rules filter the hits; the longest hits win.  Adjacent hits are then joined into one actor by
language data (``actor_links.tsv``): "tentara Korut" → PRKMIL, "Presiden China Xi Jinping" →
CHNGOV, "U.S. Secretary of State Marco Rubio" → USAGOV, "Russian troops" → RUSMIL.  People are
resolved against the publication date; "mantan"/"former" keeps only the state (with none named: a civilian,
CVL, of the state the context gives).  A title or sector noun with no state takes the state of a place the
gazetteer knows beside it, by the same links: "Gubernur Jawa Barat Dedi Mulyadi", "Wali Kota Surabaya" → IDNGOV,
"Lagos police" → NGACOP, "residents of Kharkiv" → UKRCVL.
"""

from __future__ import annotations

import datetime as _dt
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace

from warta.knowledge.actor_code import ActorCode
from warta.model import UNKNOWN_NAME, ActorMention, PlaceMention
from warta.pipeline.actor_lexicon import ActorLexicon, Entry, fold, load_actor_lexicon
from warta.pipeline.where import place_finder

__all__ = ["ActorFinder"]

_STATE_LIKE = frozenset({"country", "capital", "igo", "ngo", "group", "body"})
_ORG = frozenset({"igo", "ngo", "group", "body"})
_POSSESSOR_KINDS = frozenset({"igo", "ngo", "group", "body", "sector"})  # (helper DX) kinds whose possessive names an officer
_ANAPHOR_SECTOR = {"gov": "GOV", "ministry": "GOV", "mil": "MIL"}
_OUT_KIND = {"body": "sector", "demonym": "country"}
DERIVED_PEOPLE = "knowledge/people_phoenix.tsv"  # office-holders derived from the Phoenix dictionaries
CURATED_PEOPLE = "knowledge/people.tsv:"  # the hand-kept list of famous names (not people_2017.tsv ...)
_YEAR = _dt.timedelta(days=366)
FORMER_SECTOR = "CVL"  # one no longer in an office the text names ("the former president"): a civilian
_UP = "A-ZÀ-ÖØ-ÞĀ-Ž"
_UP_WORD = rf"[{_UP}][\w’'\-]*[\w]"
_WS = re.compile(r"[ \t\u00a0]+")
_NEXT_WORD = re.compile(rf" ({_UP_WORD})")
_PREV_WORD = re.compile(rf"(?<![\w'’.-])({_UP_WORD}) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\n\"“'‘(]\s*)$")
_APPOSITIVE = frozenset({"title", "sector", "igo", "ngo", "group"})
_AFTER_NAME = re.compile(r",[ \t]+(?:[^\W\d_A-Z][\w\-]*[ \t]+){0,4}$")  # ", kepala " / ", the agency "
_BEFORE_NAME = re.compile(r",[ \t]+$")
# (helper BH) the office's place or field in capitals between an office and its holder set off by a comma:
# "Bupati Banyuwangi, Abdullah Azwar Annas", "Kepala Dinas Perumahan DKI, Kelik Indriyanto"
_OFFICE_PLACE = re.compile(rf"(?: {_UP_WORD}){{1,3}},[ \t]+")
_QUALIFIER = re.compile(r"[ \t]+[^\W\d_A-Z][\w\-]*[ \t]+")  # one lower-case word between a sector noun and a name
_WORD = rf"[{_UP}][\w'’\-]*"
_FREE = re.compile(r"[^\x01]+")  # characters no mention or block entry has taken
_NON_SPACE = re.compile(r"\S+")
# (part AC) a unit's designation right after a known body's name: "Kodam XVII/Cenderawasih", "Korem 173/Praja Vira
# Braja", "Lantamal VI": a number (Roman or Arabic) and the unit's own name after a slash, or a Roman number alone
_UNIT_NUMBER = re.compile(r"[ \t]+(?:(?:[IVX]{1,5}|\d{1,4})/[A-Z][\w-]*(?:[ \t]+[A-Z][\w-]*){0,3}|[IVX]{1,5}\b(?!/))")
_PORTFOLIO = re.compile(rf"(?: {_UP_WORD}){{1,3}} ")  # capitalised words naming an office's field
_WORD_AT = re.compile(r"\w+")
_WORDS_AFTER = re.compile(r" (\w+)(?: (\w+))?")  # the one or two words right after a name
_WORDS_BEFORE = re.compile(r"(\w+) (?:(\w+) )?$")  # the one or two words right before a name


def words_before(text: str, end: int) -> re.Match[str] | None:
    """``_WORDS_BEFORE`` searched in ``text`` up to ``end``: the same match as a search from the text's start, searched
    from the second space before ``end - 2`` (no match can start earlier; a search from the start tries every character
    of the article before the name)."""
    last = text.rfind(" ", 0, max(end - 2, 0))
    return _WORDS_BEFORE.search(text, text.rfind(" ", 0, max(last, 0)) + 1, end)
# (part AP) a name and an age set off after it: "Jones, 34," "Budi (42)," (an age of one or two digits)
_AGED = re.compile(rf"({_UP_WORD}(?:[ ]{_UP_WORD}){{0,3}})(?:,[ ]\d{{1,2}},|[ ]\(\d{{1,2}}\))")
_INITIALS = re.compile(r"[A-Z]{2,3}")  # (helper DL) a person's initials, as Indonesian crime news names suspects
_PRIVATE = "CVL"  # the sector of a private person (GUIDELINES: civilians)
_FIELD = re.compile(rf"(?: {_UP_WORD}){{1,3}} $")  # the same, ending where the office's noun starts


_ROLES = {"person": "P", "title": "T", "sector": "C", "modifier": "M", "anaphor": "A"} | dict.fromkeys(_STATE_LIKE, "S")


@dataclass(slots=True)
class _Hit:
    start: int
    end: int
    entry: Entry
    role: str = ""  # S state-like, P person, T title, C sector noun, M modifier, A anaphor

    def __post_init__(self) -> None:
        self.role = _ROLES.get(self.entry.kind, "?")


def _by_date(entries: list[Entry], day: _dt.date | None) -> Entry:
    """Of several people a form names ("Lee", "Sharif"), the one in office on ``day``; else the one
    whose last role began most recently before it; with no date, the most recent."""
    if len(entries) == 1:
        return entries[0]
    if day is not None:
        held = [e for e in entries if e.person is not None and e.person.role_at(day) is not None]
        if held:
            return max(held, key=lambda e: e.person.role_at(day).start)  # type: ignore[union-attr]
    def last_start(e: Entry) -> _dt.date:
        starts = [r.start for r in e.person.roles if day is None or r.start <= day]  # type: ignore[union-attr]
        return max(starts) if starts else _dt.date.min
    return max(entries, key=last_start)


def _read_in_context(hit: _Hit, readings: Iterable[Entry], heads: Counter[str]) -> None:
    """A form with a contextual reading ("RSF": the Rapid Support Forces in news about Sudan, else Reporters Without
    Borders) takes it when one of its states is named elsewhere in the text and the plain reading's own state is not
    ("SDF" stays the Syrian Democratic Forces in a text that names Syria)."""
    plain = ActorCode(hit.entry.code).head
    if heads[plain] > 1:
        return
    named = heads.keys() - {plain}
    for e in readings:
        if named.intersection(e.requires):
            hit.entry = e
            return


def _out_of_time(e: Entry, day: _dt.date | None) -> bool:
    """A surname or nickname alone names its person only in news of their time.  One that derived data gives
    (people_phoenix.tsv: the last word of an office-holder's name) names them in news of their time in office, give or
    take a year: it is no famous name whatever the date, and with no date it names no one ("Mr. Adams" is not Sierra
    Leone's minister of that name).  Every other short form names no one in news from before its bearer's first
    office, less two years ("Truss" in 2002 is Warren Truss, not Liz Truss); one of the lists kept from memory
    (people_2017.tsv, people_bodies.tsv) names no one five years after their last office either ("Solana" in news of
    2021 is a cryptocurrency), while the curated list of famous names (people.tsv) holds whatever came after."""
    p = e.person
    if p is None or all(e.form != f for f, _ in p.short):
        return False
    derived = e.where.startswith(DERIVED_PEOPLE)
    if day is None:
        return derived
    if derived:
        ahead, after = _YEAR, _YEAR
    elif e.where.startswith(CURATED_PEOPLE):
        ahead, after = 2 * _YEAR, None  # famous: named whatever came after
    else:
        ahead, after = 2 * _YEAR, 5 * _YEAR
    return not any(r.start - ahead <= day and (after is None or r.end is None or day <= r.end + after) for r in p.roles)


class ActorFinder:
    """Actor mentions for one language; the compiled lexicon is shared per language and process."""

    def __init__(self, lang: str, names: bool = True) -> None:
        self.lang = lang
        self.lexicon: ActorLexicon = load_actor_lexicon(lang)
        self.names = names
        self._longest_link = max(map(len, self.lexicon.links), default=0)
        # a personal name after a title: capitalised words, with the particles names carry (the language's
        # data: "bin", "van"; one ending in "-" is written onto the next word, "al-Assad")
        particles = self.lexicon.name_particles
        inside = "|".join(re.escape(p) + r"[\w\-]+" if p.endswith("-") else re.escape(p) for p in particles)
        self._name = re.compile(rf"(?:[{_UP}]\.|[{_UP}][\w'’\-]*)(?:[ ](?:[{_UP}]\.|[{_UP}][\w'’\-]*"
                                + (rf"|(?:{inside})\b" if inside else "") + r")){0,4}")
        joiners = "|".join(re.escape(w) for w in (*self.lexicon.name_connectors,
                                                  *(p for p in particles if not p.endswith("-"))))
        # the first capital before the look-behind (no word character before it), so that the engine scans for
        # a capital rather than trying the look-behind at every character
        self._sequence = re.compile(rf"[{_UP}](?<![\w'’][{_UP}])[\w'’\-]*(?:[ ](?:(?:{joiners})[ ])?(?:{_WORD}))+")

    # -- matching ---------------------------------------------------------------------------
    def _hits(self, text: str, folded: str, day: _dt.date | None = None) -> tuple[list[_Hit], list[tuple[int, int]]]:
        """Lexicon hits (longest first, non-overlapping) and the spans of block entries."""
        n_text = len(text)
        cands: list[tuple[int, int, Entry]] = []
        in_context: dict[int, list[Entry]] = {}  # start -> contextual readings behind the plain one
        for start, end, _key, entries in self.lexicon.automaton.hits(folded):  # a word's letters never split
            surface = text[start:end]
            for i, e in enumerate(entries):
                if e.case_ok(surface):
                    if len(entries) > i + 1:
                        if e.person is not None:
                            e = _by_date([x for x in entries[i:] if x.person is not None and x.case_ok(surface)], day)
                        elif not e.requires and entries[-1].requires:  # (contextual readings sort last)
                            alts = [x for x in entries[i + 1:] if x.requires and x.case_ok(surface)]
                            if alts:
                                in_context[start] = alts
                    if not _out_of_time(e, day):
                        cands.append((start, end, e))
                    break
        cands.sort(key=lambda c: (c[0] - c[1], c[0]))
        taken = bytearray(n_text)
        hits = []
        blocked: list[tuple[int, int]] = []
        for start, end, e in cands:
            if 1 in taken[start:end]:
                continue
            taken[start:end] = b"\x01" * (end - start)
            if e.kind != "block":
                hits.append(_Hit(start, end, e))
            else:
                blocked.append((start, end))
        hits.sort(key=lambda h: h.start)
        if in_context or any(h.entry.requires for h in hits):
            heads = Counter(ActorCode(h.entry.code).head for h in hits if not h.entry.requires and h.entry.code)
            heads.update(h.entry.person.home for h in hits if h.entry.person is not None)
            hits = [h for h in hits if not h.entry.requires or heads.keys() & set(h.entry.requires)]
            for h in hits:
                _read_in_context(h, in_context.get(h.start, ()), heads)
        return self._drop_other_bearers(text, folded, hits), blocked

    def _drop_other_bearers(self, text: str, folded: str, hits: list[_Hit]) -> list[_Hit]:
        """A surname alone ("Kim", "Biden") next to an unlisted capitalised name part ("Kim
        Dae-jung", "Hunter Biden") names someone else: drop it, the name finder takes the whole."""
        starts = {h.start for h in hits}
        # a common noun written with a capital mid-sentence ("Hunter Biden") is a name part, no actor word
        ends = {h.end for h in hits if not (h.entry.kind == "sector" and text[h.start].isupper())}
        out = []
        for h in hits:
            p = h.entry.person
            if p is not None and any(h.entry.form == f for f, _ in p.short):
                nxt = _NEXT_WORD.match(text, h.end)
                if nxt and h.end + 1 not in starts and fold(nxt.group(1)) not in self.lexicon.name_stop:
                    continue
                prv = _PREV_WORD.search(text, max(0, h.start - 80), h.start)
                if (prv and prv.end(1) not in ends and fold(prv.group(1)) not in self.lexicon.name_stop
                        and not _SENTENCE_START.search(text, max(0, prv.start(1) - 8), prv.start(1))
                        and prv.start(1) > 0):
                    continue
            out.append(h)
        return out

    # -- joining ----------------------------------------------------------------------------
    def _gap(self, text: str, folded: str, a: int, b: int) -> str | None:
        """The link between two hits: "" when only spaces separate them, the folded link words
        when they are a known link, else None."""
        gap = text[a:b]
        if not gap:
            return ""
        if "\n" in gap:
            return None
        if not gap.strip():
            return ""
        if len(gap) > self._longest_link and sum(map(len, folded[a:b].split())) > self._longest_link:
            return None  # more non-space characters than any link holds (most gaps: a clause between two actors)
        key = _WS.sub(" ", folded[a:b]).strip()
        return key if key in self.lexicon.links else None

    def _joins(self, chain: list[_Hit], nxt: _Hit, link: str) -> bool:
        prev = chain[-1]
        a, b = prev.role, nxt.role
        roles = {h.role for h in chain}
        if a == "A" and b == "S" and len(chain) == 1 and prev.entry.name in _ANAPHOR_SECTOR:
            return link != "" and "sector_state" in self.lexicon.links.get(link, frozenset())  # "the government of Syria"
        if b in "AM?" or a in "A?":
            return False
        if a == "M":
            return link == ""
        if b in "SP" and b in roles:
            return False
        if b == "S" and "P" in roles:
            return False
        orders = self.lexicon.links.get(link, frozenset())
        if a in "TC" and b == "S":
            return "sector_state" in orders
        if a == "C" and b == "P":
            return "sector_state" in orders
        if a == "T" and b == "P":
            return link == ""
        if a == "P" and b == "C" and link == "":
            return "state_sector" in orders and nxt.entry.code in ("GOV", "MIL")  # "Trump administration"
        if a in "SP" and b in "TC":
            return "state_sector" in orders
        if a == "S" and b == "P":
            return link == "" or "state_sector" in orders
        if a == "C" and b == "C" and link in ("'", "’"):
            return True  # (helper DN) a plural possessive between sector nouns: "the French pilots' union" is theirs
        if a in "TC" and b in "TC":
            return link == ""
        return False

    def _chains(self, text: str, folded: str, hits: list[_Hit]) -> list[list[_Hit]]:
        chains: list[list[_Hit]] = []
        for h in hits:
            if chains:
                last = chains[-1]
                link = self._gap(text, folded, last[-1].end, h.start)
                if link is None and last[-1].role in "TC" and h.role == "S" and h.entry.kind not in _ORG \
                        and _PORTFOLIO.fullmatch(text, last[-1].end, h.start):
                    link = ""  # "Menteri Lingkungan Hidup Malaysia", "Kepolisian Federal Australia": an office's name
                elif link is None and self.lexicon.head_first and last[-1].role in "TC" and h.role == "S" \
                        and (h.entry.kind not in _ORG or h.entry.kind == "group") \
                        and self._qualifier(text, folded, last[-1].end, h.start):
                    link = ""  # "buruh pabrik Indonesia", "komandan senior ISIS": one word qualifies the sector noun or
                    # title (of a state or an armed group or party, "pejabat tinggi keuangan Hamas"; not of a body of
                    # states, "negara-negara anggota PBB")
                elif link is None and last[-1].role == "S" and last[-1].entry.kind not in _ORG and h.role in "TC":
                    link = self._portfolio_link(text, folded, last[-1].end, h.start)  # "Mexico's Economy Ministry"
                    if link is None and not self.lexicon.head_first:
                        link = self._field_link(text, folded, last[-1].end, h.start)
                if link == "" and self._foreign_body(last[-1], h):
                    # "Mahkamah Konstitusi Thailand": a national body's name with another state after it names
                    # that state's body of the same sector; so after a title too (lead, session 19: "Ketua DPR AS
                    # Nancy Pelosi" is the US House's speaker, not Indonesia's)
                    body = last[-1]
                    last[-1] = replace(body, entry=replace(body.entry, kind="sector", code=ActorCode(body.entry.code).rest))
                elif link in ("", "'s", "’s") and len(last) == 1 and not self.lexicon.head_first \
                        and self._foreign_body(h, last[0], head_first=False):
                    # (part V) "New Zealand's Labour Party", "Canada's House of Commons": a state before a national
                    # body's name names that state's body of the same sector
                    h = replace(h, entry=replace(h.entry, kind="sector", code=ActorCode(h.entry.code).rest))
                if link is not None and (self._joins(last, h, link) or (link == "" and len(last) == 1
                                                                        and self._seat(last[0], h))):
                    last.append(h)
                    continue
            chains.append([h])
        return chains

    def _qualifier(self, text: str, folded: str, a: int, b: int) -> bool:
        """One lower-case word between a sector noun and the state after it that is no verb of a trigger, no cue
        (preposition, conjunction) and no word that stops a name: it qualifies the noun ("buruh pabrik Indonesia")."""
        if not _QUALIFIER.fullmatch(text, a, b):
            return False
        word = folded[a:b].strip()
        lex = self.lexicon
        # (not a backer: "milisi dukungan Iran" is a militia Iran backs, not Iran's)
        return word not in lex.verbs and word not in lex.function_words and word not in lex.name_stop \
            and word not in lex.backers

    def _portfolio_link(self, text: str, folded: str, a: int, b: int) -> str | None:
        """The link between a state and the office after it when an office's field stands between them, as
        capitalised words: "Mexico's Economy Ministry", "the Mexican Economy Ministry" (order state_sector)."""
        field = _FIELD.search(text, a, b)
        if field is None or field.end() != b:
            return None
        link = self._gap(text, folded, a, field.start())
        return link if link is not None and "state_sector" in self.lexicon.links.get(link, frozenset()) else None

    def _field_link(self, text: str, folded: str, a: int, b: int) -> str | None:
        """The link between a state and the office after it when one lower-case word of the office's field stands
        between them (head-last languages): a field word alone ("U.S. immigration authorities", word class
        office_field), or any qualifying word after a possessive ("Japan's trade ministry")."""
        words = folded[a:b].split()
        if len(words) == 1 and words[0] in self.lexicon.office_fields:
            return ""
        if len(words) == 2 and "state_sector" in self.lexicon.links.get(words[0], frozenset()) \
                and self._qualifier(text, folded, a + folded[a:b].index(words[0]) + len(words[0]), b):
            return words[0]
        return None

    def _seat(self, body: _Hit, capital: _Hit) -> bool:
        """"Polres Jakarta Barat", "Kejaksaan Negeri Jakarta Selatan": a national body's name with its own state's
        capital after it names the body's office there, not the capital's government."""
        return (self.lexicon.head_first and body.entry.kind == "body" and capital.entry.kind == "capital"
                and ActorCode(body.entry.code).head == ActorCode(capital.entry.code).head)

    def _foreign_body(self, body: _Hit, state: _Hit, head_first: bool = True) -> bool:
        """A national body's name beside another state (after it where the head comes first, else before it); a
        body of the bare state (a party) only before it."""
        code = ActorCode(body.entry.code)
        return (self.lexicon.head_first == head_first and body.entry.kind == "body" and state.entry.kind == "country"
                and (bool(code.rest) or not head_first) and code.head != ActorCode(state.entry.code).head)

    def _places(self, text: str, hits: list[_Hit]) -> list[PlaceMention]:
        """Places of a known state that no lexicon hit covers (towns, provinces, regions)."""
        covered = bytearray(len(text))
        for h in hits:
            covered[h.start:h.end] = b"\x01" * (h.end - h.start)
        out = []
        for p in place_finder(self.lang).find(text):
            if not p.place.country:
                continue
            k = covered.find(1, p.start, p.end)
            if k == -1:
                out.append(p)
            elif k > p.start and (head := self._place_head(text, p.start, k)) is not None:
                out.append(head)
        return out

    def _place_head(self, text: str, start: int, k: int) -> PlaceMention | None:
        """(helper DC) The place of ``text[start:k]`` alone, where a longer place name ran into a sector noun:
        geonames gives "Brisbane City" and "Sydney City", so "Brisbane City Council" is Brisbane's city council. (The
        head is read with ``find_in`` off the article's search: a search of it alone would make the place finder forget
        the article's, and every sentence's places after it be searched again.)"""
        head = text[start:k].rstrip()
        found = place_finder(self.lang).find_in(text, start, start + len(head)) if head else []
        p = found[0] if len(found) == 1 else None
        if p is None or p.start != 0 or p.end != len(head) or not p.place.country:
            return None
        return replace(p, start=start, end=start + len(head))

    def _place_beside(self, text: str, folded: str, chain: list[_Hit], places: list[PlaceMention]) -> PlaceMention | None:
        """The place a title or sector noun belongs to, joined to it as a state would be (actor_links.tsv):
        "Bupati Sleman", "Kapolres Bogor", "the mayor of Surabaya", "East Java governor", "Kharkiv residents"."""
        first, last = chain[0].start, chain[-1].end
        for p in places:
            if p.start >= last and p.start - last <= 24:
                words = folded[last:p.start].split()
                if self.lexicon.head_first and words and all(w in self.lexicon.place_nouns for w in words) \
                        and "\n" not in text[last:p.start]:
                    link = ""  # "Pemerintah Kota Bandung", "Pemerintah Provinsi Jawa Barat": the unit's noun between
                else:
                    link = self._gap(text, folded, last, p.start)
                if link is not None and (link or self.lexicon.head_first) \
                        and "sector_state" in self.lexicon.links.get(link, frozenset()):
                    return p
            elif p.end <= first and first - p.end <= 4:
                link = self._gap(text, folded, p.end, first)
                if link is not None and "state_sector" in self.lexicon.links.get(link, frozenset()):
                    return p
        return None

    def _name_after(self, text: str, folded: str, pos: int, limit: int) -> tuple[int, int] | None:
        """An unlisted personal name right after a title ending at ``pos`` (before ``limit``)."""
        m = _WS.match(text, pos)
        if m is None or m.end() - pos > 2:
            return None
        m2 = self._name.match(text, m.end(), limit)
        if m2 is None:
            return None
        words = text[m2.start():m2.end()].split(" ")
        if fold(words[0]).rstrip(".") in self.lexicon.name_stop:
            return None
        while words and fold(words[-1]).rstrip(".") in self.lexicon.name_stop:
            words.pop()
        end = m2.start() + len(" ".join(words))
        return (m2.start(), end) if words else None

    # -- coding -----------------------------------------------------------------------------
    def _mention(self, text: str, chain: list[_Hit], name_span: tuple[int, int] | None,
                 day: _dt.date | None) -> ActorMention | None:
        if chain[0].role == "M" and chain[0].entry.name != "former":
            # "anti-Suriah", "Timnas Brasil", "berinisial AS": the state is a stance, a team's flag or initials, not an actor; what
            # follows it is ("anti-government protesters")
            return self._mention(text, chain[2:], name_span, day) if len(chain) > 2 else None
        former = chain[0].role == "M"
        core = [h for h in chain if h.role != "M"]
        if not core:
            return None
        state = next((h for h in core if h.role == "S"), None)
        person = next((h for h in core if h.role == "P"), None)
        start = chain[0].start
        if state is not None and core[0].role == "A" and state.entry.kind not in _ORG:
            a = core[0]
            code = ActorCode(state.entry.code).head + _ANAPHOR_SECTOR[a.entry.name]
            return ActorMention(code, state.entry.name, text[start:chain[-1].end], start, chain[-1].end, "sector",
                                a.entry.where + "+" + state.entry.where)
        sect = [h for h in core if h.role in "TC" and h.entry.code]
        head = (sect[0] if self.lexicon.head_first else sect[-1]) if sect else None
        nouns = [h for h in sect if h.role == "C"]
        end = max(chain[-1].end, name_span[1] if name_span else 0)
        where = "+".join(dict.fromkeys(h.entry.where for h in core))
        if person is not None:
            p = person.entry.person
            assert p is not None
            code, role = p.code_at(day)
            titles = [h for h in sect if h.role == "T"]
            fitting = []
            if day is None and state is not None and state.entry.code:
                # with no date, a state or body named with the person picks among their roles: "NATO Secretary
                # General Jens Stoltenberg" (IGONATO), not his latest office (NORGOV)
                level = ActorCode(state.entry.code).level
                fitting = [r for r in p.roles if ActorCode(r.code).level == level]
            elif day is None and state is None and titles and titles[0].entry.code \
                    and ActorCode(code).last_sector != titles[0].entry.code:
                # ... and so does a title: "Presiden Susilo Bambang Yudhoyono" (IDNGOV), not his later office as a
                # party chair (IDNOPP)
                fitting = [r for r in p.roles if ActorCode(r.code).last_sector == titles[0].entry.code]
            if fitting:
                role = max(fitting, key=lambda r: r.start)
                code = role.code
            body = next((h for h in core if h.role == "S" and h.entry.kind in _ORG and h.entry.code), None)
            if former:
                # the office named is not held; another role held on the date stays: "calon presiden Prabowo Subianto"
                # in 2014 (IDNOPP, the chair of a party outside the government), not the bare state
                other = role is not None and day is not None and titles and \
                    ActorCode(role.code).last_sector != titles[0].entry.code
                code = role.code if other else p.home  # type: ignore[union-attr]
            elif role is None and body is not None and ActorCode(body.entry.code).head == ActorCode(code).head:
                code = body.entry.code  # out of office, in a body of their state: "Ketua Umum PDI-P Megawati" (IDNOPP)
            elif role is None and titles and not (ActorCode(code).is_org or ActorCode(code).is_unknown):
                code = ActorCode(code).head + titles[0].entry.code  # the text gives the office: trust it
            elif nouns and not ActorCode(code).is_org:
                noun = nouns[0] if self.lexicon.head_first else nouns[-1]
                code = ActorCode(code).head + noun.entry.code
            return ActorMention(code, p.name, text[start:end], start, end, "leader", where)
        if state is not None:
            e = state.entry
            if e.kind in _ORG:
                code = e.code
                kind = _OUT_KIND.get(e.kind, e.kind)
            else:
                base = ActorCode(e.code).head
                if former:
                    code = base
                elif head is not None:
                    code = base + head.entry.code
                else:
                    code = e.code
                kind = e.kind if head is None else ("title" if head.role == "T" else "sector")
            name = e.name
            if name_span is not None:
                kind, name = "title", text[name_span[0]:name_span[1]]
            return ActorMention(code, name, text[start:end], start, end, kind, where)
        if head is None and name_span is None:
            return None  # an honorific or a modifier alone
        # "the former prime minister" with no state named: no longer in office, a civilian of the state the
        # context gives (as a bare sector noun is)
        code = "" if head is None else FORMER_SECTOR if former else head.entry.code
        if name_span is not None:
            return ActorMention(code, text[name_span[0]:name_span[1]], text[start:end], start, end, "title", where)
        return ActorMention(code, head.entry.code, text[start:end], start, end, "sector", where)

    @staticmethod
    def _shares_sector(chain: list[_Hit], m: ActorMention) -> int:
        """-1 when states coordinated before this state+sector phrase share its sector ("US, French
        and Turkish forces"), +1 when states after it do ("pasukan AS, Prancis dan Turki"), else 0."""
        core = [h for h in chain if h.role != "M"]
        if len(m.code) != 6 or m.kind not in ("sector", "title") or any(h.role == "P" for h in core):
            return 0
        if core[0].role == "S" and core[0].entry.kind not in _ORG:
            return -1
        if core[-1].role == "S" and core[-1].entry.kind not in _ORG:
            return 1
        return 0

    def _distribute(self, text: str, folded: str, out: list[ActorMention], index: int, sector: str,
                    step: int) -> None:
        anchor = out[index]
        j = index + step
        while 0 <= j < len(out):
            p = out[j]
            if p.kind != "country" or len(p.code) != 3:
                return
            a, b = (p.end, anchor.start) if step < 0 else (anchor.end, p.start)
            gap = text[a:b]
            key = _WS.sub(" ", folded[a:b]).strip()
            if "\n" in gap or "coordination" not in self.lexicon.links.get(key, frozenset()):
                return
            out[j] = replace(p, code=p.code + sector, kind="sector")
            anchor, j = p, j + step

    def _shared_adjective(self, folded: str, out: list[ActorMention]) -> None:
        """(helper CX) A state's adjective before a noun of no sector coordinated with a bare sector noun qualifies both
        ("Israeli tanks and troops", "Israeli helicopters and warplanes"): the sector noun is of that state, not of the
        place the act is in ("... attacked targets in the Gaza Strip")."""
        for i in range(1, len(out)):
            p, m = out[i - 1], out[i]
            if p.kind != "country" or len(p.code) != 3 or m.kind != "sector" or not ActorCode(m.code).is_sector:
                continue
            words = folded[p.end:m.start].split()
            if len(words) == 2 and words[0].isalpha() and words[0].islower() \
                    and "coordination" in self.lexicon.links.get(words[1], frozenset()):
                out[i] = replace(m, code=p.code + m.code, entry=f"{m.entry}+rule:shared-adjective")

    def _unlisted_names(self, text: str, folded: str, found: list[ActorMention],
                        blocked: list[tuple[int, int]]) -> list[ActorMention]:
        """Sequences of two or more capitalised words that no lexicon entry covers (kind "name")."""
        taken = bytearray(len(text))
        for a, b in [(m.start, m.end) for m in found] + blocked:
            taken[a:b] = b"\x01" * (b - a)
        free = taken.decode("latin-1")  # one character per character of the text, "\x01" where taken
        out = []
        for seq in self._sequence.finditer(text):
            for piece in _FREE.finditer(free, seq.start(), seq.end()):
                a, b = piece.start(), piece.end()
                words = [w.span() for w in _NON_SPACE.finditer(text, a, b)]
                while words and (fold(text[words[0][0]:words[0][1]]) in self.lexicon.name_stop
                                 or not text[words[0][0]].isupper()):
                    words.pop(0)
                while words and (fold(text[words[-1][0]:words[-1][1]]) in self.lexicon.name_stop
                                 or not text[words[-1][0]].isupper()):
                    words.pop()
                if words and fold(text[words[0][0]:words[0][1]]) in self.lexicon.thing_heads:
                    continue  # "RUU Pilkada", "Undang-Undang Cipta Kerja": the name of a law, no actor
                if sum(1 for w in words if text[w[0]].isupper()) >= 2:
                    s, e = words[0][0], words[-1][1]
                    clitic = next((c for c in self.lexicon.name_clitics if text.endswith(c, s, e)), "")
                    e -= len(clitic)
                    out.append(ActorMention("", text[s:e], text[s:e], s, e, "name", UNKNOWN_NAME))
        return out

    def find(self, text: str, published: _dt.date | None = None) -> list[ActorMention]:
        """Non-overlapping actor mentions in ``text``, sorted by start, offsets into ``text``."""
        if not text:
            return []
        if isinstance(published, _dt.datetime):
            published = published.date()
        folded = fold(text)
        hits, blocked = self._hits(text, folded, published)
        out: list[ActorMention] = []
        shared: list[tuple[int, str, int]] = []  # (index in out, sector, direction)
        chains = self._chains(text, folded, hits)
        places = self._places(text, hits) if self.names and self.lexicon.links else []  # (links: a language's data)
        for i, chain in enumerate(chains):
            if len(chain) == 1 and chain[0].role == "A":
                h = chain[0]
                out.append(ActorMention("", h.entry.name, text[h.start:h.end], h.start, h.end, "anaphor",
                                        h.entry.where))
                continue
            name_span = None
            roles = {h.role for h in chain}
            place = self._place_beside(text, folded, chain, places) if roles & {"T", "C"} <= roles <= {"T", "C", "M"} \
                and roles & {"T", "C"} else None
            if "T" in roles and "P" not in roles and chain[-1].role in "TS":
                limit = chains[i + 1][0].start if i + 1 < len(chains) else len(text)
                after = place.end if place is not None and place.start >= chain[-1].end else chain[-1].end
                name_span = self._name_after(text, folded, after, limit)
            m = self._mention(text, chain, name_span, published)
            if m is not None and place is not None and ActorCode(m.code).is_sector:
                a, b = min(m.start, place.start), max(m.end, place.end)
                m = replace(m, code=place.place.country + m.code, text=text[a:b], start=a, end=b,
                            entry=f"{m.entry}+{place.entry}")
            if m is not None:
                step = self._shares_sector(chain, m)
                if step:
                    shared.append((len(out), ActorCode(m.code).rest, step))
                out.append(m)
        for index, sector, step in shared:
            self._distribute(text, folded, out, index, sector, step)
        self._shared_adjective(folded, out)
        for i, m in enumerate(out):
            unit = _UNIT_NUMBER.match(text, m.end) if m.known_organisation(head=True) else None
            if unit is not None and not any(m.end < o.start < unit.end() for o in out):
                out[i] = replace(m, text=text[m.start:unit.end()], end=unit.end())
        if self.names:
            out.extend(self._unlisted_names(text, folded, out, blocked))
            out.sort(key=lambda m: m.start)
            self._aged_names(text, out)
            self._civic_bodies(text, out)
            self._appositions(text, out)
            self._possessed_names(text, out)
            self._descriptions(folded, out)
        _defined_acronyms(text, out)
        return [m for m in out if not self.backs(text, m.end) and not self.names_accord(text, m)]

    def _aged_names(self, text: str, out: list[ActorMention]) -> None:
        """(part AP) A personal name that no lexicon entry covers, set off with an age, as crime and court news names
        the accused ("Kowalski, 52, of Swindon, was found guilty", "Budi (42), warga Sleman, ditangkap"): a private
        person (CVL), whose state the conventions take from the police, court or place of the act; a name with no age
        stays no actor."""
        for m in _AGED.finditer(text):
            s, e = m.start(1), m.end(1)
            if fold(text[s:e].split()[0]) in self.lexicon.name_stop or s > 0 and (text[s - 1].isalnum() or text[s - 1] in "-'’"):
                continue
            # (helper DL) initials set off with an age are a person's, whatever else they spell: "AS (35)" and "RI
            # (20)" in Indonesian crime news are suspects, not the United States or the Republic of Indonesia
            last = text[s:e].rsplit(" ", 1)[-1]
            initials = _INITIALS.fullmatch(last) is not None
            if initials:
                s = e - len(last)  # "Tersangka AS (35)": the noun before the initials is its own mention
            over = [i for i, o in enumerate(out) if o.start < e and s < o.end]
            if not initials and any(out[i].code or out[i].kind != "name" for i in over):
                continue
            for i in reversed(over):
                del out[i]
            out.append(ActorMention(_PRIVATE, text[s:e], text[s:e], s, e, "sector", "rule:aged-name"))
            out.sort(key=lambda o: o.start)

    def _civic_bodies(self, text: str, out: list[ActorMention]) -> None:
        """(helper DL) A name no lexicon knows, right after a state's adjective and ending in a noun of a body of civil
        society (word class civic_head): "the Australian Conservation Foundation", "the Indonesian Fishermen's
        Association" are that state's civilians (CVL), as its unions are; not a body of another head ("the Russian
        Space Agency", a name no rule reads)."""
        heads = self.lexicon.civic_heads
        if not heads:
            return
        for i in range(len(out) - 1, 0, -1):
            name, state = out[i], out[i - 1]
            if name.code or name.kind != "name" or state.kind != "country" or text[state.end:name.start] != " ":
                continue
            code = ActorCode(state.code)
            if code.rest or not code.head or fold(name.text.rsplit(" ", 1)[-1]) not in heads:
                continue
            out[i - 1:i + 1] = [ActorMention(code.head + _PRIVATE, text[state.start:name.end], text[state.start:name.end],
                                             state.start, name.end, "sector", f"{state.entry}+rule:civic-body")]

    def backs(self, text: str, end: int) -> bool:
        """Whether the name ending at ``end`` is written onto a participle that makes it a backer of the noun after
        it ("the UN-backed government", "Iran-funded militias": word class backer): neither an actor nor a place."""
        if not text.startswith("-", end):
            return False
        word = _WORD_AT.match(text, end + 1)
        return word is not None and fold(word.group()) in self.lexicon.backers

    def names_accord(self, text: str, m: ActorMention) -> bool:
        """(helper BS) Whether a capital names an accord signed there, neither its government nor a place: "the Paris
        agreement", "the Oslo peace accords", "Perjanjian Paris", "kesepakatan Minsk" (word class accord_noun: the
        accord's noun right after the capital, across one lower-case word, or right before it where the head comes
        first, across one lower-case word too: "perjanjian iklim Paris")."""
        if m.kind != "capital" or not self.lexicon.accords:
            return False
        if self.lexicon.head_first:
            # (the accord's noun right before the capital, or two words back across one lower-case word, lead,
            # session 32: "perjanjian iklim Paris"; searched near the name only, words_before)
            before = words_before(text, m.start)
            if before is None:
                return False
            near, inner = (before.group(2), before.group(1)) if before.group(2) is not None else (before.group(1), None)
            return fold(near) in self.lexicon.accords or (
                inner is not None and near.islower() and fold(inner) in self.lexicon.accords)
        def accord(word: str) -> bool:  # ("accords": the plural too)
            return fold(word) in self.lexicon.accords or fold(word).removesuffix("s") in self.lexicon.accords

        after = _WORDS_AFTER.match(text, m.end)
        return after is not None and (accord(after.group(1)) or (
            after.group(2) is not None and after.group(1).islower() and accord(after.group(2))))

    def _appositions(self, text: str, out: list[ActorMention]) -> None:
        """An unlisted name takes the code of the title or body set beside it by a comma:
        "Maria Santos, kepala Palang Merah Internasional" → NGOIFRC; "the agency's spokesman, Budi"; so does a name
        behind an honorific that gives no sector ("the Rev. Mark Ellis, an American pastor").  Capitalised words
        right before a known person are that person's title and firm ("CEO Apple Tim Cook"): no actor."""
        qualifiers = []
        for i, n in enumerate(out):
            nxt = out[i + 1] if i + 1 < len(out) else None
            before_leader = nxt is not None and nxt.kind == "leader" and text[n.end:nxt.start] == " "
            if before_leader and (
                    n.kind == "name" and not n.code or n.kind == "title" and ActorCode(n.code).is_sector):
                qualifiers.append(i)
                continue
            if before_leader and n.kind in ("title", "sector") and n.code and not ActorCode(nxt.code).rest \
                    and ActorCode(n.code).head == nxt.code:
                # a person out of office on the date with their state's office before the name: the text gives the
                # office, trust it ("Gubernur Jawa Barat Ridwan Kamil" is IDNGOV, one mention)
                out[i + 1] = replace(nxt, code=n.code, text=text[n.start:nxt.end], start=n.start,
                                     entry=f"{nxt.entry}+{n.entry}")
                qualifiers.append(i)
                continue
            prv = out[i - 1] if i > 0 else None
            office = prv if prv is not None and prv.code and prv.kind in ("title", "sector") else None  # right before
            between = text[prv.end:n.start] if prv is not None else ""
            # a space, or a comma and spaces (read only for a name or title: the one kind of mention it is asked of)
            adjacent = n.kind in ("name", "title") and (between == " " or _BEFORE_NAME.match(between) is not None)
            if n.kind == "title" and n.code and ActorCode(n.code).is_sector and office is not None \
                    and not ActorCode(office.code).is_sector and adjacent:
                # (helper BH) a rank between an office and the name of its holder is of the office's state: "Kepala
                # Basarnas Marsekal Madya Kusworo", "Kapolres Bogor AKBP Rudi"; set off by a comma: "panglima militer
                # Yordania, Jenderal Khalid" (the rank alone has no state)
                out[i] = replace(n, code=ActorCode(prv.code).country + n.code, entry=f"{n.entry}+{prv.entry}")
                continue
            if n.kind not in ("name", "title") or n.code:
                continue
            gap = text[n.end:nxt.start] if nxt is not None else ""
            if (nxt is not None and nxt.code and nxt.kind in _APPOSITIVE and _AFTER_NAME.match(gap)
                    and not any(len(w) > 3 and fold(w) in self.lexicon.name_stop for w in gap[1:].split())):
                out[i] = replace(n, code=nxt.code, entry=f"{n.entry}+{nxt.entry}")
            elif office is not None and (adjacent or _OFFICE_PLACE.fullmatch(between)):
                # "the agency's spokesman, Budi"; right after it: "Venezuelan opposition leader Edmundo Gonzalez",
                # "Wakil Ketua DPR Sufmi Dasco Ahmad"
                out[i] = replace(n, code=prv.code, entry=f"{n.entry}+{prv.entry}")
            elif office is not None and n.kind == "name" \
                    and "sector_state" in self.lexicon.links.get(_WS.sub(" ", fold(between)).strip(), ()) \
                    and fold(n.text.split()[0]) in self.lexicon.office_fields:
                # (helper BH) an office, its field as capitalised words and its holder's name: "Minister of Defense
                # Hazem Shaalan", "Minister of Forestry MS Ka'ban" (the name finder took the field with the name)
                out[i] = replace(n, code=prv.code, entry=f"{n.entry}+{prv.entry}")
            elif prv is not None and prv.code and prv.kind in _APPOSITIVE \
                    and _WS.sub(" ", fold(between)).strip() in self.lexicon.led_by:
                # "KKB pimpinan Egianus Kogoya", "militants led by Abu Omar": the leader named stands for the group
                out[i] = replace(n, code=prv.code, entry=f"{n.entry}+{prv.entry}")
            elif prv is not None and prv.code and prv.kind == "sector" and _QUALIFIER.fullmatch(text[prv.end:n.start]) \
                    and (q := fold(text[prv.end:n.start].strip())) not in self.lexicon.name_stop \
                    and q not in self.lexicon.verbs:  # (two lookups: no union of ~8,000 verbs built per name)
                # one qualifier between: "surat kabar prodemokrasi Apple Daily", "the pro-democracy newspaper ..."
                out[i] = replace(n, code=prv.code, entry=f"{n.entry}+{prv.entry}")
        for i in reversed(qualifiers):
            del out[i]

    def _possessed_names(self, text: str, out: list[ActorMention]) -> None:
        """(helper DX) A name no lexicon knows right after a named organisation's possessive (word class
        clitic: "'s") is that organisation's officer: "Westpac's David Lording", "Gazprom's Alexei Miller",
        "Amnesty International's Agnes Callamard".  Not after a state's ("Russia's Daniil Medvedev" may be any of its
        people: a player, a singer) nor after a sector with no state ("the union's John Smith")."""
        clitics = self.lexicon.name_clitics
        if not clitics:
            return
        for i in range(1, len(out)):
            n, prv = out[i], out[i - 1]
            if n.kind != "name" or n.code or not prv.code or prv.kind not in _POSSESSOR_KINDS:
                continue
            if text[prv.end:n.start].rstrip(" ") not in clitics or text[n.start - 1] != " ":
                continue
            code = ActorCode(prv.code)
            if code.is_sector or not (code.is_org or code.rest):
                continue  # a sector of no state, or a bare state
            out[i] = replace(n, code=prv.code, entry=f"{n.entry}+{prv.entry}+rule:possessed-name")

    def _descriptions(self, folded: str, out: list[ActorMention]) -> None:
        """A description right before a known group's name is that group, not an actor of its own: "the militant
        Palestinian group Hamas", "kelompok militan Palestina Hamas". The description holds sector nouns of no
        state, the group's own state, at most two other words between them (no verb, no cue) and a noun that heads
        a group's description (word class group_head)."""
        lex = self.lexicon
        if not lex.group_heads:
            return
        drop: set[int] = set()
        for i, n in enumerate(out):
            if n.kind not in _ORG or not n.code:
                continue
            state, j, end = ActorCode(n.code).country, i, n.start
            while j > 0:
                p, words = out[j - 1], folded[out[j - 1].end:end].split()
                if len(words) > 2 or any(w not in lex.group_heads and (
                        w in lex.verbs or w in lex.function_words or not w.isalpha()) for w in words):
                    break
                code = ActorCode(p.code) if p.code else None
                if not (code.is_sector or (p.kind in ("country", "sector") and code.country == state)
                        if code is not None else p.kind == "anaphor" and folded[p.start:p.end].split()[-1] in lex.group_heads):
                    break  # (an anaphor: "the group Hamas")
                j, end = j - 1, p.start
            # (the word before the description: split off the text's end alone, not the whole text before it for each
            # name, and only when a description was found)
            if j < i and lex.group_heads & set(folded[:end].rsplit(None, 1)[-1:] + folded[end:n.start].split()):
                drop.update(range(j, i))
        for k in sorted(drop, reverse=True):
            del out[k]


def _defined_acronyms(text: str, out: list[ActorMention]) -> None:
    """An acronym in brackets right after an actor names that actor, there and after it in the text: "Pasukan
    Dukungan Cepat (RSF) ... RSF menyerang" is Sudan's RSF, not the NGO the acronym names elsewhere."""
    defined: dict[str, ActorMention] = {}
    for i, m in enumerate(out):
        head = defined.get(m.text)
        if head is None and i > 0 and out[i - 1].code and text[out[i - 1].end:m.start] == " (" \
                and text[m.end:m.end + 1] == ")" and m.text.isupper() and len(m.text) <= 8:
            head = defined[m.text] = out[i - 1]
        if head is not None and m.code != head.code:
            out[i] = replace(m, code=head.code, name=head.name, kind=head.kind, entry=f"{m.entry}+{head.entry}")
