"""Roles from structure: an event's source and target read off a dependency parse through the frame
table (``knowledge/frames.tsv``), the same few rules for every trigger.

A relation in the table names a UD relation of the trigger's head (``nsubj``, ``obj``, ``nsubj:pass``,
``nmod:poss``), optionally with the cue kind of its case marker (``obl:prep_target``: an oblique behind
"ke/kepada/to/against"; ``nmod:bare``: a genitive with none). A path walks further: ``obj/nmod:prep_place``
is a modifier of the trigger's object ("menyerukan pemilu di Venezuela"); ``^obj/nsubj`` is the subject of
the verb whose object the trigger is, when that verb is no trigger itself ("menyalurkan pinjaman kepada
Kenya", "used chemical weapons against civilians"). The dependent stands for the actor it heads, or the
first actor inside its phrase, with its conjuncts ("Rusia, China dan Iran"). A verb with no subject of its
own takes its controller's (the governor's object, else its subject: "bersedia menarik", "urged Iran to
release"), its coordinated verb's, or the noun its relative or adjectival clause hangs from.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, partial

from warta.knowledge.actor_code import ActorCode
from warta.lexicon.registry import FRAMES
from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.syntax import ROOT, Parse
from warta.pipeline.triggers import TriggerMatch
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["VOICES", "FrameRow", "frames", "in_setting", "may_name_target", "parse_roles", "parse_voice", "trigger_head"]

VOICES = frozenset({"active", "passive", "noun"})
# relations inside a phrase that keep its referent: "the Nigerian army", "Presiden Prabowo" (not "laporan
# Mueller", a report, nor "kantor pemerintah", an office)
SAME_REFERENT = frozenset({"compound", "flat", "amod", "nummod", "det", "appos", "nmod:poss"})
UD_SUBTYPES = frozenset({"pass", "agent", "poss", "tmod", "npmod"})
SETTING = frozenset({"prep_topic", "prep_place"})  # case markers of what is spoken of, of a setting


@dataclass(frozen=True, slots=True)
class FrameRow:
    source: tuple[str, ...]
    target: tuple[str, ...]
    where: str


@cache
def frames() -> dict[tuple[str, str], FrameRow]:
    out: dict[tuple[str, str], FrameRow] = {}
    for row in read_tsv(resource_path("warta.knowledge", "frames.tsv"), ["frame", "voice", "source"], ["target"],
                        allowed={"frame": FRAMES, "voice": VOICES}):  # fmt: skip
        key = (row["frame"], row["voice"])
        if key in out:
            raise LexiconError(f"{row.where}: duplicate frame and voice {key}")
        out[key] = FrameRow(tuple(row["source"].split()), tuple(row.get("target").split()), row.where)
    return out


def trigger_head(parse: Parse, m: TriggerMatch) -> int:
    """The token of a (multi-word) trigger whose head lies outside it."""
    for i in range(m.start, min(m.end, len(parse))):
        if parse.heads[i] == ROOT or not m.start <= parse.heads[i] < m.end:
            return i
    return m.start


def _voice(view: SentenceView, parse: Parse, m: TriggerMatch, head: int) -> str:
    # a past form the tagger reads as a participle (Voice=Pass) is active with a subject or an object of its own:
    # "The French president, speaking after talks ..., criticised Hungary", "... and criticised Hungary"
    if m.voice == "noun" or (m.voice == "lit" and parse.upos[head] in ("NOUN", "PROPN")):
        return "noun"
    # (helper DU) a "by" phrase the parser hangs on a finite verb with a subject of its own belongs to the noun
    # before it: "Cuban officials complained of harassment by American diplomats" is active
    agent = parse.dependents(head, "obl:agent") and not (
        "VerbForm=Fin" in parse.feats[head] and parse.dependents(head, "nsubj"))
    if m.voice == "passive" or parse.dependents(head, "nsubj:pass", "aux:pass") or agent \
            or ("Voice=Pass" in parse.feats[head] and not parse.dependents(head, "nsubj", "obj")):
        return "passive"
    return "active"


def _markers(view: SentenceView, parse: Parse, i: int) -> frozenset[str]:
    kinds: frozenset[str] = frozenset()
    for c in parse.dependents(i, "case"):
        kinds |= view.kinds(c)
    return kinds


def _fits(view: SentenceView, parse: Parse, i: int, spec: str) -> bool:
    rel = parse.deprels[i]
    base, _, sub = spec.partition(":")
    if not sub or sub in UD_SUBTYPES:
        return rel == spec
    if rel.split(":", 1)[0] != base:
        return False
    markers = _markers(view, parse, i)
    return not markers if sub == "bare" else sub in markers


def _dependents(view: SentenceView, parse: Parse, m: TriggerMatch, head: int, spec: str) -> list[int]:
    """Dependents of the trigger's tokens that fit ``spec`` (a relation, or a path of them: ``obj/nmod:bare``
    below the trigger, ``^obj/nsubj`` beside it under its governor); a target behind a preposition may also
    hang from the trigger's object ("mengirim pasukan ke Rusia": "ke Rusia" under "pasukan")."""
    span = range(m.start, min(m.end, len(parse)))
    if spec.startswith("^"):
        up, _, rest = spec[1:].partition("/")
        gov = parse.heads[head]
        if gov == ROOT or gov in view.trigger_starts or not _fits(view, parse, head, up):
            return []  # "condemned the invasion of Ukraine": the object of another act is its content
        return [c for c in parse.children(gov) if c not in span and _fits(view, parse, c, rest)]
    first, *steps = spec.split("/")
    found = [c for t in span for c in parse.children(t) if c not in span and _fits(view, parse, c, first)]
    for step in steps:
        found = [c for f in found for c in parse.children(f) if _fits(view, parse, c, step)]
    if not found and not steps and ":prep_" in spec:
        for obj in (c for t in span for c in parse.dependents(t, "obj")):
            found += [c for c in parse.children(obj) if _fits(view, parse, c, spec)]
    return sorted(found)


