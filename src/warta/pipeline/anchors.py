"""The where, when and how much of an event: the place, date and quantity mentions that belong to its
trigger's clause."""

from __future__ import annotations

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.event_types import event_types
from warta.model import ActorRef, Place, PlaceMention, Quantity, QuantityMention, WhenMention
from warta.pipeline.analysis import SentenceView
from warta.pipeline.roles import left_bound, right_bound
from warta.pipeline.triggers import TriggerMatch

__all__ = ["framing_country", "in_content", "location", "nearest_quantity", "token_index", "when"]



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


def location(view: SentenceView, m: TriggerMatch, places: list[PlaceMention], target: ActorRef | None,
             goal: bool = False) -> Place | None:
    """Where the act happened: a place behind "di/in/at" in the trigger's clause (up to the next comma), not
    inside a purpose clause ("... ke Rusia untuk bertempur di Kursk" does not place the sending) nor inside
    what was said or demanded (:func:`in_content`); else the destination of a visit or a deployment ("berkunjung
    ke Gaza", "sent troops to Canberra"; a state named there is the recipient) when ``goal`` is asked for (the
    place an act goes to is not where its unnamed agents are from); else a visit takes place in the country or
    capital visited."""
    lo = left_bound(view, m.start)
    hi = m.end
    while hi < view.n and view.low[hi] not in (",", ";", ":") and not view.has(hi, "say_after"):
        hi += 1
    types = event_types()
    dest = None
    for p in places:
        k = token_index(view, p.start)
        if k is None or k < lo or k > hi:
            continue
        named = view.actor_at(k)
        if named is not None and named.mention.start <= p.start and p.end < named.mention.end \
                and named.mention.kind not in ("country", "capital", "place"):
            continue  # "outside the US embassy": a state qualifying a named body, not where it happened
        j = k - 1
        while j >= 0 and view.place_word(j):
            j -= 1
        # (an inquiry's place is where the incident it looks into happened: "investigating the death of a student in
        # Makassar", not content said elsewhere)
        if k >= m.end and (view.any_kind("purpose", m.end, j)
                           or (in_content(view, m, j) and not types.cameo_has(m.entry.cameo, "inquiry"))):
            continue
        if k < m.start and any(view.has(x, "subordinator") and not view.has(x, "simultaneous") for x in range(k, m.start)):
            continue  # "... di negara bagian Iowa - setelah menuduh ...": the main clause's place
        if view.has(j, "prep_place"):
            return p.place
        if (goal and dest is None and k >= m.end and view.has(j, "prep_target") and types.cameo_has(m.entry.cameo, "destination")
                and (types.cameo_has(m.entry.cameo, "destination_state") or not _recipient_state(view, p, k))):
            dest = p.place
    if dest is not None:
        return dest
    if target is not None and types.cameo_has(m.entry.cameo, "visit_to_target"):
        for p in places:
            if p.start == target.start:
                return p.place
    if target is not None and types.has(m.entry.type, "place_target"):
        for p in places:  # a town or capital attacked or seized is where it happened ("struck the port of Odesa")
            k = token_index(view, p.start)
            slot = view.actor_at(k) if k is not None else None
            if p.start == target.start and (slot is None or slot.mention.kind in ("place", "capital")):
                return p.place
    return None


def _recipient_state(view: SentenceView, p: PlaceMention, k: int) -> bool:
    """A state named as where something is sent ("mengirim pasukan ke Rusia", "aid to Ukraine") is the
    recipient, not a place; a town, territory or capital there is the destination ("ke Kursk", "to Gaza")."""
    slot = view.actor_at(k)
    return slot is not None and slot.country == p.place.country and slot.mention.name == p.place.name


def in_content(view: SentenceView, m: TriggerMatch, k: int) -> bool:
    """Whether token ``k`` after the trigger lies in the content of a saying, not in its own clause: what an
    act that says, asks or threatens is about ("menuduh Korea Utara ikut campur dalam perang di Ukraina",
    "accused North Korea of meddling in the war in Ukraine") and anything after such an act that follows
    this one ("demonstran menuntut Rusia menghentikan perang di Ukraina").  Only the act's object (actors,
    determiners, the preposition of its target) may stand between a saying and its own place."""
    types = event_types()
    occasion = next((x for x in range(m.end, k) if view.has(x, "simultaneous")), k)
    if any(m.end < end <= occasion and types.has(type_, "speech_act") for end, type_ in view.trigger_ends):
        return True
    if occasion < k or not types.has(m.entry.type, "speech_act"):
        return False  # "ketika ditanya dalam jumpa pers di Beijing": the occasion of the act
    if any(m.start < slot.start and slot.end < m.end for slot in view.actors):
        return True  # "mendesak Israel menghentikan serangan": the trigger spans its addressee and content
    return any(view.actor_at(x) is None and not view.kinds(x) & _OBJECT_KINDS for x in range(m.end, k))


_OBJECT_KINDS = frozenset({"determiner", "prep_target"})


def framing_country(view: SentenceView, m: TriggerMatch, places: list[PlaceMention], country: str) -> str:
    """``country`` (the article's main country or scene) for this act, unless this sentence names it only inside
    the act's content: "demonstran menuntut Rusia menghentikan serangan di Kharkiv" is a protest neither by
    Russians nor in or against Ukraine."""
    if not country:
        return country
    # (helper DL) the place of what a charge, a verdict or an inquiry is about is where its organs act: "Police charged
    # a man with assault in Adelaide", "Jaksa menuntut terdakwa 10 tahun penjara di Medan" (not so a state's people
    # named in it: "found the men guilty of killing an Indonesian journalist"); only with a legal organ named in the
    # sentence (police, a court, a prosecutor, an office: sector class legal), not a doctor's "memeriksa" (an examination)
    legal = event_types().cameo_has(m.entry.cameo, "legal_own") \
        and any(ActorCode(slot.code).of_class("legal") for slot in view.actors)
    ks = [] if legal else [token_index(view, p.start) for p in places if p.place.country == country]
    ks += [slot.start for slot in view.actors if slot.country == country]
    if ks and all(k is not None and k >= m.end and in_content(view, m, k) and not _behind_subordinator(view, m.end, k)
                  for k in ks):
        return ""
    return country


def _behind_subordinator(view: SentenceView, lo: int, k: int) -> bool:
    """Token ``k`` stands in a clause of another time or cause opened after ``lo`` ("ditahan polisi setempat
    setelah mengancam pegawai sebuah bank di Ohio"): the scene of the story, not what this act said or demanded."""
    return any(view.has(x, "subordinator") and not view.has(x, "simultaneous") for x in range(lo, k))


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
