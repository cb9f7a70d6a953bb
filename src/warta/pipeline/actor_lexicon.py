"""Everything the actor finder matches, for one language, compiled into one Aho-Corasick automaton.

Sources: state names (``warta.knowledge.countries``), capitals, organisations and people
(``warta.knowledge``), and the language's own data: ``sectors.tsv``, ``titles.tsv``,
``sectors_phoenix.tsv`` (agent nouns derived from Phoenix.agents.txt by scripts/derive_actors.py),
``anaphora.tsv``, ``actor_links.tsv``, ``actor_modifiers.tsv`` and ``actor_name_stop.tsv`` under ``warta/lang/<code>/``.
Keys are folded (lower case, one apostrophe); each entry keeps its case rule and ``file:line``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import (
    CASES,
    canonical_names,
    capital_forms,
    sector_codes,
    state_codes,
    state_forms,
)
from warta.knowledge.organisations import organisations
from warta.knowledge.people import Person, people
from warta.lexicon.registry import available_languages, load_language, word_classes
from warta.pipeline.bounded import BoundedAutomaton
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["ANAPHOR_CLASSES", "KIND_RANK", "ActorLexicon", "Entry", "fold", "load_actor_lexicon"]

ANAPHOR_CLASSES = ("person", "official", "group", "state", "states", "pair", "pair_alone", "gov", "ministry", "org", "mil",
                   "forces", "speaker", "reported_speaker")
# When several entries share one span, the lowest rank wins.
KIND_RANK = {"block": 0, "person": 1, "igo": 2, "ngo": 2, "group": 2, "body": 2, "capital": 3,
             "country": 4, "demonym": 4, "title": 5, "sector": 6, "modifier": 7, "anaphor": 8}
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'"})


def fold(text: str) -> str:
    """Lower-case ``text`` keeping its length (so offsets stay valid) and unify apostrophes."""
    text = text.translate(_APOSTROPHES)
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry as matched: what kind of actor word, its code, how to check case."""

    kind: str  # see KIND_RANK
    code: str  # state/actor code, sector code for sector/title ("" for honorifics), "" otherwise
    name: str  # English canonical name; anaphor class; modifier effect
    form: str
    case: str  # exact | cap | any
    where: str
    person: Person | None = None
    requires: tuple[str, ...] = ()  # codes one of which must be named elsewhere in the text

    def case_ok(self, surface: str) -> bool:
        if self.case == "any":
            return True
        if surface == self.form:
            return True
        if self.case == "exact":
            return surface.translate(_APOSTROPHES) == self.form.translate(_APOSTROPHES)
        return all(not f.isupper() or s.isupper() for f, s in zip(self.form, surface, strict=False))


@dataclass(frozen=True, slots=True)
class ActorLexicon:
    lang: str
    automaton: BoundedAutomaton[tuple[Entry, ...]]  # folded forms, found where a word may begin and end
    links: dict[str, frozenset[str]]  # folded link text ("" = adjacent) -> orders
    head_first: bool  # in a run of sector words, the first one is the head ("juru bicara kementerian")
    name_stop: frozenset[str]  # folded words that never start a name after a title
    name_connectors: tuple[str, ...]  # lower-case words that may join capitalised words of one name
    size: int
    name_particles: tuple[str, ...] = ()  # lower-case words inside a personal name ("bin", "van"; "al-" + a word)
    name_clitics: tuple[str, ...] = ()  # clitics written onto a name with an apostrophe, left out of it ("'s")
    led_by: frozenset[str] = frozenset()  # folded words between a group and its leader's name ("pimpinan", "led by")
    place_nouns: frozenset[str] = frozenset()  # folded nouns between an office and its place ("Pemerintah Kota Bandung")
    verbs: frozenset[str] = frozenset()  # folded verb forms of the language's triggers ("arrested", "menangkap")
    function_words: frozenset[str] = frozenset()  # folded one-word cues of the language (prepositions, conjunctions)
    group_heads: frozenset[str] = frozenset()  # folded nouns that head a group's description ("group", "kelompok")
    thing_heads: frozenset[str] = frozenset()  # folded words opening the name of a law, bill or decree ("RUU Pilkada")
    backers: tuple[str, ...] = ()  # participles written onto an actor with "-" that make it a backer of the noun after
    office_fields: frozenset[str] = frozenset()  # folded fields of an office between a state and its noun ("tax")
    accords: frozenset[str] = frozenset()  # folded nouns of an accord (word class accord_noun): a capital naming one
    civic_heads: frozenset[str] = frozenset()  # (helper DL) folded last words of a body of civil society ("Foundation")


def _lang_rows(lang: str, name: str, required: list[str], optional: list[str], allowed=None):
    try:
        path = resource_path(f"warta.lang.{lang}", name)
    except ModuleNotFoundError:  # a language with no data folder: names of states only
        return []
    if not path.exists():
        return []
    return list(read_tsv(path, required, optional, allowed))


PEOPLE_SECTOR = "CVL"  # a state's people named by a plural people word ("Palestinians", "Russians")


