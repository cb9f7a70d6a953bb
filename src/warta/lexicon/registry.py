"""Load a language's data folder (``warta/lang/<code>/``) into typed, frozen slots.

The engine asks for ``load_language("id")`` and never names a language itself:
adding one means adding a folder with the same files.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path
from types import ModuleType

from warta.knowledge.ontology import PLOVER_TYPES, ontology
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["FRAMES", "WORD_CLASSES", "Language", "TriggerEntry", "abbreviations", "available_languages", "cue_kinds",
           "class_alternatives", "cue_words", "head_forms", "load_language", "name_cue_kinds", "trigger_files", "word_classes"]


@cache
def _cue_kind_rows() -> tuple[tuple[str, bool], ...]:
    """(kind, on_names) per row of knowledge/cue_kinds.tsv."""
    return tuple((r["kind"], r.get("on_names") == "yes") for r in read_tsv(
        resource_path("warta.knowledge", "cue_kinds.tsv"), ["kind", "meaning"], ["on_names"], allowed={"on_names": ("yes",)}))


@cache
def cue_kinds() -> frozenset[str]:
    """The kinds a function cue may have (knowledge/cue_kinds.tsv)."""
    return frozenset(kind for kind, _ in _cue_kind_rows())


@cache
def name_cue_kinds() -> frozenset[str]:
    """The cue kinds a capitalised name inside a sentence may carry (cue_kinds.tsv on_names: a tournament's, "SEA Games")."""
    return frozenset(kind for kind, on_names in _cue_kind_rows() if on_names)
FRAMES = frozenset({"agent", "mutual", "recv", "intrans", "theme", "direct", "away", "labelled", "verdict"})
# classes of plain words the engine asks about by name (lang/<code>/word_classes.tsv)
WORD_CLASSES = frozenset({"appeal_object", "counterpart", "drawing_act", "aux", "not_judged", "judged_act", "accident_noun", "failing_noun", "correlative", "place_noun",
                          "place_of", "unidentified", "motion_to", "possessive", "report_noun", "plan_noun", "plan_verb",
                          "clitic", "court_act", "arrest_act", "trade_noun", "protester", "pressure_noun", "outbreak",
                          "author_verb", "incident_noun", "owner", "reciprocal", "also", "export_noun", "copula",
                          "object_clitic", "response_noun", "mutual_topic", "led_by", "cease_verb", "own_move", "behest",
                          "weapon_noun", "weapon_qualifier", "damaged", "damage_cause", "located", "craft", "aspect", "harmed", "hazard", "including", "group_head", "state_measure",
                          "between_with", "content_opener", "backer", "civic_head", "passive_light", "comitative",
                          "comitative_with", "office_field", "contrast", "date_prep", "purpose_subject",
                          "complaint_about", "opposed_to", "litotes", "aim_verb", "goal_word",
                          "all_quantifier", "party_word", "origin", "inquiry_body", "reason_conj", "remembrance",
                          "onlooker", "pledge_verb",
                          "pose_verb", "stance_participle", "held_by", "accord_noun", "visitor",
                          "addressing_verb", "trip_purpose", "handover_verb", "news_report", "open_question",
                          "doubt_verb", "report_verb", "talks_setting", "gap_stop", "possessor_clitic",
                          "against_prefix", "foreign", "inquiry_question", "decision_verb", "summons",
                          "harm_noun", "channel", "addressee_prep", "beneficiary_prep", "authored_doc", "side_prep",
                          "topic_head", "topic_prep", "existential", "ing_preposition", "modified_head",
                          "naming", "venue_noun", "blame", "charge_label", "striker", "violated_norm", "owner_pronoun",
                          "participle_prep", "object_pronoun", "local_organ", "margin_unit", "bare_verb_stop", "bare_never",
                          "headline_future", "work_title"})
# (part X) pose_verb: a threat posed is a danger seen, not a threat made


@dataclass(frozen=True, slots=True)
class TriggerEntry:
    """One trigger lexicon row: a token pattern and what it codes."""

    id: str
    where: str  # file:line
    pattern: tuple[tuple[str, ...], ...]  # per position: alternatives (surface forms); () = gap
    voices: tuple[tuple[tuple[str, str], ...], ...]  # per position: (form, voice) pairs
    type: str
    cameo: str
    mode: str | None
    frame: str
    rank: int = 0  # the file's place: 0 = triggers.tsv (hand-written), then triggers_*.tsv in name order


@dataclass(frozen=True, slots=True)
class Language:
    code: str
    cues: dict[str, frozenset[str]]  # lower-case phrase -> kinds
    cue_widths: dict[str, tuple[int, ...]]  # first word of a cue -> the cue lengths starting with it, longest first
    triggers: tuple[TriggerEntry, ...]
    abbreviations: frozenset[str]
    settings: dict[str, str]
    word_classes: dict[str, frozenset[str]]  # class -> lower-case words ("aux" -> {"telah", "juga", ...})
    # voice -> the forms that head trigger entries in it ("past" -> {"killed", ...}): :func:`head_forms` of ``triggers``
    head_forms: dict[str, frozenset[str]] = field(default_factory=dict)


@cache
def available_languages() -> tuple[str, ...]:
    base = resources.files("warta.lang")
    return tuple(sorted(p.name for p in base.iterdir() if p.is_dir() and p.joinpath("triggers.tsv").is_file()))


def _expand(token: str, morph: ModuleType, affixes: tuple[str, ...]) -> dict[str, str]:
    forms: dict[str, str] = {}
    for alt in token.split("|"):
        if alt.startswith("<") and alt.endswith(">"):
            for form, voice in morph.surface_forms(alt[1:-1], affixes).items():
                forms.setdefault(form, voice)
        else:
            guess = getattr(morph, "guess_voice", None)
            voice = guess(alt) if guess else "lit"
            word = alt.lower().removesuffix("!v").removesuffix("!n")
            forms.setdefault(word, voice)
            # the language's forms of a written-out word (clitics, reduplicated plurals), if it has them
            for form in getattr(morph, "literal_forms", lambda w: ())(word):
                forms.setdefault(form, voice)
    return forms


def trigger_files(code: str) -> list[Path]:
    """The language's trigger files: ``triggers.tsv`` first, then ``triggers_*.tsv`` (derived or thematic
    vocabularies) in name order.  Ids are unique across all of them."""
    folder = resource_path(f"warta.lang.{code}", "triggers.tsv").parent
    return [folder / "triggers.tsv", *sorted(folder.glob("triggers_*.tsv"))]


def _load_triggers(code: str, morph: ModuleType) -> tuple[TriggerEntry, ...]:
    onto = ontology()
    seen: set[str] = set()
    entries = []
    classes = _load_word_classes(code)
    for rank, path in enumerate(trigger_files(code)):
        entries.extend(_load_trigger_file(path, morph, onto, seen, rank, classes))
    return tuple(entries)


def class_alternatives(pattern: str, classes: dict[str, frozenset[str]], where: str = "") -> str:
    """(helper CT) A pattern with each alternative ``@name`` replaced by the words of the word class ``name``
    (lang/<code>/word_classes.tsv; a word of several words joined with "_"), so that one general list serves several
    entries: ``said ~ ~ is|was ~ @blame``."""
    tokens = []
    for token in pattern.split():
        alts: list[str] = []
        for alt in token.split("|"):
            if not alt.startswith("@"):
                alts.append(alt)
            elif alt[1:] in classes and classes[alt[1:]]:
                alts.extend(sorted(w.replace(" ", "_") for w in classes[alt[1:]]))
            else:
                raise LexiconError(f"{where}: no words in the word class {alt[1:]!r}")
        tokens.append("|".join(alts))
    return " ".join(tokens)


def _load_trigger_file(path: Path, morph: ModuleType, onto, seen: set[str], rank: int,
                       classes: dict[str, frozenset[str]] | None = None) -> list[TriggerEntry]:
    entries = []
    for row in read_tsv(
        path, ["id", "pattern", "type", "cameo", "frame"], ["mode", "affixes"],
        allowed={"type": PLOVER_TYPES, "frame": FRAMES},
    ):  # fmt: skip
        if row["id"] in seen:
            raise LexiconError(f"{row.where}: duplicate trigger id {row['id']!r}")
        seen.add(row["id"])
        if onto.get(row["cameo"]) is None:
            raise LexiconError(f"{row.where}: unknown CAMEO code {row['cameo']!r}")
        affixes = tuple(row.get("affixes").split()) or tuple(morph.DEFAULT_AFFIXES)
        pattern = class_alternatives(row["pattern"], classes or {}, row.where) if "@" in row["pattern"] else row["pattern"]
        entries.extend(_entry(row, variant, affixes, morph, rank) for variant in _variants(pattern))
    return entries


def _variants(pattern: str) -> list[list[str]]:
    """Expand alternatives written with "_" (several words: "meminta_maaf|minta_maaf") into plain patterns."""
    variants: list[list[str]] = [[]]
    for token in pattern.split():
        multi = [a for a in token.split("|") if "_" in a]
        single = [a for a in token.split("|") if "_" not in a]
        options = (["|".join(single)] if single else []) + [a.replace("_", " ") for a in multi]
        variants = [v + opt.split(" ") for v in variants for opt in options]
    return variants


@lru_cache(maxsize=65536)
def _position(token: str, morph: ModuleType, affixes: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """One pattern position's surface forms and (form, voice) pairs, shared by every entry that has it."""
    forms = _expand(token, morph, affixes)
    return tuple(forms), tuple(forms.items())


def _entry(row, tokens: list[str], affixes: tuple[str, ...], morph: ModuleType, rank: int = 0) -> TriggerEntry:
    pattern, voices = [], []
    for token in tokens:
        if token == "~":
            pattern.append(())
            voices.append(())
            continue
        try:
            forms, pairs = _position(token, morph, affixes)
        except KeyError as exc:
            raise LexiconError(f"{row.where}: unknown affix {exc}") from None
        pattern.append(forms)
        voices.append(pairs)
    if not pattern or pattern[0] == () or pattern[-1] == ():
        raise LexiconError(f"{row.where}: a pattern may not start or end with a gap")
    return TriggerEntry(row["id"], row.where, tuple(pattern), tuple(voices), row["type"], row["cameo"],
                        row.get("mode") or None, row["frame"], rank)  # fmt: skip


def head_forms(triggers: Iterable[TriggerEntry]) -> dict[str, frozenset[str]]:
    """The forms that head the trigger entries, by voice ("past" -> {"killed", "arrested", ...}): collected once per
    language (``Language.head_forms``) for the trigger matcher's past verbs and the anaphora words' verb test (DF)."""
    out: dict[str, set[str]] = {}
    for entry in triggers:
        for form, voice in entry.voices[0]:
            out.setdefault(voice, set()).add(form)
    return {voice: frozenset(forms) for voice, forms in out.items()}


def cue_words(cues: Mapping[str, Collection[str]], kind: str, single_words: bool = False) -> frozenset[str]:
    """The words of one cue kind (``Language.cues`` inverted: phrase -> kinds): every phrase of ``kind``, or with
    ``single_words`` only those of one word.  (helper DB, session 28: the one inversion the trigger matcher and the
    anaphora words share.)"""
    return frozenset(w for w, kinds in cues.items() if kind in kinds and not (single_words and " " in w))


def _load_cues(code: str) -> dict[str, frozenset[str]]:
    cues: dict[str, set[str]] = {}
    for row in read_tsv(resource_path(f"warta.lang.{code}", "cues.tsv"), ["form", "kind"], allowed={"kind": cue_kinds()}):
        cues.setdefault(row["form"].lower(), set()).add(row["kind"])
    return {k: frozenset(v) for k, v in cues.items()}


def _cue_widths(cues: dict[str, frozenset[str]]) -> dict[str, tuple[int, ...]]:
    widths: dict[str, set[int]] = {}
    for phrase in cues:
        words = phrase.split()
        widths.setdefault(words[0], set()).add(len(words))
    return {w: tuple(sorted(v, reverse=True)) for w, v in widths.items()}


def _load_lines(code: str, name: str) -> frozenset[str]:
    path = resource_path(f"warta.lang.{code}", name)
    if not path.is_file():
        return frozenset()
    lines = path.read_text(encoding="utf-8").splitlines()
    return frozenset(s.strip() for s in lines if s.strip() and not s.startswith("#"))


@cache
def abbreviations(code: str) -> frozenset[str]:
    """The language's abbreviations that do not end a sentence (read alone, without the rest of the language)."""
    return _load_lines(code, "abbreviations.txt")


@cache
def word_classes(code: str) -> dict[str, frozenset[str]]:
    """The language's word classes (read alone, without the rest of the language)."""
    return _load_word_classes(code)


def _load_word_classes(code: str) -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {c: set() for c in WORD_CLASSES}
    for row in read_tsv(resource_path(f"warta.lang.{code}", "word_classes.tsv"), ["form", "class"],
                        allowed={"class": WORD_CLASSES}):  # fmt: skip
        out[row["class"]].add(row["form"].lower())
    return {c: frozenset(v) for c, v in out.items()}


# parse_roles: "fallback" parses a sentence when the window finder names no target for a trigger and two
# actors could pair, and takes the parse's roles (pipeline/relations.py) when they name a target; "off" (the
# default of a language without a setting or a trained parser) never parses.  parse_max_tokens: a sentence longer
# than this many tokens is never parsed ("none": no limit); the parse costs time in proportion to its length.
# compound_head: "last" where a noun compound's head is its last noun (English "arms embargo")
# name_alone: which word of a full personal name news uses alone for the person later: "last" (English "Teodoro"),
# "first_last" where the given name is used too (Indonesian "Haris Azhar ... Haris")
# sector_again: how news names a group of people again by the head noun of its first mention: "definite_last", a word
# of cue kind definite before the last word of that mention (English "factory owners ... the owners"), "none" (helper BG)
SETTINGS = {"ambiguous_reading": ("verb", "context"), "parse_roles": ("off", "fallback"), "participle_suffix": ("none", "ing"),
            "compound_head": ("none", "last"), "name_alone": ("last", "first_last"),
            "sector_again": ("none", "definite_last")}
NUMERIC_SETTINGS = {"parse_max_tokens"}


def _load_settings(code: str) -> dict[str, str]:
    path = resource_path(f"warta.lang.{code}", "settings.tsv")
    out = {"ambiguous_reading": "context", "parse_roles": "off", "participle_suffix": "none", "parse_max_tokens": "none",
           "compound_head": "none", "name_alone": "last", "sector_again": "none"}
    for row in read_tsv(path, ["key", "value"]):
        numeric = row["key"] in NUMERIC_SETTINGS and (row["value"] == "none" or row["value"].isdigit())
        if not numeric and (row["key"] not in SETTINGS or row["value"] not in SETTINGS[row["key"]]):
            raise LexiconError(f"{row.where}: unknown setting {row['key']}={row['value']}")
        out[row["key"]] = row["value"]
    return out


@cache
def load_language(code: str) -> Language:
    if code not in available_languages():
        raise ValueError(f"unsupported language {code!r}; available: {', '.join(available_languages())}")
    morph = importlib.import_module(f"warta.lang.{code}.morphology")
    cues = _load_cues(code)
    triggers = _load_triggers(code, morph)
    return Language(
        code=code,
        cues=cues,
        cue_widths=_cue_widths(cues),
        triggers=triggers,
        abbreviations=abbreviations(code),
        settings=_load_settings(code),
        word_classes=word_classes(code),
        head_forms=head_forms(triggers),
    )
