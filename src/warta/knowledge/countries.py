"""States and their names: CLDR (babel) and ISO 3166 (pycountry) names plus our alias layer.

Everything here is language-neutral code over data: the CLDR locale and the pycountry gettext
domain are asked for by language code, our own forms come from ``country_aliases.tsv`` and
``capitals.tsv``.  Codes are ISO 3166-1 alpha-3 (``XKX`` for Kosovo, declared in the alias file).
"""

from __future__ import annotations

import gettext
from dataclasses import dataclass
from functools import cache, lru_cache

import babel
import pycountry

from warta.tsv import LexiconError, read_tsv, resource_path

__all__ = [
    "CASES",
    "NameForm",
    "auto_case",
    "canonical_names",
    "capital_forms",
    "SECTOR_CLASSES",
    "implied_agents",
    "sector_class",
    "sector_codes",
    "state_codes",
    "party_sectors",
    "state_forms",
]

PKG = "warta.knowledge"
CASES = ("exact", "cap", "any")
_LANGS = ("id", "en", "*")


@dataclass(frozen=True, slots=True)
class NameForm:
    """One surface form that names an actor: ``form`` in ``lang`` means ``code``."""

    form: str
    code: str
    kind: str  # country | demonym | people | block | capital
    lang: str  # a language code or "*"
    case: str  # exact | cap | any
    where: str  # file:line, or "cldr:<lang>:<XX>" / "iso3166:<lang>:<XXX>"
    requires: tuple[str, ...] = ()  # only when one of these codes is named elsewhere in the text


def auto_case(form: str) -> str:
    """Default case rule: short all-capital forms (AS, U.S., PBB, NATO) and very short names
    (Xi, Ri) must match exactly, so "RI" is not "Ri" and "as" is not "AS"."""
    letters = [c for c in form if c.isalpha()]
    if letters and (len(letters) <= 3 or (not any(c.islower() for c in letters) and len(letters) <= 6)):
        return "exact"
    return "cap"


#: The classes a sector may belong to (sector_codes.tsv, column ``classes``; its header says what each means).
SECTOR_CLASSES = frozenset({"state", "branch", "coercer", "legal", "ranks", "official", "armed", "forces", "people",
                            "public", "group", "private", "justice", "boycotter", "press", "displaced"})


@lru_cache(maxsize=1)
def _sector_rows() -> tuple[tuple[str, bool, frozenset[str], str, str], ...]:
    """(code, party, classes, implied_by, implied_as) per row of sector_codes.tsv."""
    out = []
    for r in read_tsv(resource_path(PKG, "sector_codes.tsv"), ["code", "label", "meaning"],
                      ["party", "classes", "implied_by", "implied_as"], allowed={"party": ("yes",)}):
        classes = frozenset(r.get("classes").split())
        if classes - SECTOR_CLASSES:
            raise LexiconError(f"{r.where}: unknown sector classes {sorted(classes - SECTOR_CLASSES)}")
        if bool(r.get("implied_by")) != bool(r.get("implied_as")):
            raise LexiconError(f"{r.where}: implied_by and implied_as go together")
        out.append((r["code"], r.get("party") == "yes", classes, r.get("implied_by"), r.get("implied_as")))
    return tuple(out)


@lru_cache(maxsize=1)
def sector_codes() -> frozenset[str]:
    return frozenset(row[0] for row in _sector_rows())


@lru_cache(maxsize=1)
def party_sectors() -> frozenset[str]:
    """Sectors of groups that are a party against their own state (REB, OPP): "Boko Haram attacked Nigeria"."""
    return frozenset(row[0] for row in _sector_rows() if row[1])


@lru_cache(maxsize=1)
def implied_agents() -> tuple[tuple[str, str, str], ...]:
    """(word class, sector, name) of the agents an act's word implies when none is named (sector_codes.tsv
    implied_by, implied_as), in the file's order: "ditangkap" (arrest_act) implies COP "the police"."""
    return tuple((row[3], row[0], row[4]) for row in _sector_rows() if row[3])


@cache
def sector_class(name: str) -> frozenset[str]:
    """The sectors of one class of sector_codes.tsv's ``classes`` column ("ranks": COP MIL JUD)."""
    if name not in SECTOR_CLASSES:
        raise KeyError(f"unknown sector class {name!r}")
    return frozenset(row[0] for row in _sector_rows() if name in row[2])


@lru_cache(maxsize=1)
def _aliases() -> tuple[NameForm, ...]:
    out = []
    for r in read_tsv(
        resource_path(PKG, "country_aliases.tsv"),
        ["code", "lang", "form", "kind"],
        ["case", "requires", "note"],
        allowed={"kind": ("country", "demonym", "people", "canonical", "block"), "case": CASES},
    ):
        if r["lang"] not in _LANGS and not r["lang"].isalpha():
            raise LexiconError(f"{r.where}: bad lang {r['lang']!r}")
        if r["kind"] == "block" and r["code"] != "-":
            raise LexiconError(f"{r.where}: a block row has code '-'")
        requires = tuple(c for c in r.get("requires").split("|") if c)
        out.append(NameForm(r["form"], r["code"], r["kind"], r["lang"], r.get("case") or auto_case(r["form"]),
                            r.where, requires))
    return tuple(out)


