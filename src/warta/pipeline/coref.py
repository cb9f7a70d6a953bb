"""Coreference inside an article.  A surname alone after a person named in full with a title or
an office ("Menteri Pertahanan Filipina Gilberto Teodoro ... Teodoro menuduh") is that person: it
takes the full mention's code; a person named with a title but no state ("Menteri Dalam Negeri Budi
X") is of the state the sentence, or the one before, is about.  Anaphors ("mereka", "pihaknya", "negara itu", "he", "the ministry")
take the code of the most recent compatible actor mentioned before them.  Plural anaphors ("mereka",
"kedua negara", "they", "both countries") whose antecedent was named in a coordination ("Rusia dan
Ukraina") stand for every member: one mention per member, all on the anaphor's span.

The actor finder marks anaphors with ``kind="anaphor"`` and the class they refer to in
``name`` (person, group, state, gov, org, mil); resolution is language-neutral.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Collection, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from itertools import islice

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import canonical_names, sector_class
from warta.lexicon.registry import cue_words
from warta.model import ActorMention

__all__ = ["AnaphoraWords", "resolve_anaphora"]

SECTOR_CLASSES = {"gov": "GOV", "ministry": "GOV", "mil": "MIL", "forces": "MIL"}
PERSON_KINDS = frozenset({"leader", "title", "name"})
SUBJECT_CLASSES = frozenset({"person", "gov", "ministry", "state"})  # anaphors of one party that may lead a sentence
STATE_KINDS = frozenset({"country", "capital"})


def _sentence_of(offset: int, starts: list[int]) -> int:
    return bisect_right(starts, offset) - 1


PLURAL = frozenset({"group", "states", "pair", "forces"})
TWO = frozenset({"states", "pair"})  # "kedua negara", "both sides": exactly two parties


def _opens(group: ActorMention, subject: ActorMention | None) -> bool:
    """The unnamed group comes before the sentence's first named actor: it is the subject."""
    return subject is None or group.start < subject.start


def _compatible(cls: str, m: ActorMention) -> bool:
    if cls == "states":
        cls = "state"
    if cls == "person":
        return m.kind in PERSON_KINDS or (m.kind == "sector" and ActorCode(m.code).last_sector == "GOV")
    if cls in ("state", "gov", "mil", "forces"):
        code = ActorCode(m.code)
        return bool(code.country) or code.is_unknown
    if cls == "org":
        return m.kind in ("igo", "ngo", "group", "sector") or ActorCode(m.code).last_sector == "GOV"
    return True  # group / anything


def _leader(m: ActorMention | None) -> bool:
    """A person of a state's government: a leader, minister or official named ("Marcos", "Menlu Sugiono")."""
    return m is not None and m.kind in PERSON_KINDS and bool(ActorCode(m.code).country) \
        and ActorCode(m.code).last_sector == "GOV"


def _at_home(m: ActorMention, sent: int, starts: list[int], text: str,
             place_countries: Callable[[int, int], frozenset[str]] | None) -> bool:
    """Sentence ``sent`` names no place of another state than ``m``'s: the leader is at home there."""
    if place_countries is None or not 0 <= sent < len(starts):
        return True
    return place_countries(*_sentence_bounds(sent, starts, text)) <= {ActorCode(m.code).country}


def _office(m: ActorMention) -> bool:
    """A government's office or official of a state ("Japan's defence ministry", "Menlu Sugiono"): of the
    government sector, not a state or capital standing for its government ("lodged a protest with Beijing")."""
    code = ActorCode(m.code)
    return bool(code.country) and code.last_sector == "GOV" and m.kind not in STATE_KINDS


def _coordination(antecedent: ActorMention, history: list[ActorMention], text: str, conj: frozenset[str],
                  position: dict[int, int]):
    """The actors named together with ``antecedent`` ("Rusia dan Ukraina", "Japan, China and Korea");
    ``position`` maps ``id(mention)`` to its index in ``history``."""
    i = position.get(id(antecedent))
    if i is None or not text:
        return [antecedent]

    def gap(a: ActorMention, b: ActorMention) -> list[str] | None:  # the joining words, None if not joined
        words = text[a.end:b.start].lower().replace(",", " , ").split()
        ok = b.start >= a.end and len(words) <= 3 and all(w == "," or w in conj for w in words)
        return words if ok else None

    lo = hi = i
    while lo > 0 and gap(history[lo - 1], history[lo]) is not None:
        lo -= 1
    while hi + 1 < len(history) and gap(history[hi], history[hi + 1]) is not None:
        hi += 1
    group = history[lo:hi + 1]
    if not any(w in conj for a, b in zip(group, group[1:], strict=False) for w in gap(a, b) or ()):
        return [antecedent]  # a list needs a conjunction: "Rusia, Ukraina" alone is no coordination
    return group


