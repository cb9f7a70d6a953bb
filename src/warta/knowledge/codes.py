"""Readable labels for actor codes: ``USAGOV`` → "United States (government)", ``IGOUN`` →
"United Nations", ``PSEREB`` → "Palestine (rebels)".  For tables, the web UI and exports."""

from __future__ import annotations

from functools import lru_cache

from warta.knowledge.countries import canonical_names, sector_codes
from warta.knowledge.organisations import organisations
from warta.lexicon.loader import read_tsv, resource_path

__all__ = ["actor_label", "sector_label"]

_SPECIAL = {"ANON": "unnamed source", "XXX": "transnational"}


@lru_cache(maxsize=1)
def _sector_labels() -> dict[str, str]:
    rows = read_tsv(resource_path("warta.knowledge", "sector_codes.tsv"), ["code", "label", "meaning"], ["party"])
    return {r["code"]: r["label"] for r in rows}


@lru_cache(maxsize=1)
def _org_names() -> dict[str, str]:
    names: dict[str, str] = {}
    for org in organisations():
        names.setdefault(org.code, org.name)
    return names


def sector_label(sector: str) -> str:
    """``MIL`` → "military"; unknown codes come back unchanged."""
    return _sector_labels().get(sector, sector)


@lru_cache(maxsize=4096)
def actor_label(code: str) -> str:
    """A readable name for an actor code (never raises; unknown codes come back unchanged)."""
    if not code:
        return ""
    if code in _SPECIAL:
        return _SPECIAL[code]
    if code.startswith(("IGO", "NGO")) and code[3:] not in sector_codes():
        return _org_names().get(code, code)
    base, sector = code[:3], code[3:]
    names = canonical_names()
    if base in names or base == "XXX":
        name = names.get(base, _SPECIAL["XXX"])
        return f"{name} ({sector_label(sector)})" if sector in sector_codes() else (name if not sector else code)
    if code in sector_codes():
        return sector_label(code)
    return code