def _actors(view: SentenceView, parse: Parse, i: int) -> list[ActorSlot]:
    """The actor a dependent stands for, with those of its conjuncts; a bare sector noun gives way to the
    actor its apposition names ("the leader, Kim Jong Un, ...", "pemimpin itu, Kim Jong Un, ...")."""
    out: list[ActorSlot] = []
    for j in (i, *parse.dependents(i, "conj")):
        slot = _named(view, parse, j)
        if slot is not None and (not slot.code or ActorCode(slot.code).is_sector):
            named = [a for a in map(partial(_named, view, parse), parse.dependents(j, "appos"))
                     if a is not None and a.code and not ActorCode(a.code).is_sector]
            slot = named[0] if named else slot
        if slot is not None and slot not in out:
            out.append(slot)
    return out


def _named(view: SentenceView, parse: Parse, j: int) -> ActorSlot | None:
    """The actor at token ``j``, or the first inside its phrase that names the same referent."""
    slot = view.actor_at(j)
    stack = [c for c in reversed(parse.children(j)) if _same_referent(parse, c)]
    while stack and slot is None:
        k = stack.pop()
        slot = view.actor_at(k)
        stack.extend(c for c in reversed(parse.children(k)) if _same_referent(parse, c))
    return slot


def _same_referent(parse: Parse, i: int) -> bool:
    rel = parse.deprels[i]
    return rel in SAME_REFERENT or rel.split(":", 1)[0] in SAME_REFERENT


def _first(view: SentenceView, parse: Parse, m: TriggerMatch, head: int, specs: tuple[str, ...]) -> list[ActorSlot]:
    for spec in specs:
        for i in _dependents(view, parse, m, head, spec):
            slots = _actors(view, parse, i)
            if slots:
                return slots
    return []


