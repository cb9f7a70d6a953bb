"""An actor code and its parts, read in one place.

``PRKMIL`` is the state PRK and its sector MIL; ``IGOUN`` and ``NGOIFRC`` are organisations (IGO,
NGO), compared whole; ``XXXMIL`` is the military of a state not known; a bare sector code (``GOV``,
``CVL``) still awaits its country; ``ANON`` is a source nobody named.  Code that needs a part of a
code asks an :class:`ActorCode` instead of slicing the string.
"""

from __future__ import annotations

from dataclasses import dataclass

from warta.knowledge.countries import sector_class, sector_codes

__all__ = ["ORG_PREFIXES", "UNKNOWN_STATE", "ActorCode", "prefix_of"]

#: Leading parts of organisation codes: the rest of such a code names the organisation, not sectors.
ORG_PREFIXES = ("IGO", "NGO")
#: The leading part of a state not known.
UNKNOWN_STATE = "XXX"
#: Codes that are compared whole at country level although they are no organisation.
_WHOLE_CODES = frozenset({"ANON"})
#: ``ActorCode.country`` of each code text met (asked thousands of times an article; codes are a few hundred).
_COUNTRIES: dict[str, str] = {}
#: ``ActorCode.prefix`` of each code text met (every actor slot's state is asked for it: 4,942 times on the dev gold).
_PREFIXES: dict[str, str] = {}


@dataclass(frozen=True, slots=True)
class ActorCode:
    """An actor code (``ActorCode.parse("PRKMIL").country == "PRK"``); the text is kept as given."""

    code: str

    @classmethod
    def parse(cls, code: str | None) -> ActorCode:
        return cls(code or "")

    @property
    def head(self) -> str:
        """The first three letters: a state, IGO, NGO, XXX or a bare sector."""
        return self.code[:3]

    @property
    def rest(self) -> str:
        """What follows the head: the sectors of a state actor, the name of an organisation."""
        return self.code[3:]

    @property
    def sectors(self) -> tuple[str, ...]:
        """The three-letter sectors after the head (``USAGOVMIL`` → GOV, MIL); none for an organisation."""
        if self.is_org:
            return ()
        rest = self.rest
        return tuple(rest[i : i + 3] for i in range(0, len(rest), 3))

    @property
    def first_sector(self) -> str:
        """The first sector after the state (``NGAREBMIL`` → REB); '' when there is none."""
        sectors = self.sectors
        return sectors[0] if sectors else ""

    @property
    def last_sector(self) -> str:
        """The sector code the code ends with (``USAGOV`` → GOV, a bare ``GOV``, an organisation's ``NGOAMREF``
        → REF); '' when it ends with none (``PRK``, ``IGOUN``)."""
        tail = self.code[-3:]
        return tail if tail in sector_codes() else ""

    def of_class(self, name: str) -> bool:
        """The code ends with a sector of the class ``name`` of sector_codes.tsv ("people": CVL, REF, MED, OPP)."""
        return self.last_sector in sector_class(name)

    @property
    def is_igo(self) -> bool:
        return self.code.startswith("IGO")

    @property
    def is_ngo(self) -> bool:
        return self.code.startswith("NGO")

    @property
    def is_org(self) -> bool:
        """An organisation (IGO or NGO), compared whole."""
        return self.code.startswith(ORG_PREFIXES)

    @property
    def is_unknown(self) -> bool:
        """A state not known (``XXX``, ``XXXMIL``)."""
        return self.code.startswith(UNKNOWN_STATE)

    @property
    def is_sector(self) -> bool:
        """A bare sector with no state yet (``GOV``, ``CVL``)."""
        return self.code in sector_codes()

    @property
    def prefix(self) -> str:
        """The head of a coded actor (a state, IGO, NGO or XXX); '' for a bare sector or a malformed code."""
        return prefix_of(self.code)

    @property
    def country(self) -> str:
        """The state of a state actor or of a part of one (``PRKMIL`` → PRK); '' for an organisation,
        a state not known and a bare sector."""
        country = _COUNTRIES.get(self.code)  # a property of the code's text alone (and of the fixed sector codes)
        if country is None:
            head = self.prefix
            country = "" if not head or self.is_org or self.is_unknown or head in sector_codes() else head
            if len(_COUNTRIES) < 100_000:  # (bounded: a long run meets a few thousand codes)
                _COUNTRIES[self.code] = country
        return country

    @property
    def level(self) -> str:
        """The code at country level, as events are clustered and scored: ``PRKMIL`` → PRK, ``IGOUN``
        and ``ANON`` whole."""
        if self.is_org or self.code in _WHOLE_CODES:
            return self.code
        return self.head


def prefix_of(code: str) -> str:
    """``ActorCode(code).prefix``, kept per code text: a property of the text alone (and of the fixed sector codes),
    asked for every actor slot's state (4,942 times on the dev gold), so without building an ActorCode each time."""
    prefix = _PREFIXES.get(code)
    if prefix is None:
        head = code[:3]
        prefix = "" if code in sector_codes() or len(head) < 3 or not head.isalpha() or not head.isupper() else head
        if len(_PREFIXES) < 100_000:  # (bounded, as _COUNTRIES)
            _PREFIXES[code] = prefix
    return prefix
