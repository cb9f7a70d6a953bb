"""How much of the CAMEO codebook each language's trigger lexicon covers.

The codebook's codes are the three- and four-digit codes of ``knowledge/cameo.tsv`` (generated from
CAMEO_codefile.txt); a code is covered when at least one trigger entry codes it exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from warta.knowledge.ontology import ontology
from warta.lexicon.registry import available_languages, load_language

__all__ = ["TYPE_OVERRIDES", "Coverage", "codebook_codes", "coverage", "entries_per_code", "guideline_type", "guideline_types"]

# Codes that GUIDELINES.md and the lexicons type otherwise than the CAMEO->PLOVER table of cameo.tsv: sanctions
# (163) are SANCTION, a ceasefire (0871) a concession, violent repression (175) coercion, occupying
# territory (192) an assault, condolences (018) and accord expressed with a party (019: no neutral statement, which
# is what GUIDELINES.md keeps STATEMENT for, but an endorsement of its view, as PLOVER SUPPORT "express support for ...
# policy, action, or actor") support.
TYPE_OVERRIDES = {"163": "SANCTION", "0871": "CONCEDE", "175": "COERCE", "192": "ASSAULT", "018": "SUPPORT",
                  "019": "SUPPORT"}
# ... and a code whose acts take another type too: violent repression (175) is an assault when a weapon of crowd control
# is used (PLOVER manual, ASSAULT mode crowd-control: "tear gas, water cannons, firing weapons in the air"; the
# CAMEO->PLOVER table), coercion when the text names none ("police pushed back protesters": PLOVER, COERCE).
ALSO = {"175": ("ASSAULT",)}


def guideline_types(code: str) -> frozenset[str]:
    """Every event type an act of this CAMEO code may carry: its :func:`guideline_type` and those of ``ALSO``."""
    return frozenset((guideline_type(code), *ALSO.get(code, ())))


def guideline_type(code: str) -> str:
    """The event type a trigger or a test sentence of this CAMEO code carries."""
    if code in TYPE_OVERRIDES:
        return TYPE_OVERRIDES[code]
    entry = ontology().get(code)
    if entry is None:
        raise ValueError(f"unknown CAMEO code {code!r}")
    return entry.plover


@dataclass(frozen=True, slots=True)
class Coverage:
    lang: str
    covered: int
    total: int
    missing: tuple[str, ...]
    entries: int  # trigger entries (surface patterns as the registry builds them)

    def as_json(self) -> dict[str, object]:
        return {"covered": self.covered, "total": self.total, "missing": list(self.missing), "entries": self.entries}


def codebook_codes() -> tuple[str, ...]:
    """The codebook's event codes, down to four digits (the two-digit roots are headings)."""
    return tuple(sorted(c for c in ontology().codes if len(c) >= 3))


def entries_per_code(lang: str) -> Counter[str]:
    return Counter(entry.cameo for entry in load_language(lang).triggers)


def coverage(langs: tuple[str, ...] | None = None) -> dict[str, Coverage]:
    codes = codebook_codes()
    out: dict[str, Coverage] = {}
    for lang in langs or available_languages():
        counts = entries_per_code(lang)
        missing = tuple(c for c in codes if not counts.get(c))
        out[lang] = Coverage(lang, len(codes) - len(missing), len(codes), missing, len(load_language(lang).triggers))
    return out