def _entries(lang: str) -> list[Entry]:
    names = canonical_names()
    out: list[Entry] = []
    for f in state_forms(lang):
        kind = "block" if f.kind == "block" else "country"
        code = "" if kind == "block" else f.code + PEOPLE_SECTOR if f.kind == "people" else f.code  # "Palestinians"
        out.append(Entry(kind, code, names.get(f.code, f.code), f.form, f.case, f.where, requires=f.requires))
    for f in capital_forms(lang):
        out.append(Entry("capital", f.code, names.get(ActorCode(f.code).head, f.code), f.form, f.case, f.where))
    for org in organisations():
        if org.lang in ("*", lang):
            for form, case in org.forms:
                out.append(Entry(org.kind, org.code, org.name, form, case, org.where, requires=org.requires))
    for p in people():
        where = p.roles[0].where
        for form, case in p.forms + p.short:
            out.append(Entry("person", "", p.name, form, case, where, p))
    sectors = sector_codes()
    own: set[str] = set()
    for fname, kind in (("sectors.tsv", "sector"), ("titles.tsv", "title"), ("sectors_phoenix.tsv", "sector")):
        for r in _lang_rows(lang, fname, ["form", "sector"], ["case", "note"], {"case": CASES}):
            if fname == "sectors_phoenix.tsv" and fold(r["form"]) in own:
                continue  # derived agent nouns never override our own rows
            own.add(fold(r["form"]))
            if r["sector"] == "!":  # a sector word qualifying a noun ("bantuan militer"): no actor at all
                out.append(Entry("block", "", "", r["form"], r.get("case") or "any", r.where))
                continue
            code = "" if r["sector"] == "-" else r["sector"]
            if local_code(code):
                # a title or body of one state only ("Letkol", "Kemenkum": IDNMIL, IDNGOV) names that state's organ,
                # as an organisations.tsv body does, whatever the sentence names around it
                out.append(Entry("body", code, r.get("note") or r["form"], r["form"], r.get("case") or "any", r.where))
                continue
            if code and code not in sectors:
                raise LexiconError(f"{r.where}: unknown sector {code!r}")
            out.append(Entry(kind, code, code, r["form"], r.get("case") or "any", r.where))
    for r in _lang_rows(lang, "anaphora.tsv", ["form", "refers_to"], ["case", "note"],
                        {"refers_to": ANAPHOR_CLASSES, "case": CASES}):
        out.append(Entry("anaphor", "", r["refers_to"], r["form"], r.get("case") or "any", r.where))
    for r in _lang_rows(lang, "actor_modifiers.tsv", ["form", "effect"], ["note"], {"effect": ("former", "stance", "sport", "initials")}):
        out.append(Entry("modifier", "", r["effect"], r["form"], "any", r.where))
    return out


def local_code(code: str) -> bool:
    """A state's code and one of its sectors ("IDNCOP"): the sector column of sectors.tsv and titles.tsv names a
    title or body that only one state has (GUIDELINES "Actor codes")."""
    c = ActorCode(code)
    return c.head in state_codes() and len(c.sectors) == 1 and c.first_sector in sector_codes()


@lru_cache(maxsize=8)
def load_actor_lexicon(lang: str) -> ActorLexicon:
    """Build (once per language and process) the automaton over every actor form."""
    table: dict[str, list[Entry]] = {}
    for e in _entries(lang):
        key = fold(e.form)
        if not key.strip():
            continue
        bucket = table.setdefault(key, [])
        if not any(b.kind == e.kind and b.code == e.code and b.name == e.name and b.case == e.case for b in bucket):
            bucket.append(e)
    for bucket in table.values():
        bucket.sort(key=lambda b: (bool(b.requires), KIND_RANK[b.kind]))  # a contextual reading after the plain one
    auto = BoundedAutomaton(((key, tuple(bucket)) for key, bucket in table.items()), strict=False)
    links: dict[str, set[str]] = {}
    for r in _lang_rows(lang, "actor_links.tsv", ["link", "order"], ["note"],
                        {"order": ("sector_state", "state_sector", "coordination")}):
        key = "" if r["link"] == "-" else fold(r["link"])
        links.setdefault(key, set()).add(r["order"])
    head_first = "sector_state" in links.get("", set())
    rows = _lang_rows(lang, "actor_name_stop.tsv", ["word", "role"], ["note"],
                      {"role": ("stop", "connector", "particle", "thing")})
    stop = frozenset(fold(r["word"]) for r in rows if r["role"] == "stop")
    conns = tuple(r["word"] for r in rows if r["role"] == "connector")
    particles = tuple(r["word"] for r in rows if r["role"] == "particle")
    classes = word_classes(lang) if lang in available_languages() else {}
    name_clitics = [c for c in classes.get("clitic", ()) if not c[:1].isalnum()]
    return ActorLexicon(lang, auto, {k: frozenset(v) for k, v in links.items()}, head_first, stop, conns, len(table),
                        particles, tuple(sorted(name_clitics, key=lambda c: (-len(c), c))),
                        frozenset(fold(w) for w in classes.get("led_by", ())),
                        frozenset(fold(w) for w in classes.get("place_noun", ())), _trigger_verbs(lang), _cue_words(lang),
                        frozenset(fold(w) for w in classes.get("group_head", ())),
                        frozenset(fold(r["word"]) for r in rows if r["role"] == "thing"),
                        tuple(sorted(fold(w) for w in classes.get("backer", ()))),
                        frozenset(fold(w) for w in classes.get("office_field", ())),
                        frozenset(fold(w) for w in classes.get("accord_noun", ())),
                        frozenset(fold(w) for w in classes.get("civic_head", ())))


def _cue_words(lang: str) -> frozenset[str]:
    """The one-word cues of the language (lang/<code>/cues.tsv: prepositions, conjunctions, negation ...)."""
    if lang not in available_languages():
        return frozenset()
    return frozenset(fold(c) for c in load_language(lang).cues if " " not in c)


def _trigger_verbs(lang: str) -> frozenset[str]:
    """The one-word verb forms (active, passive, past, and bare roots, which may be verbs: "Pemerintah minta Bank
    Indonesia ...") of the language's triggers: a word that acts between a sector noun and a name is no qualifier
    of the name ("police arrested James Okafor")."""
    if lang not in available_languages():
        return frozenset()
    return frozenset(fold(form) for e in load_language(lang).triggers for position in e.voices
                     for form, voice in position if voice in ("active", "passive", "past", "lit") and " " not in form)
