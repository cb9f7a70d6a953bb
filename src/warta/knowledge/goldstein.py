"""The Goldstein conflict-cooperation scale of CAMEO event codes (the ``goldstein`` column of cameo.tsv)."""

from __future__ import annotations

from warta.knowledge.ontology import ontology

__all__ = ["goldstein"]


def goldstein(cameo: str | None) -> float | None:
    """Weight of a CAMEO code, falling back to its parent code (``0721`` → ``072`` → ``07``)."""
    if not cameo:
        return None
    entry = ontology().get(cameo.strip())
    return entry.goldstein if entry else None
