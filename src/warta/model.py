"""Typed, frozen values passed between the stages of warta.

Every span carries character offsets into the article text (``start``/``end``,
Python slice convention), so any value can be checked against the sentence it
came from.  ``Event.to_dict()`` gives the stable JSON documented in the README.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import date
from typing import Any

__all__ = [
    "MODALITIES",
    "ActorMention",
    "ActorRef",
    "Article",
    "Claim",
    "Event",
    "Place",
    "PlaceMention",
    "Quantity",
    "QuantityMention",
    "Sentence",
    "SentenceRef",
    "Span",
    "Token",
    "WhenMention",
    "finite",
]

MODALITIES = ("actual", "attempted", "planned", "hypothetical")


def finite(value: float | int | None) -> float | int | None:
    """``value`` if it is a finite number, else None: JSON has no Infinity or NaN."""
    return value if value is None or math.isfinite(value) else None


@dataclass(frozen=True, slots=True)
class Article:
    """One input document.  ``home``: the ISO 3166-1 alpha-3 code of the outlet's country (kumparan -> IDN, ABC ->
    AUS), or None: the last country the bare police or courts ("polisi", "jaksa", "the court") take, when the
    sentence and the article name no state and no place that gives one; never a named actor's."""

    id: str
    text: str
    lang: str | None = None
    published: date | None = None
    title: str | None = None
    url: str | None = None
    source: str | None = None
    home: str | None = None


@dataclass(frozen=True, slots=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def lower(self) -> str:
        return self.text.lower()


@dataclass(frozen=True, slots=True)
class Sentence:
    index: int
    start: int
    end: int
    text: str
    tokens: tuple[Token, ...] = ()


@dataclass(frozen=True, slots=True)
class Span:
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}


@dataclass(frozen=True, slots=True)
class ActorMention:
    """An actor found in text: a country, organisation, person or sector phrase.

    ``code`` is the actor code (``PRK``, ``USAGOV``, ``IGOUN``); ``kind`` says how
    it was found (country, capital, igo, group, leader, sector, title, name,
    pronoun); ``entry`` is the lexicon entry id that fired.
    """

    code: str
    name: str
    text: str
    start: int
    end: int
    kind: str = "country"
    entry: str = ""

    # ``entry`` is the provenance of a mention: the lexicon entries that fired, joined by "+", its head's first
    # ("lang/id/titles.tsv:12+geonames:1625822"; "name:capitalised" for an unknown capitalised name). The
    # questions the coder asks of it are answered here, not by matching the string where it is used.
    @property
    def sources(self) -> tuple[str, ...]:
        return tuple(part for part in self.entry.split("+") if part)

    @property
    def head_source(self) -> str:
        """The head's first provenance part (``sources[0]``; "" when there is none), without building the tuple."""
        return next((part for part in self.entry.split("+") if part), "")

    @property
    def unknown_name(self) -> bool:
        """A capitalised name no lexicon knows (an uncoded actor or a place)."""
        return self.entry.startswith(UNKNOWN_NAME)

    @property
    def by_title(self) -> bool:
        """An office-holder found by a title of the language's titles.tsv ("Pak Menteri", "duta besar Swiss")."""
        return any(_table(part) == "titles.tsv" for part in self.sources)

    def known_organisation(self, head: bool = False) -> bool:
        """Whether an organisation file of the knowledge base (knowledge/organisations*.tsv) gave it a code: any of
        its entries, or with ``head`` the first."""
        parts = (self.head_source,) if head else self.sources  # (the head alone: asked of every mention of an article)
        return any(part.startswith("knowledge/organisations") for part in parts)

    @property
    def local_office(self) -> bool:
        """A title qualified by a town or province after it ("Wali Kota Surabaya", "Gubernur Jawa Barat", "the
        governor of West Java", "Bupati Luwu Utara"): a gazetteer place below a state (a geonames town or US state, a
        region, an ISO 3166-2 subdivision, an Indonesian regency) or an alias of the language's place_aliases.tsv; a
        capital after a title ("the mayor of London", "Gubernur DKI Jakarta"; not "Beijing's ambassador")."""
        return any(part.startswith("geonames:") and (part[9:10].isdigit() or part == "geonames:us_state")
                   or part.startswith("iso3166-2:") or _table(part) in _LOCAL_PLACES
                   or (self.kind == "title" and _table(part) == "capitals.tsv")  # "the mayor of London"
                   for part in self.sources[1:])


UNKNOWN_NAME = "name:capitalised"  # the entry of a capitalised name no lexicon knows
_LOCAL_PLACES = frozenset({"place_aliases.tsv", "regions.tsv", "idn_regions.tsv"})  # places below a state


