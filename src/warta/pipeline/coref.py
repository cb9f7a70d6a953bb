"""Coreference inside an article: anaphors ("mereka", "pihaknya", "negara itu", "he", "the ministry")
take the code of the most recent compatible actor mentioned before them.

The actor finder marks anaphors with ``kind="anaphor"`` and the class they refer to in
``name`` (person, group, state, gov, org, mil); resolution is language-neutral.
"""

from __future__ import annotations

from dataclasses import replace

from warta.knowledge.countries import sector_codes
from warta.model import ActorMention

__all__ = ["resolve_anaphora"]

SECTOR_CLASSES = {"gov": "GOV", "mil": "MIL"}
PERSON_KINDS = frozenset({"leader", "title", "name"})
STATE_KINDS = frozenset({"country", "capital"})


def _sentence_of(offset: int, starts: list[int]) -> int:
    from bisect import bisect_right

    return bisect_right(starts, offset) - 1


def _compatible(cls: str, m: ActorMention) -> bool:
    if cls == "person":
        return m.kind in PERSON_KINDS or (m.kind == "sector" and m.code.endswith("GOV"))
    if cls in ("state", "gov", "mil"):
        return len(m.code) >= 3 and m.code[:3] not in sector_codes() and not m.code.startswith(("IGO", "NGO"))
    if cls == "org":
        return m.kind in ("igo", "ngo", "group", "sector") or m.code.endswith("GOV")
    return True  # group / anything


def resolve_anaphora(mentions: list[ActorMention], boundaries: list[int] | None = None) -> list[ActorMention]:
    """Resolve anaphors; ``boundaries`` (sentence start offsets) let a pronoun that opens a sentence
    prefer the previous sentence's subject (its first actor) over the last actor mentioned."""
    out: list[ActorMention] = []
    history: list[ActorMention] = []
    starts = sorted(boundaries or [])
    subjects: dict[int, ActorMention] = {}
    for m in sorted(mentions, key=lambda x: x.start):
        sent = _sentence_of(m.start, starts)
        if m.kind != "anaphor":
            out.append(m)
            if m.code and m.code not in sector_codes():
                history.append(m)
                subjects.setdefault(sent, m)
            continue
        cls = m.name or "group"
        same = [h for h in history if _sentence_of(h.start, starts) == sent]
        # a person pronoun inside the sentence refers to its subject ("Pompeo met Ri and said he would ...")
        order = same if cls == "person" else list(reversed(same))
        antecedent = next((h for h in order if _compatible(cls, h)), None)
        if antecedent is None and sent - 1 in subjects and _compatible(cls, subjects[sent - 1]):
            antecedent = subjects[sent - 1]
        if antecedent is None:
            antecedent = next((h for h in reversed(history[-12:]) if _compatible(cls, h)), None)
        if antecedent is None:
            continue
        code = antecedent.code
        if cls in SECTOR_CLASSES and not code.startswith(("IGO", "NGO")):
            code = code[:3] + SECTOR_CLASSES[cls]
        elif cls == "state":
            code = code[:3]
        out.append(replace(m, code=code, name=antecedent.name))
    return out
