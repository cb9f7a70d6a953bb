"""The Goldstein conflict-cooperation scale of CAMEO event codes (``cameo_goldstein.tsv``)."""

from __future__ import annotations

from functools import lru_cache

from warta.lexicon import read_tsv, resource_path

__all__ = ["goldstein", "goldstein_table"]


@lru_cache(maxsize=1)
def goldstein_table() -> dict[str, float]:
    path = resource_path("warta.knowledge", "cameo_goldstein.tsv")
    return {row["cameo"]: float(row["goldstein"]) for row in read_tsv(path, ["cameo", "goldstein"])}


def goldstein(cameo: str | None) -> float | None:
    """Weight of a CAMEO code, falling back to its parent code (``0721`` → ``072`` → ``07``)."""
    if not cameo:
        return None
    table = goldstein_table()
    code = cameo.strip()
    while code:
        if code in table:
            return table[code]
        code = code[:-1]
    return None