def _last_two(cls: str, history: list[ActorMention], text: str, places: frozenset[str]) -> list[ActorMention]:
    """"Prabowo bertemu Anwar. Kedua negara ...": the two most recent distinct parties (states by country),
    passing over places ("perang di Ukraina", "in Beijing"); none when fewer than two are named."""
    out: list[ActorMention] = []
    for h in reversed(history[-12:]):
        key = ActorCode(h.code).head if cls == "states" else h.code
        if _in_place(h, text, places):
            continue
        if _compatible(cls, h) and all((ActorCode(o.code).head if cls == "states" else o.code) != key for o in out):
            out.append(h)
            if len(out) == 2:
                return out[::-1]
    return []  # one party named before: "Egypt urged both sides to ...", sides the text does not name


def _name_words(name: str) -> list[str]:
    """The words of a person's name as written, without a possessive "'s" ("Mr Wong's" -> Mr, Wong)."""
    return name.replace("’", "'").removesuffix("'s").split()


def _uncoded_person(m: ActorMention, place_countries: Callable[[int, int], frozenset[str]] | None,
                    known: frozenset[str] = frozenset(), text: str = "") -> bool:
    """(helper CV) A person the text names whom no lexicon knows: a title or honorific with a name and no code ("Mr
    Blake"), or a capitalised name of two words or more that is no known place and whose last word the text also gives
    alone, as a surname ("Chad Hammel ... Hammel said": a name of no lexicon is most often a body, firm or place, "Bank
    Mandiri", "Pasar Minggu"); not one whose last word is the last word of a coded person's name (``known``):
    "Argentine President Adolfo Rodriguez Saa ... Mr Rodriguez Saa said" is the president named again.  (A name given
    with an age, "David Hicks, 26,", is left out: it cost an event of the blind set in documents.)"""
    if m.code or m.kind not in ("title", "name"):
        return False
    words = _name_words(m.text)
    if not words or words[-1] in known:
        return False
    if m.kind == "title":
        return True
    if len(words) < 2 or not m.unknown_name:
        return False
    # (the last word alone first: a string search, most often not met; the places of the name only then)
    return any(not m.start <= a < m.end and text[max(0, a - len(words[-2]) - 1):a].strip() != words[-2]
               for a in _word_at(text, words[-1])) \
        and not (place_countries is not None and place_countries(m.start, m.end))


_DESCRIBED = re.compile(r"\s+(?:[a-z][\w-]*\s+){0,3}")


def _of_a_state(m: ActorMention, before: list[ActorMention], text: str) -> bool:
    """(helper CV) A person's name behind a state's adjective and lower-case words only: "Chief Palestinian
    negotiator Saeb Erakat", "the British aid worker Jane Hollis" (a person of a stated state, no unknown)."""
    prev = before[-1] if before else None
    return prev is not None and prev.kind == "country" and prev.end <= m.start \
        and _DESCRIBED.fullmatch(text[prev.end:m.start]) is not None


def _in_place(h: ActorMention, text: str, places: frozenset[str]) -> bool:
    """The mention stands behind a place preposition ("perang di Ukraina", "met in Singapore"): a place."""
    before = text[max(0, h.start - 20):h.start].split()
    return bool(before) and before[-1].lower() in places


_SURNAME_KINDS = frozenset({"title", "name", "leader"})
_AGED_NAME = "rule:aged-name"  # (actors.py) a private person named with an age: "Kowalski, 52, of Swindon"


def _full_person(m: ActorMention) -> list[str]:
    """The words of a coded person's full name (two words or more), or none: a leader, a titled or listed person,
    or one named with an age ("John Fraser, 45,": CVL)."""
    if not m.code or not (m.kind in _SURNAME_KINDS or m.entry == _AGED_NAME):
        return []
    words = _name_words(m.name)
    return words if len(words) >= 2 and words[-1][:1].isupper() and words[-1].isalpha() else []