@lru_cache(maxsize=1)
def state_codes() -> frozenset[str]:
    """Valid state codes: ISO 3166-1 alpha-3 plus codes our alias file gives a canonical name."""
    codes = {c.alpha_3 for c in pycountry.countries}
    codes |= {a.code for a in _aliases() if a.kind == "canonical"}
    return frozenset(codes)


def home_code(value: str) -> str:
    """An article's home country (the outlet's state: ``--home IDN``, a record's ``"home"``) as its ISO 3166-1
    alpha-3 code, upper case; ValueError with a clear message for a code that is no state."""
    code = value.strip().upper()
    if len(code) != 3 or not code.isalpha() or code == "XXX" or code not in state_codes():
        raise ValueError(f"home {value!r} is no state: give an ISO 3166-1 alpha-3 code such as IDN or AUS")
    return code


@lru_cache(maxsize=1)
def canonical_names() -> dict[str, str]:
    """English display name per state code (CLDR English, overridden by our canonical rows)."""
    names: dict[str, str] = {}
    for a2, name in babel.Locale("en").territories.items():
        c = pycountry.countries.get(alpha_2=a2) if len(a2) == 2 and a2.isalpha() else None
        if c is not None:
            names[c.alpha_3] = name
    for c in pycountry.countries:
        names.setdefault(c.alpha_3, getattr(c, "common_name", None) or c.name)
    for a in _aliases():
        if a.kind == "canonical":
            names[a.code] = a.form
    return names


def _clean(name: str) -> list[str]:
    """Split CLDR/ISO names into usable forms: "Korea, Republic of" -> "Republic of Korea";
    other comma names are dropped; "Myanmar (Burma)" gives both parts."""
    if "," in name:
        head, _, tail = name.partition(",")
        tail = tail.strip()
        if "," in tail or not (tail.endswith(" of") or tail.endswith(" of the")):
            return []
        tail = tail[4:] if tail.startswith("The ") else tail
        return [f"{tail} {head.strip()}"]
    if "(" in name and name.endswith(")"):
        head, _, inner = name[:-1].partition("(")
        return [head.strip(), inner.strip()]
    return [name.strip()]


def _cldr_iso_forms(lang: str) -> list[NameForm]:
    out: list[NameForm] = []
    try:
        territories = babel.Locale.parse(lang).territories
    except (babel.UnknownLocaleError, ValueError):
        territories = {}
    for a2, name in territories.items():
        c = pycountry.countries.get(alpha_2=a2) if len(a2) == 2 and a2.isalpha() else None
        if c is None:
            continue
        for form in _clean(name):
            out.append(NameForm(form, c.alpha_3, "country", lang, auto_case(form), f"cldr:{lang}:{a2}"))
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang], fallback=True)
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            value = getattr(c, attr, None)
            if not value:
                continue
            for form in _clean(tr.gettext(value)):
                out.append(NameForm(form, c.alpha_3, "country", lang, auto_case(form), f"iso3166:{lang}:{c.alpha_3}"))
    return out


def _in_lang(row_lang: str, langs: tuple[str, ...]) -> bool:
    return row_lang == "*" or row_lang in langs


@lru_cache(maxsize=8)
def state_forms(lang: str) -> tuple[NameForm, ...]:
    """Every form naming a state in ``lang`` (English CLDR/ISO names are always included)."""
    langs = tuple(dict.fromkeys((lang, "en")))
    ours = [a for a in _aliases() if a.kind in ("country", "demonym", "people", "block") and _in_lang(a.lang, (lang,))]
    # our rows override a CLDR/ISO name they give another state ("Congo" in news is DR Congo, not the Republic)
    mine = {(a.form.casefold(), a.code) for a in ours if a.kind != "block"}
    taken = {form for form, _ in mine}
    out: list[NameForm] = []
    for lg in langs:
        out.extend(f for f in _cldr_iso_forms(lg) if f.form.casefold() not in taken or (f.form.casefold(), f.code) in mine)
    out.extend(ours)
    return tuple(out)


@lru_cache(maxsize=8)
def capital_forms(lang: str) -> tuple[NameForm, ...]:
    """Capitals and seats of government used for the state's government (``capitals.tsv``)."""
    out = []
    for r in read_tsv(resource_path(PKG, "capitals.tsv"), ["code", "lang", "form"], ["case", "note"],
                      allowed={"case": CASES}):
        if _in_lang(r["lang"], (lang,)):
            out.append(NameForm(r["form"], r["code"], "capital", r["lang"], r.get("case") or auto_case(r["form"]),
                                r.where))
    return tuple(out)
