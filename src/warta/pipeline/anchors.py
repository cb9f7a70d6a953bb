"""The where, when and how much of an event: the place, date and quantity mentions that belong to its
trigger's clause."""

from __future__ import annotations

from warta.knowledge.event_types import event_types
from warta.model import ActorRef, Place, PlaceMention, Quantity, QuantityMention, WhenMention
from warta.pipeline.analysis import SentenceView
from warta.pipeline.roles import left_bound, right_bound
from warta.pipeline.triggers import TriggerMatch

__all__ = ["location", "nearest_quantity", "token_index", "when"]



def nearest_quantity(view: SentenceView, m: TriggerMatch, quantities: list[QuantityMention]) -> Quantity | None:
    tokens = view.tokens
    lo = tokens[m.start].start
    hi_tok = right_bound(view, m.end)
    hi = tokens[hi_tok - 1].end if hi_tok > m.end else tokens[m.end - 1].end
    best = None
    for q in quantities:
        if lo <= q.start <= hi + 40 and q.start < (tokens[hi_tok].start if hi_tok < view.n else 10**12):
            best = q
            break
    return best.quantity if best else None


def location(view: SentenceView, m: TriggerMatch, places: list[PlaceMention], target: ActorRef | None) -> Place | None:
    """Where the act happened: a place behind "di/in/at" in the trigger's clause (up to the next comma), not
    inside a purpose clause ("... ke Rusia untuk bertempur di Kursk" does not place the sending); a visit
    takes place in the country or capital visited."""
    lo = left_bound(view, m.start)
    hi = m.end
    while hi < view.n and view.low[hi] not in (",", ";", ":") and not view.has(hi, "say_after"):
        hi += 1
    for p in places:
        k = token_index(view, p.start)
        if k is None or k < lo or k > hi:
            continue
        j = k - 1
        while j >= 0 and view.is_word(j, "place_noun"):
            j -= 1
        if view.has(j, "prep_place") and not any(view.has(x, "purpose") for x in range(m.end, k)):
            return p.place
    if target is not None and event_types().cameo_has(m.entry.cameo, "visit_to_target"):
        for p in places:
            if p.start == target.start:
                return p.place
    return None


def token_index(view: SentenceView, char: int) -> int | None:
    """The token covering article offset ``char`` (a binary search over the sentence's token offsets)."""
    return view.token_at(char)


def when(view: SentenceView, m: TriggerMatch, dates: list[WhenMention], attr) -> str | None:
    """The date of the trigger's clause.  A date in the reporting clause ("mengatakan minggu ini bahwa")
    dates the saying; one behind "setelah/after/sebelum/before" dates another act; one behind
    "ketika/saat/when" (at the same time) dates this one."""
    if not dates:
        return None
    lo = left_bound(view, m.start)
    for d in dates:
        k = token_index(view, d.start)
        if k is None or k < lo:
            continue
        if attr is not None and attr.cue < m.start and attr.cue < k < m.start:
            continue
        between = range(m.end, k) if k >= m.end else range(k, m.start)
        if any(view.has(x, "subordinator") and not view.has(x, "simultaneous") for x in between):
            continue
        return d.value
    return None