def _name_person(named: dict[str, ActorMention | None], m: ActorMention) -> None:
    """Note the last word of person ``m``'s full name; a word two persons of different codes share names neither."""
    words = _full_person(m)
    if words:
        prev = named.get(words[-1], m)
        named[words[-1]] = m if prev is not None and prev.code == m.code else None


def _named_before(named: dict[str, ActorMention | None], m: ActorMention) -> ActorMention | None:
    """The person named in full before the honorific and one name ``m`` ("Ms Wong"), of that last word."""
    words = _name_words(m.name)
    full = named.get(words[-1]) if len(words) == 1 else None
    return full if full is not None and full.end <= m.start else None


@cache
def _state_names() -> frozenset[str]:
    return frozenset(canonical_names().values())


def _surnames(mentions: list[ActorMention], text: str, name_alone: str = "last") -> list[ActorMention]:
    """Later bare occurrences of the last word of a coded person's full name ("Gilberto Teodoro" then
    "Teodoro"; with ``name_alone`` "first_last" the first word too: "Haris Azhar" then "Haris"): capitalised,
    not inside another mention, not next to another capitalised word (that is someone else's full name), and
    only when that word names one code in the article.  A person of a title or body with no state named
    ("Aktivis HAM Haris Azhar": NGO) is named again with that sector, to take its state as the full name does."""
    if not text:
        return []
    first: dict[str, ActorMention] = {}
    codes: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        if (m.kind not in _SURNAME_KINDS and m.entry != _AGED_NAME) or not m.code:
            continue
        words = m.name.split()
        if len(words) < 2:
            continue
        # (the given name only of a personal name the text writes: not of a state's name a title carries)
        given = name_alone == "first_last" and m.name not in _state_names()
        for word in {words[-1], words[0]} if given else {words[-1]}:
            if not word[:1].isupper() or len(word) < 3 or not word.isalpha():
                continue
            first.setdefault(word, m)
            codes.setdefault(word, set()).add(m.code)
    if not first:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    out = []
    for word, full in first.items():
        if len(codes[word]) > 1:
            continue
        for a in _word_at(text, word):
            b = a + len(word)
            if a < full.end or any(s < b and a < e for s, e in taken):
                continue
            before, after = text[max(0, a - 30):a], text[b:b + 30]
            if re.search(r"[A-Z][\w'’\-]* $", before) or re.match(r" [A-Z]", after):
                continue
            out.append(ActorMention(full.code, full.name, word, a, b, full.kind, f"coref:surname+{full.entry}"))
    return out


def _sectors_again(mentions: list[ActorMention], text: str, definite: frozenset[str]) -> list[ActorMention]:
    """(helper BG) Later a definite word (``definite``: "the") and the head of a group of people first named with a
    modifier ("factory owners", "Kenyan police" then "the owners", "the police"): the group named before, with its
    state; only where that head word names one code in the article, and not inside another mention."""
    first: dict[str, ActorMention] = {}
    codes: dict[str, set[str]] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        words = m.text.split()
        if m.kind != "sector" or not m.code or len(words) < 2 or not words[-1].isalpha():
            continue
        head = words[-1].lower()
        first.setdefault(head, m)
        codes.setdefault(head, set()).add(m.code)
    if not first:
        return []
    taken = sorted((m.start, m.end) for m in mentions)
    low = text.lower()
    out = []
    for head, full in first.items():
        if len(codes[head]) > 1:
            continue
        for word in sorted(definite):
            for a in _word_at(low, f"{word} {head}"):
                b = a + len(word) + 1 + len(head)
                if a < full.end or any(s < b and a < e for s, e in taken):
                    continue
                out.append(ActorMention(full.code, full.name, text[a:b], a, b, full.kind, f"coref:again+{full.entry}"))
    return out


def _word_at(text: str, word: str) -> Iterator[int]:
    """Where ``word`` (letters) stands alone in ``text``: no word character, apostrophe or hyphen before it, no
    word character or hyphen after it (a string search: a pattern per surname would be compiled per name)."""
    a = text.find(word)
    while a != -1:
        b = a + len(word)
        if not (a > 0 and _joined(text[a - 1], "'’-")) and not (b < len(text) and _joined(text[b], "-")):
            yield a
        a = text.find(word, a + 1)


