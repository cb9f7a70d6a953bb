"""Leaders and office-holders with roles valid between dates (``people.tsv``).

``Person.code_at(date)`` gives the actor code of the role held on that date; out of office a
person keeps the state code (``home``), so "Boris Johnson" in 2018-12 is GBR, not GBRGOV.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass
from functools import lru_cache

from warta.knowledge.actor_code import ActorCode
from warta.knowledge.countries import auto_case
from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = ["Person", "Role", "people"]


@dataclass(frozen=True, slots=True)
class Role:
    code: str
    home: str
    role: str
    start: _dt.date
    end: _dt.date | None
    where: str

    def holds(self, day: _dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    @property
    def out_of_office(self) -> str:
        """The code of its holder out of this office: the state they belong to; an international body's officer
        with no state given stays the body's."""
        return self.home or (self.code if ActorCode(self.code).is_org else ActorCode(self.code).head)


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    forms: tuple[tuple[str, str], ...]  # full forms (form, case)
    short: tuple[tuple[str, str], ...]  # surname / nickname forms (form, case)
    roles: tuple[Role, ...]

    @property
    def home(self) -> str:
        return self.roles[-1].out_of_office

    def role_at(self, day: _dt.date | None) -> Role | None:
        """The role held on ``day``; with no date the most recent role."""
        if day is None:
            return max(self.roles, key=lambda r: r.start)
        held = [r for r in self.roles if r.holds(day)]
        return max(held, key=lambda r: r.start) if held else None

    def code_at(self, day: _dt.date | None) -> tuple[str, Role | None]:
        role = self.role_at(day)
        if role is None:
            before = [r for r in self.roles if r.start <= day] if day else []
            last = max(before, key=lambda r: r.start) if before else self.roles[0]
            return last.out_of_office, None
        return role.code, role


def _date(value: str, where: str, end: bool = False) -> _dt.date:
    """An ISO day, or a month (``YYYY-MM``: its first day as a start, its last day as an end)."""
    try:
        if len(value) == 7 and value[4] == "-":
            first = _dt.date.fromisoformat(value + "-01")
            if not end:
                return first
            return (first.replace(day=28) + _dt.timedelta(days=4)).replace(day=1) - _dt.timedelta(days=1)
        return _dt.date.fromisoformat(value)
    except ValueError as exc:
        raise LexiconError(f"{where}: bad ISO date {value!r} (YYYY-MM-DD or YYYY-MM)") from exc


def _split(value: str) -> list[str]:
    return [v.strip() for v in value.split("|") if v.strip()]


# Hand-written files (merged: one person may have rows in both), then the derived one.
HAND = ("people.tsv", "people_2017.tsv", "people_bodies.tsv")
DERIVED = ("people_phoenix.tsv",)
FILES = HAND + DERIVED


def _rows():
    """Rows of the hand-written files, then of the derived one (scripts/derive_actors.py) for people
    no hand-written file names."""
    hand: set[str] = set()
    for fname in FILES:
        path = resource_path("warta.knowledge", fname)
        if not path.exists():
            continue
        for r in read_tsv(path, ["name", "code", "role", "start", "note"], ["aliases", "short", "home", "end"]):
            if fname in DERIVED and r["name"] in hand:
                continue
            if fname in HAND:
                hand.add(r["name"])
            yield r


def _key(form: str) -> str:
    return form.lower().replace("\u2019", "'")


@lru_cache(maxsize=1)
def people() -> tuple[Person, ...]:
    order: list[str] = []
    forms: dict[str, list[str]] = {}
    short: dict[str, list[str]] = {}
    roles: dict[str, list[Role]] = {}
    hand_forms: set[str] = set()  # forms the hand-written files give: a derived row never takes them
    for r in _rows():
        name = r["name"]
        derived = r.where.rsplit(":", 1)[0].endswith(DERIVED)
        if derived and _key(name) in hand_forms:
            continue
        if name not in roles:
            order.append(name)
            forms[name], short[name], roles[name] = [name], [], []
        new = [f for f in _split(r.get("aliases")) if f not in forms[name]]
        new_short = [f for f in _split(r.get("short")) if f not in short[name]]
        if derived:
            new = [f for f in new if _key(f) not in hand_forms]
            new_short = [f for f in new_short if _key(f) not in hand_forms]
        else:
            hand_forms.update(_key(f) for f in [name, *new, *new_short])
        forms[name] += new
        short[name] += new_short
        start = _date(r["start"], r.where)
        end = _date(r["end"], r.where, end=True) if r.get("end") else None
        if end is not None and end < start:
            raise LexiconError(f"{r.where}: end {end} before start {start}")
        roles[name].append(Role(r["code"], r.get("home"), r["role"], start, end, r.where))
    return tuple(
        Person(n, tuple((f, auto_case(f)) for f in forms[n]), tuple((f, auto_case(f)) for f in short[n]),
               tuple(sorted(roles[n], key=lambda x: x.start)))
        for n in order
    )