def _table(source: str) -> str:
    """The file name of a provenance part ("lang/id/titles.tsv:12" -> "titles.tsv")."""
    return source.split(":", 1)[0].rsplit("/", 1)[-1]


@dataclass(frozen=True, slots=True)
class ActorRef:
    code: str
    name: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> ActorRef:
        return cls(d["code"], d.get("name", ""), d.get("text", ""), int(d.get("start", 0)), int(d.get("end", 0)))


@dataclass(frozen=True, slots=True)
class Claim:
    """Who the text says asserts (or denies) an event; ``ANON`` for an unnamed source."""

    code: str
    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Claim:
        return cls(d["code"], d.get("text", ""), int(d.get("start", 0)), int(d.get("end", 0)))


@dataclass(frozen=True, slots=True)
class Place:
    name: str
    country: str | None
    lat: float | None
    lon: float | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "country": self.country, "lat": self.lat, "lon": self.lon, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Place:
        return cls(d["name"], d.get("country"), d.get("lat"), d.get("lon"), d.get("text", ""))


@dataclass(frozen=True, slots=True)
class PlaceMention:
    place: Place
    start: int
    end: int
    entry: str = ""


@dataclass(frozen=True, slots=True)
class Quantity:
    value: float | int
    unit: str | None
    qualifier: str | None
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"value": finite(self.value), "unit": self.unit, "qualifier": self.qualifier, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Quantity:
        return cls(d["value"], d.get("unit"), d.get("qualifier"), d.get("text", ""))


@dataclass(frozen=True, slots=True)
class QuantityMention:
    quantity: Quantity
    start: int
    end: int
    entry: str = ""


@dataclass(frozen=True, slots=True)
class WhenMention:
    """A date expression resolved against the publication date.

    ``value`` is ISO: ``2024-11-14`` (day), ``2024-W46`` (week), ``2024-11`` (month)
    or ``2024`` (year); ``precision`` names which.
    """

    value: str
    precision: str
    text: str
    start: int
    end: int
    entry: str = ""


@dataclass(frozen=True, slots=True)
class SentenceRef:
    index: int
    start: int
    end: int
    text: str

    def to_dict(self) -> dict[str, Any]:
        return {"index": self.index, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> SentenceRef:
        return cls(int(d["index"]), int(d["start"]), int(d["end"]), d["text"])


@dataclass(frozen=True, slots=True)
class Event:
    """One coded event: who did what to whom, when, where, how much, according to whom."""

    doc: str
    type: str
    mode: str | None
    cameo: str
    quad: str
    source: ActorRef
    target: ActorRef | None
    negated: bool
    modality: str
    claimed_by: Claim | None
    location: Place | None
    when: str | None
    quantity: Quantity | None
    trigger: Span
    sentence: SentenceRef
    lexicon: tuple[str, ...] = field(default_factory=tuple)
    rules: tuple[str, ...] = field(default_factory=tuple)  # ids of the coding conventions that shaped it

    def to_dict(self) -> dict[str, Any]:
        return {
            "doc": self.doc,
            "type": self.type,
            "mode": self.mode,
            "cameo": self.cameo,
            "quad": self.quad,
            "source": self.source.to_dict(),
            "target": self.target.to_dict() if self.target else None,
            "negated": self.negated,
            "modality": self.modality,
            "claimed_by": self.claimed_by.to_dict() if self.claimed_by else None,
            "location": self.location.to_dict() if self.location else None,
            "when": self.when,
            "quantity": self.quantity.to_dict() if self.quantity else None,
            "trigger": self.trigger.to_dict(),
            "sentence": self.sentence.to_dict(),
            "lexicon": list(self.lexicon),
            "rules": list(self.rules),
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Event:
        t = d["trigger"]
        return cls(
            doc=d["doc"],
            type=d["type"],
            mode=d.get("mode"),
            cameo=d["cameo"],
            quad=d["quad"],
            source=ActorRef.from_dict(d["source"]),
            target=ActorRef.from_dict(d["target"]) if d.get("target") else None,
            negated=bool(d.get("negated", False)),
            modality=d.get("modality", "actual"),
            claimed_by=Claim.from_dict(d["claimed_by"]) if d.get("claimed_by") else None,
            location=Place.from_dict(d["location"]) if d.get("location") else None,
            when=d.get("when"),
            quantity=Quantity.from_dict(d["quantity"]) if d.get("quantity") else None,
            trigger=Span(t["text"], int(t["start"]), int(t["end"])),
            sentence=SentenceRef.from_dict(d["sentence"]),
            lexicon=tuple(d.get("lexicon", ())),
            rules=tuple(d.get("rules") or ()),
        )