def _joined(ch: str, marks: str) -> bool:
    return ch.isalnum() or ch == "_" or ch in marks


_OPEN, _CLOSE = "“", "”"
_WORD = re.compile(r"\w+")


def _quoted_speaker(m: ActorMention, ordered: list[ActorMention], starts: list[int], text: str,
                    say_after: frozenset[str] = frozenset(), conj: frozenset[str] = frozenset()) -> ActorMention | None:
    """The speaker of the quotation ``m`` stands in: the first coded actor after its closing quote in the same
    sentence ("..., kata X", "..., X said"), else the last one before its opening quote ("X mengatakan, “...");
    with no quotation marks, the speaker a closing comma and a verb of saying (``say_after``) name after it."""
    if not text:
        return None
    lo, hi = _sentence_bounds(_sentence_of(m.start, starts), starts, text)
    before = text[lo:m.start]
    if before.count(_OPEN) <= before.count(_CLOSE) and before.count('"') % 2 == 0:
        return _unquoted_speaker(m, ordered, text, lo, hi, say_after, conj)
    close = min((k for k in (text.find(_CLOSE, m.end, hi), text.find('"', m.end, hi)) if k >= 0), default=-1)
    opening = max(before.rfind(_OPEN), before.rfind('"')) + lo
    coded = [a for a in ordered if a.kind != "anaphor" and a.code and lo <= a.start < hi]
    after = [a for a in coded if close >= 0 and a.start > close]
    if after:
        return after[0]
    earlier = [a for a in coded if a.end <= opening]
    return earlier[-1] if earlier else None


def _quote_speaker_may_be(m: ActorMention, antecedent: ActorMention, ordered: list[ActorMention], starts: list[int],
                          text: str) -> bool:
    """(helper CV) ``m`` stands inside a quotation (an opening mark before it in its sentence, not closed there) whose
    speaker may be ``antecedent``: its speaker named after the closing mark or before the opening one is that person
    ("Mr Williams" for "Daryl Williams": the same last word), or no speaker is named ("..., he said", or a quotation
    run on from the sentence before), who is then the person last named, as the pronoun's antecedent is."""
    lo, hi = _sentence_bounds(_sentence_of(m.start, starts), starts, text)
    before = text[lo:m.start]
    if before.count(_OPEN) <= before.count(_CLOSE) and before.count('"') % 2 == 0:
        return False
    close = min((k for k in (text.find(_CLOSE, m.end, hi), text.find('"', m.end, hi)) if k >= 0), default=-1)
    opening = max(before.rfind(_OPEN), before.rfind('"')) + lo
    named = [a for a in ordered if a.kind in PERSON_KINDS and lo <= a.start < hi]
    speaker = next((a for a in named if close >= 0 and a.start > close), None) \
        or next((a for a in reversed(named) if a.end <= opening), None)
    if speaker is None:
        return True
    if speaker.code and speaker.code != antecedent.code:
        return False
    last = _name_words(speaker.name)[-1:]
    return bool(last) and last == antecedent.name.split()[-1:]


def _sentence_bounds(sent: int, starts: list[int], text: str) -> tuple[int, int]:
    """Where sentence ``sent`` begins and ends in ``text`` (from its start offsets ``starts``; all of it with none)."""
    lo = starts[sent] if 0 <= sent < len(starts) else 0
    return lo, starts[sent + 1] if 0 <= sent + 1 < len(starts) else len(text)


def _title_gap(gap: str, conj: frozenset[str]) -> bool:
    """Nothing, or only the capitalised words of a title and its conjunctions, between a verb of saying and the coded
    part of its speaker ("kata Direktur Pemasaran dan Niaga Pertamina ...")."""
    return all(w[:1].isupper() or w.lower() in conj for w in gap.split())


