"""Who the text says asserts an event: reporting verbs, "menurut"/"according to", unnamed sources.

Patterns (cue kinds from the language's ``cues.tsv``):
- ``X mengatakan (bahwa) CLAUSE`` / ``X said (that) CLAUSE``: speaker left of the verb, scope right of it;
- ``CLAUSE, kata X`` / ``CLAUSE, X said``: speaker next to the verb, scope left of it;
- ``menurut X, CLAUSE`` / ``according to X``: speaker right after the cue, scope the sentence;
- an unnamed speaker ("salah satu orang tersebut", "sumber", "officials who declined to be named")
  or an unresolved pronoun gives ``ANON``; "dilaporkan"/"reportedly" with no speaker gives ``ANON``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.event_types import event_types
from warta.model import Claim, Event, SentenceRef, Span
from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.roles import subject_of
from warta.pipeline.triggers import TriggerMatch

__all__ = ["Attribution", "accusation_of", "denied_reports", "find_attribution"]

SPEAKER_WINDOW = 5
ACCUSED_WINDOW = 8  # tokens from an accusation's verb to the act it charges


@dataclass(frozen=True, slots=True)
class Attribution:
    speaker: ActorSlot | None
    anon_span: tuple[int, int] | None  # token span of an unnamed source
    cue: int  # token index of the reporting cue


def _anon_near(view: SentenceView, start: int, stop: int) -> tuple[int, int] | None:
    for k in range(max(0, start), min(view.n, stop)):
        cue = view.cues.get(k)
        if cue and "anon" in cue[0]:
            return (k, k + cue[1])
    return None


def _speaker_left(view: SentenceView, k: int) -> ActorSlot | None:
    for slot in reversed(view.actors):
        if slot.end <= k:
            return slot if k - slot.end <= SPEAKER_WINDOW + 6 else None
    return None


def _speaker_right(view: SentenceView, k: int) -> ActorSlot | None:
    for slot in view.actors:
        if slot.start > k:
            return slot if slot.start - k <= SPEAKER_WINDOW else None
    return None


def _opens_clause(view: SentenceView, k: int) -> bool:
    """A reporting verb before the trigger reports it only when a clause follows it: "said (that) Russia ..."
    — not "Novak said following a meeting ..." (the quote before it is what was said)."""
    if "say_before" in view.kinds(k):
        return True
    j = k + 1
    while j < view.n and view.low[j] in {",", ":"}:
        j += 1
    d = j
    while d < view.n and d < j + 2 and view.has(d, "determiner") and view.actor_at(d) is None:
        d += 1  # (helper DM) "said the Russian missile strike ... was a war crime": a party after its determiner
    if d < view.n and view.actor_at(d) is not None:
        return True  # "said Russia attacked ..."
    # "said on Monday that ...": a complementizer after a short time or place phrase
    return view.any_kind("complementizer", j, min(view.n, j + 6))


def accusation_of(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch]) -> Attribution | None:
    """"AS menuduh China membantu Rusia", "Britain blamed Iran for attacking ...": the act charged by an
    accusation is claimed by the accuser, not stated by the reporter. The accusation's verb stands before
    the act in the same clause, with the accused (an actor) or a complementizer between them."""
    for n in reversed(matches):
        if n is m or n.end > m.start or not event_types().has(n.entry.type, "charges"):
            continue
        if m.start - n.end > ACCUSED_WINDOW:
            return None
        gap = range(n.end, m.start)
        if any(view.is_punct(k) or view.kinds(k) & {"say_before", "say_after", "according_to"} for k in gap):
            return None
        if m.voice == "passive" or view.any_kind("passive_aux", n.end, m.start):
            return None  # "lyrics denouncing China have been jailed": a main clause of its own
        last = max((k for k in gap if view.actor_at(k) is not None or view.has(k, "complementizer")), default=None)
        if last is None or m.start - last > 3:
            return None  # the charged act follows the accused: "of (secretly) helping", "(telah) membantu"
        accuser = subject_of(view, n)
        return Attribution(accuser[0], None, n.start) if accuser else None
    return None


def find_attribution(view: SentenceView, m: TriggerMatch, matches: list[TriggerMatch] = ()) -> Attribution | None:
    accused = accusation_of(view, m, list(matches)) if not event_types().has(m.entry.type, "charges") else None
    if accused is not None:
        return accused
    # reporting verb before the trigger: "X mengatakan bahwa ...", "X said (that) ..." (each walk below acts only on
    # words with a cue kind: it skips the others)
    for k in reversed(view.cued(0, m.start)):
        kinds = view.kinds(k)
        if kinds & {"say_before", "say_after"} and not view.has(k - 1, "purpose") and _opens_clause(view, k):
            anon = _anon_near(view, max(0, k - 6), k)
            speaker = subject_of(view, TriggerMatch(None, k, k + 1, "active"))  # type: ignore[arg-type]
            speaker = speaker[0] if speaker else _speaker_left(view, k)
            if anon and (speaker is None or speaker.end <= anon[0]):
                return Attribution(None, anon, k)
            if speaker is not None:
                return Attribution(speaker, None, k)
            return Attribution(None, (max(0, k - 1), k), k)  # "He says ...": an unnamed or unresolved speaker
        if "according_to" in kinds:
            speaker = _speaker_right(view, k)
            anon = _anon_near(view, k + 1, k + 1 + SPEAKER_WINDOW)
            if speaker is not None and (anon is None or speaker.start <= anon[0]):
                return Attribution(speaker, None, k)
            return Attribution(None, anon or (k, k + 1), k)
    # reporting verb after the trigger: "..., kata X", "..., X said", "menurut X" at the end
    for k in view.cued(m.end, view.n):
        kinds = view.kinds(k)
        if kinds & {"say_after", "according_to"} or (kinds & {"say_before"} and view.low[k - 1] in {",", '"', "”"}):
            after_comma = k > 0 and (view.low[k - 1] in {",", '"', "”", "’", "'"} or view.actor_at(k - 1) is not None)
            unnamed = _anon_near(view, max(m.end, k - 4), k)  # "..., sources said", "..., officials said"
            if not after_comma and not unnamed and "according_to" not in kinds:
                continue
            left = view.actor_at(k - 1)
            if left is not None and left.start >= m.end:
                return Attribution(left, None, k)
            if unnamed and left is None:
                return Attribution(None, unnamed, k)
            speaker = _speaker_right(view, k)
            anon = _anon_near(view, k + 1, k + 1 + SPEAKER_WINDOW)
            if anon and (speaker is None or anon[0] < speaker.start):
                return Attribution(None, anon, k)
            if speaker is not None:
                return Attribution(speaker, None, k)
            return Attribution(None, (k, k + 1), k)
    for k in view.cued(max(0, m.start - 3), m.start):
        if view.kinds(k) & {"allegedly"}:  # "Pyongyang allegedly torpedoed": this act only
            return Attribution(None, (k, k + view.cues[k][1]), k)
    for k in view.cued(0, view.n):
        if view.kinds(k) & {"reported"}:
            return Attribution(None, (k, k + view.cues[k][1]), k)
    return None


def denied_reports(view: SentenceView, prior: list[Event], claim_of: Callable[[ActorSlot], Claim | None]) -> list[Event]:
    """"Rusia membantah laporan tersebut", "Moscow denied the report": a denial of a report or an accusation
    named before denies the act it reported — the last earlier act that somebody other than the denier
    claimed — and is coded as that act, negated and claimed by the denier (``claim_of`` names him)."""
    out: list[Event] = []
    for k in range(view.n):
        if not view.has(k, "deny"):
            continue
        j = k + view.cues[k][1]
        definite = False
        while j < view.n and view.kinds(j) & {"determiner", "definite"}:
            definite = definite or view.has(j, "definite")
            j += 1
        if not view.is_word(j, "report_noun") or not (definite or view.has(j + 1, "definite")):
            continue
        speaker = subject_of(view, TriggerMatch(None, k, k + 1, "active"))  # type: ignore[arg-type]
        claim = claim_of(speaker[0]) if speaker else None
        if claim is None:
            continue
        earlier = next((e for e in reversed(prior) if e.claimed_by is not None and not e.negated
                        and ActorCode(e.claimed_by.code).head != ActorCode(claim.code).head), None)  # fmt: skip
        if earlier is None:
            continue
        tokens, s = view.tokens, view.sentence
        end = j + 1 if view.has(j + 1, "definite") else j
        a, b = tokens[k].start, tokens[end].end
        out.append(replace(
            earlier, negated=True, claimed_by=claim, trigger=Span(s.text[a - s.start : b - s.start], a, b),
            sentence=SentenceRef(s.index, s.start, s.end, s.text), lexicon=(*earlier.lexicon, "rule:report-denial"),
        ))
    return out
