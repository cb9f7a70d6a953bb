"""International and non-governmental organisations, armed groups and national bodies
(``organisations.tsv``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warta.knowledge.countries import CASES, auto_case
from warta.lexicon.loader import read_tsv, resource_path

__all__ = ["ORG_KINDS", "Organisation", "organisations"]

ORG_KINDS = ("igo", "ngo", "group", "body")


@dataclass(frozen=True, slots=True)
class Organisation:
    code: str
    name: str
    kind: str
    lang: str
    forms: tuple[tuple[str, str], ...]  # (form, case)
    where: str


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    out = []
    for r in read_tsv(resource_path("warta.knowledge", "organisations.tsv"),
                      ["code", "name", "kind", "lang", "forms"], ["case", "note"],
                      allowed={"kind": ORG_KINDS, "case": CASES}):
        forms = tuple((f.strip(), r.get("case") or auto_case(f.strip())) for f in r["forms"].split("|") if f.strip())
        out.append(Organisation(r["code"], r["name"], r["kind"], r["lang"], forms, r.where))
    return tuple(out)