def _unquoted_speaker(m: ActorMention, ordered: list[ActorMention], text: str, lo: int, hi: int,
                      say_after: frozenset[str], conj: frozenset[str] = frozenset()) -> ActorMention | None:
    """(helper BF) Reported speech with no quotation marks, as wire copy writes it: a first-person pronoun that opens
    its sentence, closed by a comma and a verb of saying with its speaker ("Kami mendesak Israel ..., kata Menteri
    Luar Negeri", "We urge ..., the minister said"): that speaker, the first coded actor after the comma."""
    if not say_after or text[lo:m.start].strip(' "“'):
        return None
    for comma in (k for k in range(m.end, hi) if text[k] == ","):
        say = next((w for w in islice(_WORD.finditer(text, comma, hi), 8) if w.group().lower() in say_after), None)
        if say is None:
            continue
        # the speaker between the comma and the verb ("..., the minister said") or right after the verb ("..., kata
        # Menteri"); not one further on ("..., katanya setelah menghadiri ulang tahun Gerakan Pemuda Ansor")
        return next((a for a in ordered if a.kind != "anaphor" and a.code and comma < a.start < hi
                     and (a.start < say.start() or _title_gap(text[say.end():a.start], conj))), None)
    return None


_WORD = re.compile(r"[^\W\d_]+|\S", re.UNICODE)


def _shared_subject_object(m: ActorMention, ordered: list[ActorMention], text: str, conj: frozenset[str],
                           objects: frozenset[str]) -> bool:
    """(helper CX) ``m`` is a person pronoun in the object case right after a verb (and at most one word before it)
    that follows a conjunction with no party named between: "... and urged him", "... and later told him"."""
    if not text or text[m.start:m.end].lower() not in objects:
        return False
    words = [(w.group().lower(), w.start()) for w in _WORD.finditer(text, max(0, m.start - 60), m.start)][-3:]
    for back in (2, 3):
        if len(words) >= back and words[-back][0] in conj:
            between = words[-back + 1:]
            lo = words[-back][1]
            return all(w.isalpha() and text[p].islower() for w, p in between) \
                and not any(lo < a.start < m.start for a in ordered)
    return False


@dataclass(frozen=True)
class AnaphoraWords:
    """A language's words and settings that :func:`resolve_anaphora` reads: its one-word conjunctions
    (``conj``), place prepositions (``places``), speech verbs after a quote (``say_after``) and definite
    determiners (``definite``), and the settings ``name_alone`` and ``sector_again`` (lang/<code>/settings.tsv)."""

    conj: frozenset[str] = frozenset()
    places: frozenset[str] = frozenset()
    say_after: frozenset[str] = frozenset()
    definite: frozenset[str] = frozenset()
    name_alone: str = "last"
    sector_again: str = "none"
    # (helper DB, session 28) the verb test of a pair anaphor: the words between a subject and its verb (auxiliaries,
    # modals, negation), the auxiliaries of a passive, speech verbs, and the trigger forms by voice
    between: frozenset[str] = frozenset()
    passive_aux: frozenset[str] = frozenset()
    say: frozenset[str] = frozenset()
    past: frozenset[str] = frozenset()
    passive: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()  # (helper CX) person pronouns in the object case (word class object_pronoun)

    @classmethod
    def of(cls, cues: Mapping[str, Collection[str]], settings: Mapping[str, str],
           forms: Mapping[str, Collection[str]] | None = None,
           word_classes: Mapping[str, frozenset[str]] | None = None) -> AnaphoraWords:
        """From a language's cues (word -> its kinds) and settings, the forms that head its triggers by voice
        (``Language.head_forms``) and its word classes."""
        def kind(*kinds: str) -> frozenset[str]:
            return frozenset().union(*(cue_words(cues, k, single_words=True) for k in kinds))

        def voice(v: str) -> frozenset[str]:
            return frozenset(f for f in (forms or {}).get(v, ()) if " " not in f)

        return cls(kind("conj"), kind("prep_place"), kind("say_after"), kind("definite"), settings["name_alone"],
                   settings["sector_again"], kind("passive_aux", "negation", "plan", "modal_obligation", "speculative"),
                   kind("passive_aux"), kind("say_after", "say_before"), voice("past"), voice("passive"),
                   (word_classes or {}).get("object_pronoun", frozenset()))

    def verb_after(self, text: str, end: int) -> str:
        """(helper DB, session 28) What follows a pair anaphor ending at ``end``: "patient" when a passive does ("the
        two men were arrested", "keduanya ditangkap": the people it names undergo an act, no pair of parties named
        before), "verb" when a verb or an auxiliary does ("the two agreed", "the two will meet"), else ""."""
        words = [w.group().lower() for w in islice(_WORD.finditer(text, end), 4)]
        k, aux = 0, False
        while k < len(words) and words[k] in self.between:
            aux = aux or words[k] in self.passive_aux
            k += 1
        w = words[k] if k < len(words) else ""
        if w in self.passive or (aux and w in self.past):
            return "patient"
        return "verb" if k or w in self.past or w in self.say else ""


