"""Readable names for actor codes, in the user's language: ``USAGOV`` → "United States
(government)" / "Pemerintah Amerika Serikat", ``IGOUN`` → "United Nations", ``PSEREB`` →
"Palestine (rebels)".  For tables, the web UI and exports.

The name comes from our knowledge only (CLDR/ISO country names, ``actor_names.tsv``,
``organisations.tsv``), never from a mention, so a person ("Fumio Kishida") or a sector noun
("authorities") in one article does not become the name of JPNGOV or IDNGOV.
"""

from __future__ import annotations

import os
from functools import lru_cache

import babel
import pycountry

from warta.knowledge.actor_code import UNKNOWN_STATE, ActorCode
from warta.knowledge.countries import canonical_names, sector_codes
from warta.knowledge.organisations import organisations
from warta.tsv import read_tsv, resource_path

__all__ = ["DISPLAY_LANGS", "actor_label", "display_lang", "sector_label"]

_PKG = "warta.knowledge"


@lru_cache(maxsize=1)
def _forms() -> dict[tuple[str, str], tuple[str, str]]:
    """(key, lang) → (form, bare sector name) from ``actor_names.tsv``."""
    rows = read_tsv(resource_path(_PKG, "actor_names.tsv"), ["key", "lang", "form"], ["sector"])
    return {(r["key"], r["lang"]): (r["form"], r.get("sector") or "") for r in rows}


def _langs() -> tuple[str, ...]:
    return tuple(sorted({lang for _key, lang in _forms()}))


DISPLAY_LANGS: tuple[str, ...] = _langs()


def display_lang(env: dict[str, str] | None = None) -> str:
    """The user's display language: ``$WARTA_LANG``, else the locale (``LC_ALL``, ``LC_MESSAGES``,
    ``LANG``: ``id_ID.UTF-8`` → ``id``) when names exist in it, else English."""
    env = os.environ if env is None else env
    for var in ("WARTA_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = (env.get(var) or "").strip()
        if value:
            lang = value.split("_")[0].split(".")[0].split("-")[0].lower()
            if lang in DISPLAY_LANGS:
                return lang
            if var == "WARTA_LANG":
                break
    return "en"


@lru_cache(maxsize=8)
def _country_names(lang: str) -> dict[str, str]:
    """Country names in ``lang`` (CLDR through babel), English canonical names where CLDR has none."""
    names = dict(canonical_names())
    if lang == "en":
        return names
    try:
        territories = babel.Locale.parse(lang).territories
    except (babel.UnknownLocaleError, ValueError):
        return names
    for a2, name in territories.items():
        c = pycountry.countries.get(alpha_2=a2) if len(a2) == 2 and a2.isalpha() else None
        if c is not None and "(" not in name:
            names[c.alpha_3] = name
    return names


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for org in organisations():
        names.setdefault(org.code, org.name)
    return names


def sector_label(sector: str, lang: str = "en") -> str:
    """``MIL`` → "military"; unknown codes come back unchanged."""
    form = _forms().get((sector, lang)) or _forms().get((sector, "en"))
    return form[1] if form and form[1] else sector


def _form(key: str, lang: str) -> str | None:
    form = _forms().get((key, lang)) or _forms().get((key, "en"))
    return form[0] if form else None


@lru_cache(maxsize=8192)
def actor_label(code: str, lang: str = "en") -> str:
    """The canonical name of an actor code in ``lang`` (never raises; unknown codes come back unchanged)."""
    if not code:
        return ""
    if code in ("ANON", "XXX"):
        return _form(code, lang) or code
    parts = ActorCode(code)
    if parts.is_org and parts.rest not in sector_codes():
        return _org_names().get(code, code)
    base, sector = parts.head, parts.rest
    names = _country_names(lang)
    if base in names or parts.is_unknown:
        name = names.get(base) or _form(UNKNOWN_STATE, lang) or base
        if not sector:
            return name
        form = _form(sector, lang) if sector in sector_codes() else None
        return form.replace("{country}", name) if form else code
    if parts.is_sector:
        return sector_label(code, lang)
    return code
