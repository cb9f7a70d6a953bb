"""International and non-governmental organisations, armed groups and national bodies.

``organisations.tsv`` and ``organisations_more.tsv`` are written by hand;
``organisations_phoenix.tsv`` is derived from the Phoenix dictionaries by ``scripts/derive_actors.py``
(MIT, see its header).  A form an earlier file gives is never taken from a later one, so hand-written
rows always win.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warta.knowledge.actor_code import UNKNOWN_STATE, ActorCode
from warta.knowledge.countries import CASES, auto_case
from warta.tsv import LexiconError, read_tsv, resource_path

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
    requires: tuple[str, ...] = ()  # a contextual reading: only when one of these states is named in the text


FILES = ("organisations.tsv", "organisations_more.tsv", "organisations_phoenix.tsv", "organisations_context.tsv")


def _check_code(code: str, kind: str, where: str) -> None:
    from warta.knowledge.countries import sector_codes, state_codes

    parts = ActorCode(code)
    named = parts.is_org and len(code) > 3 and parts.rest.isalnum() and code.isupper()
    state = (parts.head in state_codes() or parts.head == UNKNOWN_STATE) and (parts.rest == "" or parts.rest in sector_codes())
    ok = (named or state) if kind in ("igo", "ngo") else state
    if not ok:
        raise LexiconError(f"{where}: code {code!r} is not a GUIDELINES.md code for kind {kind!r}")


@lru_cache(maxsize=1)
def organisations() -> tuple[Organisation, ...]:
    out = []
    seen: set[str] = set()
    for fname in FILES:
        path = resource_path("warta.knowledge", fname)
        if not path.exists():
            continue
        taken = set(seen)
        for r in read_tsv(path, ["code", "name", "kind", "lang", "forms"], ["case", "requires", "note"],
                          allowed={"kind": ORG_KINDS, "case": CASES}):
            _check_code(r["code"], r["kind"], r.where)
            requires = tuple(c for c in r.get("requires").split("|") if c)
            # a contextual reading stands beside the plain one of its form (the matcher picks between them)
            forms = tuple((f.strip(), r.get("case") or auto_case(f.strip())) for f in r["forms"].split("|")
                          if f.strip() and (requires or f.strip().lower() not in taken))
            if not requires:
                seen.update(f.lower() for f, _ in forms)
            if forms:
                out.append(Organisation(r["code"], r["name"], r["kind"], r["lang"], forms, r.where, requires))
    return tuple(out)
