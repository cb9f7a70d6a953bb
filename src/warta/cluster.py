"""Cross-article event clustering: many reports of one real-world event become one event.

The rule (applied at ingest, mention by mention, in input order):

A new mention joins an existing event when all of these hold:

1. **Same type and modality** (AID joins AID; a planned visit never joins a visit that happened).
2. **Same country-level dyad**: the first three letters of the source and target codes
   (``PRKMIL`` and ``PRK`` are both ``PRK``; IGO/NGO codes are compared whole; no target
   matches only no target).  Direction matters: PRK→RUS is not RUS→PRK.
3. **Dates within a window**: each mention allows a day range, from its ``when``
   (a day, an ISO week, a month or a year) or, when undated, the article's publication
   day.  The ranges of mention and event, widened by ``WINDOW_DAYS`` (7), must overlap.
   A mention with no date at all joins only events with no date.
4. **Compatible place**: one of them has none, or both are in the same country.
5. **Compatible quantity**: one of them has none, or the units differ in neither (both
   ``troops``) and the larger value is at most ``QUANTITY_RATIO`` (1.5) times the smaller.
   10,000 troops and 11,000 troops are one deployment; 10,000 troops and 3 million
   shells are two.

Negation is *not* part of the rule: "China denies sending aid" joins the event "China
sends aid to Russia", so the event carries both its asserting and its denying mentions
(a contradiction).  Among several candidates the one whose anchor date is closest wins,
then the one with more mentions, then the oldest.  Per event we keep the number of
mentions, of distinct articles, of distinct sources (the outlet, else the URL host,
else the article), and the mentions and claimants that deny it.

Before clustering, events of one sentence with the same type, source, target, negation and
modality (two triggers for one act: "memberikan bantuan mematikan") count as one mention.

Because the input order is fixed and every batch commits atomically, a rerun after a
crash reaches exactly the clusters of an uninterrupted run.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from warta.knowledge.actor_code import ActorCode

__all__ = [
    "QUANTITY_RATIO",
    "WINDOW_DAYS",
    "ClusterKey",
    "Candidate",
    "MentionFacts",
    "best_candidate",
    "compatible",
    "country_of",
    "date_range",
    "precision_of",
    "precision_rank",
]

WINDOW_DAYS = 7
QUANTITY_RATIO = 1.5

def country_of(code: str | None) -> str:
    """The country-level part of an actor code: ``PRKMIL`` → ``PRK``, ``IGOUN`` → ``IGOUN``."""
    return ActorCode.parse(code.upper()).level if code else ""


PRECISIONS = ("day", "week", "month", "year")


def precision_of(when: str | None) -> str | None:
    """The precision of a coded ``when``: ``2024-11-14`` day, ``2024-W46`` week, ``2024-11`` month,
    ``2024`` year; None when there is none."""
    if not when:
        return None
    w = when.strip()
    if len(w) == 10:
        return "day"
    if len(w) == 8 and w[4:6] == "-W":
        return "week"
    if len(w) == 7 and w[4] == "-":
        return "month"
    if len(w) == 4 and w.isdigit():
        return "year"
    return None


def precision_rank(when: str | None, day: str | None) -> int:
    """Lower is more precise: a date the text gives (day 0, week 1, month 2, year 3), then the
    publication day standing in for an undated mention (4), then no date at all (5).  A cluster
    keeps the date of its most precise mention, so a day report refines a month report."""
    p = precision_of(when)
    if p is not None:
        return PRECISIONS.index(p)
    return 4 if day else 5


def _parse_day(text: str) -> date | None:
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        return None


def date_range(when: str | None, published: str | date | None) -> tuple[str | None, str | None]:
    """The ISO day range a mention allows: from ``when`` (day, week, month, year) or the publication day."""
    if when:
        w = when.strip()
        try:
            if len(w) == 10:
                d = date.fromisoformat(w)
                return d.isoformat(), d.isoformat()
            if len(w) == 8 and w[4:6] == "-W":
                monday = date.fromisocalendar(int(w[:4]), int(w[6:8]), 1)
                return monday.isoformat(), (monday + timedelta(days=6)).isoformat()
            if len(w) == 7 and w[4] == "-":
                y, m = int(w[:4]), int(w[5:7])
                first = date(y, m, 1)
                nxt = date(y + (m == 12), m % 12 + 1, 1)
                return first.isoformat(), (nxt - timedelta(days=1)).isoformat()
            if len(w) == 4 and w.isdigit():
                return f"{w}-01-01", f"{w}-12-31"
        except ValueError:
            pass
    if published:
        d = published if isinstance(published, date) else _parse_day(str(published))
        if d:
            return d.isoformat(), d.isoformat()
    return None, None


@dataclass(frozen=True, slots=True)
class ClusterKey:
    type: str
    modality: str
    source_country: str
    target_country: str


@dataclass(frozen=True, slots=True)
class MentionFacts:
    """What clustering needs to know of one mention."""

    key: ClusterKey
    date_lo: str | None
    date_hi: str | None
    place_country: str | None
    quantity_value: float | None
    quantity_unit: str | None


@dataclass(frozen=True, slots=True)
class Candidate:
    """An existing event as clustering sees it."""

    id: int
    date: str | None
    date_lo: str | None
    date_hi: str | None
    place_country: str | None
    quantity_value: float | None
    quantity_unit: str | None
    n_mentions: int


def _days(a: str, b: str) -> int:
    return (date.fromisoformat(a) - date.fromisoformat(b)).days


def compatible(c: Candidate, m: MentionFacts, window: int = WINDOW_DAYS) -> bool:
    """Rules 3-5 (the key, rules 1-2, is matched by the caller's lookup)."""
    if (c.date_lo is None) != (m.date_lo is None):
        return False
    if (c.date_lo is not None and m.date_lo is not None and c.date_hi and m.date_hi
            and (_days(m.date_lo, c.date_hi) > window or _days(c.date_lo, m.date_hi) > window)):
        return False
    if c.place_country and m.place_country and c.place_country != m.place_country:
        return False
    if c.quantity_value is not None and m.quantity_value is not None:
        if (c.quantity_unit or "") != (m.quantity_unit or ""):
            return False
        lo, hi = sorted((abs(float(c.quantity_value)), abs(float(m.quantity_value))))
        if lo == 0:
            return hi == 0
        if hi / lo > QUANTITY_RATIO:
            return False
    return True


def best_candidate(cands: list[Candidate], m: MentionFacts, window: int = WINDOW_DAYS) -> Candidate | None:
    """The event a mention joins, or None for a new event."""
    ok = [c for c in cands if compatible(c, m, window)]
    if not ok:
        return None

    def distance(c: Candidate) -> int:
        if c.date is None or m.date_lo is None:
            return 0
        return min(abs(_days(c.date, m.date_lo)), abs(_days(c.date, m.date_hi)))

    return min(ok, key=lambda c: (distance(c), -c.n_mentions, c.id))
