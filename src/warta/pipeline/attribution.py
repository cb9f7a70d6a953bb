"""Who the text says asserts an event: reporting verbs, "menurut"/"according to", unnamed sources.

Patterns (cue kinds from the language's ``cues.tsv``):
- ``X mengatakan (bahwa) CLAUSE`` / ``X said (that) CLAUSE``: speaker left of the verb, scope right of it;
- ``CLAUSE, kata X`` / ``CLAUSE, X said``: speaker next to the verb, scope left of it;
- ``menurut X, CLAUSE`` / ``according to X``: speaker right after the cue, scope the sentence;
- an unnamed speaker ("salah satu orang tersebut", "sumber", "officials who declined to be named")
  or an unresolved pronoun gives ``ANON``; "dilaporkan"/"reportedly" with no speaker gives ``ANON``.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.pipeline.analysis import ActorSlot, SentenceView
from warta.pipeline.roles import subject_of
from warta.pipeline.triggers import TriggerMatch

__all__ = ["Attribution", "find_attribution"]

SPEAKER_WINDOW = 5


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
    if j < view.n and view.actor_at(j) is not None:
        return True  # "said Russia attacked ..."
    # "said on Monday that ...": a complementizer after a short time or place phrase
    return any(view.has(x, "complementizer") for x in range(j, min(view.n, j + 6)))


def find_attribution(view: SentenceView, m: TriggerMatch) -> Attribution | None:
    # reporting verb before the trigger: "X mengatakan bahwa ...", "X said (that) ..."
    for k in range(m.start - 1, -1, -1):
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
    for k in range(m.end, view.n):
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
    for k in range(max(0, m.start - 3), m.start):
        if view.kinds(k) & {"allegedly"}:  # "Pyongyang allegedly torpedoed": this act only
            return Attribution(None, (k, k + view.cues[k][1]), k)
    for k in range(view.n):
        if view.kinds(k) & {"reported"}:
            return Attribution(None, (k, k + view.cues[k][1]), k)
    return None