def resolve_anaphora(mentions: list[ActorMention], boundaries: list[int] | None = None, text: str = "",
                     words: AnaphoraWords = AnaphoraWords(),
                     place_countries: Callable[[int, int], frozenset[str]] | None = None) -> list[ActorMention]:
    """Resolve anaphors; ``boundaries`` (sentence start offsets) let a pronoun that opens a sentence
    prefer the previous sentence's subject (its first actor) over the last actor mentioned; with the
    ``text`` and the language's ``words``, a plural anaphor takes every member of a coordination, or the
    two last parties named outside a place phrase; ``place_countries`` (start, end) gives the states of
    the places named in a span of the text."""
    conj, places, say_after, definite = words.conj, words.places, words.say_after, words.definite
    mentions = list(mentions) + _surnames(mentions, text, words.name_alone) \
        + (_sectors_again(mentions, text, definite) if words.sector_again == "definite_last" and text else [])
    out: list[ActorMention] = []
    history: list[ActorMention] = []
    by_sentence: dict[int, list[ActorMention]] = {}  # the history, per sentence (in the same order)
    position: dict[int, int] = {}  # id(mention) -> its index in history
    starts = sorted(boundaries or [])
    subjects: dict[int, ActorMention] = {}
    groups: dict[int, ActorMention] = {}  # the first group of people a sentence names, unnamed ones too
    latest: dict[int, ActorMention] = {}  # the last unnamed group of people a sentence names so far
    uncoded: list[int] = []  # where the persons named whom no lexicon knows end ("Mr Blake", "David Hicks")
    unknown: set[str] = set()  # the last words of their full names
    surnames = frozenset(w[-1] for m in mentions if m.code and m.kind in PERSON_KINDS and (w := m.name.split()))
    ordered = sorted(mentions, key=lambda x: x.start)
    named: dict[str, ActorMention | None] = {}  # the last word of each coded person named in full so far
    for m in ordered:
        sent = _sentence_of(m.start, starts)
        if m.kind == "title" and ActorCode(m.code).is_sector and " " in m.name:
            # "Foreign Minister Alberto Ruiz" with no state: the state the text is about here, the subject of
            # this sentence so far or of the one before ("Chile protested. Foreign Minister ... accused")
            home = subjects.get(sent) or subjects.get(sent - 1)
            state = ActorCode(home.code).country if home is not None else ""
            if state:
                m = replace(m, code=state + m.code, entry=f"{m.entry}+coref:state")
        elif m.kind == "sector" and m.code == "GOV" and not by_sentence.get(sent) and _leader(subjects.get(sent - 1)) \
                and _at_home(subjects[sent - 1], sent - 1, starts, text, place_countries):
            # (helper BG) a bare government opening its sentence after one a leader or minister of a state leads, at
            # home, is that leader's government: "... kata Marcos dalam pidato di Manila. Pemerintah juga meminta
            # Amerika Serikat dan Jepang ..." (not after a state alone: "Israel menyerang ... Pemerintah mengecam" is
            # often the writer's own; nor after a leader abroad: "Macron tiba di Jakarta. Pemerintah menyambut")
            m = replace(m, code=ActorCode(subjects[sent - 1].code).country + m.code, entry=f"{m.entry}+coref:state")
        if m.kind == "title" and not m.code and (full := _named_before(named, m)) is not None:
            # (helper DC) an honorific with the last word of a person named in full before it ("Penny Wong ... Ms
            # Wong criticised", "John Fraser, 45, ... Mr Fraser had threatened") is that person named again
            m = replace(m, code=full.code, entry=f"{m.entry}+coref:surname+{full.entry}")
        if m.kind != "anaphor":
            out.append(m)
            _name_person(named, m)
            if _uncoded_person(m, place_countries, surnames, text) and not _of_a_state(m, out[:-1], text):
                # a full name ("David Hicks", "Mr Rodriguez Saa"), or its last word after a title once it was named
                # in full ("Mr Hicks"); not a title with one name alone ("Mr Sharon": a leader the lexicons know by
                # his full name only)
                name = _name_words(m.name)
                if len(name) >= 2 or (name and name[-1] in unknown):
                    uncoded.append(m.end)
                    unknown.add(name[-1])
            if m.code and not ActorCode(m.code).is_sector:
                position[id(m)] = len(history)
                history.append(m)
                by_sentence.setdefault(sent, []).append(m)
                subjects.setdefault(sent, m)
            if m.code in sector_class("group"):  # unnamed groups "mereka/they" may stand for
                groups.setdefault(sent, m)
                latest[sent] = m
            continue
        cls = m.name or "group"
        if cls in ("pair", "pair_alone") and text:
            # (helper DB, session 28) "the two agreed", "both sides accused": two parties named before; not before a
            # passive ("the two men were arrested": those undergoing an act, the people just named), and a bare
            # "the two" only before a verb ("the two Koreas" is no anaphor)
            after = words.verb_after(text, m.end)
            if cls == "pair_alone" and not after:
                continue
            cls = "group" if after == "patient" else "pair"
        official = cls == "official"  # (helper BP) an office-holder named again ("menteri itu"): a person
        if official:
            cls = "person"
        if cls == "reported_speaker":
            # (helper BF) "saya"/"kita" only where wire copy reports speech with no quotation marks ("Kita imbau
            # masyarakat ..., kata Direktur Pertamina"): inside quotation marks they stay no actor
            lo, hi = _sentence_bounds(_sentence_of(m.start, starts), starts, text)
            quoted = any(q in text[lo:hi] for q in (_OPEN, _CLOSE, '"'))
            speaker = None if quoted else _unquoted_speaker(m, ordered, text, lo, hi, say_after, conj)
            if speaker is not None:
                out.append(replace(m, code=speaker.code, name=speaker.name))
            continue
        if cls == "speaker":
            # "“Kami menolak ...,” kata Menlu Sugiono", "“We will not ...,” the minister said": the quoted
            # speaker; outside a quotation a first-person pronoun is the writer's, no actor
            speaker = _quoted_speaker(m, ordered, starts, text, say_after, conj)
            if speaker is not None:
                out.append(replace(m, code=speaker.code, name=speaker.name))
            continue
        if cls == "ministry":
            # (helper BG) "the ministry", "kementerian itu": the last office of a government named (a ministry, an
            # official), passing over the states, capitals and armed forces named since, as a second story told in
            # passing ("Japan's defence ministry said ... In a separate development, South Korea's military said
            # ... The ministry demanded"); with no office named, the government of the party named before
            office = next((h for h in reversed(history[-12:]) if _office(h)), None)
            if office is not None:
                out.append(replace(m, code=ActorCode(office.code).head + "GOV", name=office.name))
                subjects.setdefault(sent, office)
                continue
            cls = "gov"
        same = by_sentence.get(sent, [])
        first = groups.get(sent - 1)
        if cls == "group" and not same and first is not None and _opens(first, subjects.get(sent - 1)):
            # "Ribuan buruh berunjuk rasa di depan Gedung DPR. Mereka menuntut ...": the workers, unnamed
            out.append(replace(m, code=first.code, name=first.name))
            continue
        near = latest.get(sent)
        if cls == "group" and near is not None and near.end <= m.start \
                and all(h.start < near.start for h in same if _compatible(cls, h) and not _in_place(h, text, places)):
            # (helper BD) "mereka/they/them" stands for the last group named before it in its sentence, an unnamed one
            # too, when no party is named after it (but for places: "in Nairobi"): "Polisi menangkap puluhan pengunjuk rasa dan menuduh mereka
            # menjarah toko", "Police arrested dozens of protesters and accused them of looting" (not the police)
            out.append(replace(m, code=near.code, name=near.name))
            continue
        # a person pronoun inside the sentence refers to its subject ("Pompeo met Ri and said he would ...")
        order = same if cls == "person" else list(reversed(same))
        if cls in SECTOR_CLASSES and same and same[0] is subjects.get(sent):
            # "Israel struck Iranian targets near Damascus, the military said": the armed forces or government of
            # the sentence's subject before those of a state named later as a place or a qualifier
            order = [same[0]] + order[:-1]
        if cls in PLURAL:  # "a summit between Trump and Kim in Singapore, when they agreed": not the place
            order = [h for h in order if not _in_place(h, text, places)]
        antecedent = next((h for h in order if _compatible(cls, h)), None)
        if antecedent is not None and cls == "person" and antecedent is subjects.get(sent) \
                and _shared_subject_object(m, ordered, text, conj, words.objects):
            # (helper CX) "met the American envoy yesterday and urged him to ...": the object of a verb that shares
            # the clause's subject is not that subject, but the last other person named before it in the sentence
            other = next((h for h in reversed(same) if h is not antecedent and h.end <= m.start
                          and _compatible(cls, h)), None)
            antecedent = other or antecedent
        if antecedent is None and sent - 1 in subjects and _compatible(cls, subjects[sent - 1]):
            antecedent = subjects[sent - 1]
        if antecedent is None and cls != "group":
            # (not "mereka", "they": with no party of its sentence or the one before, the people it stands for are
            # most often unnamed ones, not a state named further back; part AE)
            antecedent = next((h for h in reversed(history[-12:]) if _compatible(cls, h)), None)
        if cls == "person" and not official and antecedent is not None and antecedent not in same \
                and any(antecedent.end <= e <= m.start for e in uncoded):
            # (helper CV, issue 10) "he", "she", "dia" after a person the lexicons do not know, named since the coded
            # one ("Mr Ruddock said ... Mr Blake, 53, was aboard ... he was shot dead"): most often that person, of no
            # known state, so no actor rather than the earlier official (on whole documents of the tuning set the
            # earlier one gave an Australian minister the acts of a detainee: a dozen false alarms)
            antecedent = None
        if cls == "person" and not official and antecedent is not None and text \
                and _quote_speaker_may_be(m, antecedent, ordered, starts, text):
            # (helper CV) "he", "she", "dia" inside a quotation is not its speaker, who would say "I": "“He was
            # captured by the Northern Alliance,” Mr Williams said" is the detainee, of no known state here
            antecedent = None
        if antecedent is None:
            if official:
                # (helper BP) with no one named before, an office-holder named again is a person of no stated state,
                # as a title with no state is: a state's own police, prosecutors or courts act on their own people
                # ("Jaksa KPK menuntut mantan menteri itu"), no one else gives it a state ("Rusia mengecam menteri itu")
                out.append(replace(m, kind="title"))
            elif cls in SECTOR_CLASSES:
                # "Villagers in Papua rejected the government's plan": no state named before, so the bare sector,
                # whose state the event's place or the other party gives, as for "pemerintah", "the authorities"
                out.append(replace(m, code=SECTOR_CLASSES[cls], kind="sector"))
            continue
        if cls == "gov" and antecedent in same and antecedent.local_office:
            # (helper BP) "the government" after a town's or province's office of its sentence is not that office but
            # the state's government: "The mayor of Istanbul accused the government of corruption" (TURGOV both)
            out.append(replace(m, code=ActorCode(antecedent.code).country + "GOV", name=m.text))
            continue
        members = _coordination(antecedent, history, text, conj, position) if cls in PLURAL else [antecedent]
        if cls in TWO and len(members) < 2:
            members = _last_two(cls, history, text, places)
        elif cls == "group" and len(members) == 1 and antecedent.kind in PERSON_KINDS:
            # "Trump met Kim in Hanoi, where they agreed ...": "they" is no one person, but the persons just named
            members = _last_two("pair", [h for h in same if h.kind in PERSON_KINDS], text, places) or members
        if len(members) == 1 and cls in SUBJECT_CLASSES:
            # (helper BG) an anaphor that opens its sentence makes its antecedent that sentence's subject, for the
            # pronouns after it: "Sugiono met Penny Wong ... He said Indonesia would ... He also praised Australia"
            subjects.setdefault(sent, antecedent)
        for member in members:
            if not _compatible(cls, member):
                continue
            code = member.code
            parts = ActorCode(code)
            if cls in SECTOR_CLASSES and not parts.is_org:
                code = parts.head + SECTOR_CLASSES[cls]
            elif cls in ("state", "states"):
                code = parts.head
            out.append(replace(m, code=code, name=member.name))
    return out