def _inherited_subject(view: SentenceView, parse: Parse, head: int) -> list[ActorSlot]:
    """No subject of its own: the controller of a complement or adverbial clause (its governor's object if
    that names an actor, else its subject), the subject of the verb it is coordinated with, the noun its
    relative or adjectival clause modifies."""
    rel, gov = parse.deprels[head], parse.heads[head]
    if gov == ROOT:
        return []
    base = rel.split(":", 1)[0]
    if base == "acl":  # "musisi yang mengecam", "mendesak Myanmar membuka akses": the noun it modifies
        return _actors(view, parse, gov)
    if base not in ("xcomp", "ccomp", "advcl", "conj"):
        return []
    if parse.dependents(head, "nsubj", "csubj"):
        return []  # a clause with a subject of its own that names no actor ("bahwa pasukan itu ...")
    if base != "conj":
        for o in parse.dependents(gov, "obj"):
            slots = _actors(view, parse, o)
            if slots:
                return slots
    for s in parse.dependents(gov, "nsubj"):
        slots = _actors(view, parse, s)
        if slots:
            return slots
    return _inherited_subject(view, parse, gov)


def in_setting(view: SentenceView, m: TriggerMatch) -> bool:
    """The words before the trigger make it what is spoken of or a setting ("mengenai pengiriman pasukan",
    "amid protests"): the parse gives it no roles, so the coder need not parse for it."""
    return bool(view.prep_before_token(m.start) & SETTING) or view.has(m.start - 1, "backdrop")


@cache
def _target_markers(frame: str, voice: str) -> frozenset[str] | None:
    """The case-marker kinds of which a target of this frame row needs one (``obl:prep_target`` needs a
    "prep_target" word); None when one of its target relations needs no marker (``obj``, ``nmod:bare``)."""
    row = frames().get((frame, voice))
    kinds: set[str] = set()
    for spec in row.target if row is not None else ():
        sub = spec.rsplit("/", 1)[-1].partition(":")[2]
        if not sub or sub in UD_SUBTYPES or sub == "bare":
            return None
        kinds.add(sub)
    return frozenset(kinds)


def may_name_target(view: SentenceView, m: TriggerMatch) -> bool:
    """Whether a parse could give the trigger a target, decided without parsing: a nominal trigger (its voice
    is "noun" whatever the parse) of a frame whose noun row reaches its target only through case markers
    ("tuduhan terhadap Kavanaugh") gets none in a sentence with no word of those kinds. A mutual act pairs
    its sources among themselves, so it may always get one."""
    if m.voice != "noun" or m.entry.frame == "mutual":
        return True
    kinds = _target_markers(m.entry.frame, "noun")
    return kinds is None or any(not kinds.isdisjoint(view.kinds(i)) for i in range(view.n))


def parse_voice(view: SentenceView, parse: Parse, m: TriggerMatch) -> str:
    """The voice of the frame row the parse reads the trigger's roles by: active, passive or noun."""
    return _voice(view, parse, m, trigger_head(parse, m)) if len(parse) == view.n and m.start < len(parse) else ""


def parse_roles(view: SentenceView, parse: Parse, m: TriggerMatch) -> list[tuple[ActorSlot, ActorSlot | None]]:
    """Source/target pairs of a trigger from the parse and its frame row; [] when the parse names no source."""
    if len(parse) != view.n or m.start >= len(parse):
        return []
    head = trigger_head(parse, m)
    if _markers(view, parse, head) & SETTING or in_setting(view, m):
        return []  # "bungkam mengenai pengiriman pasukan", "amid protests": what is spoken of, a setting
    voice = _voice(view, parse, m, head)
    row = frames().get((m.entry.frame, voice))
    if row is None:
        return []
    sources = _first(view, parse, m, head, row.source)
    if not sources and voice == "active":
        sources = _inherited_subject(view, parse, head)
    targets = [t for t in _first(view, parse, m, head, row.target) if t not in sources]
    if not targets and voice == "passive" and sources:  # "nelayan yang ditangkap pasukan Cina": the patient
        targets = [t for t in _inherited_subject(view, parse, head) if t not in sources]
    if m.entry.frame == "mutual":
        if targets:
            pairs = [(a, b) for a in sources for b in targets if a.code != b.code]
            return pairs + [(b, a) for a, b in pairs]
        return [(a, b) for a in sources for b in sources if a is not b and a.code != b.code]
    if not targets:
        return [(s, None) for s in sources]
    return [(s, t) for s in sources for t in targets if t.code != s.code]
