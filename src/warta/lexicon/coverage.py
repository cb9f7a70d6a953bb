"""How much of the CAMEO codebook each language's trigger lexicon covers.

The codebook's codes are the three- and four-digit codes of ``knowledge/cameo.tsv`` (generated from
CAMEO_codefile.txt); a code is covered when at least one trigger entry codes it exactly.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from warta.knowledge.ontology import ontology
from warta.lexicon.registry import available_languages, load_language

__all__ = ["Coverage", "codebook_codes", "coverage", "entries_per_code"]


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
