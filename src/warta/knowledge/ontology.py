"""The event ontology: PLOVER types, CAMEO codes, quad classes and Goldstein scores (data in cameo.tsv)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from warta.tsv import read_tsv, resource_path

__all__ = ["PLOVER_TYPES", "QUAD_CLASSES", "CameoCode", "Ontology", "ontology"]

PLOVER_TYPES = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT", "STATEMENT",
)  # fmt: skip

#: GDELT's quad classes in their order (1-4).
QUAD_CLASSES = ("verbal-cooperation", "material-cooperation", "verbal-conflict", "material-conflict")


@dataclass(frozen=True, slots=True)
class CameoCode:
    code: str
    label: str
    plover: str
    mode: str
    context: str
    goldstein: float
    quad: str


class Ontology:
    """CAMEO codes with their PLOVER mapping; lookups fall back to the parent code."""

    def __init__(self) -> None:
        path = resource_path("warta.knowledge", "cameo.tsv")
        self.codes: dict[str, CameoCode] = {}
        for row in read_tsv(path, ["code", "plover", "goldstein", "quad"], ["label", "mode", "context"]):
            self.codes[row["code"]] = CameoCode(
                row["code"], row.get("label"), row["plover"], row.get("mode"), row.get("context"),
                float(row["goldstein"]), row["quad"],
            )  # fmt: skip

    def get(self, code: str) -> CameoCode | None:
        while code:
            if code in self.codes:
                return self.codes[code]
            code = code[:-1]
        return None

    def quad(self, code: str) -> str:
        entry = self.get(code)
        return entry.quad if entry else "verbal-cooperation"

    def goldstein(self, code: str) -> float:
        entry = self.get(code)
        return entry.goldstein if entry else 0.0

    def __contains__(self, code: str) -> bool:
        return code in self.codes

    def type_quads(self) -> dict[str, str]:
        """Each PLOVER type's quad class: the one most of its CAMEO codes have (a tie goes to the
        lower class), in PLOVER order; the web UI colours a type in its quad class's family."""
        counts: dict[str, dict[str, int]] = {t: {} for t in PLOVER_TYPES}
        for c in self.codes.values():
            if c.plover in counts and c.quad in QUAD_CLASSES:
                counts[c.plover][c.quad] = counts[c.plover].get(c.quad, 0) + 1
        return {t: max(QUAD_CLASSES, key=lambda q: (n.get(q, 0), -QUAD_CLASSES.index(q)))
                for t, n in counts.items()}


@lru_cache(maxsize=1)
def ontology() -> Ontology:
    return Ontology()
