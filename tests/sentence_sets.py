"""Reading the hand-coded sentence sets of the tests (tests/data/*.tsv): tab-separated rows under a header line,
comments (#) and blank lines skipped; and the event keys a sentence gives, for the pair tests."""

from __future__ import annotations

from pathlib import Path


def read_rows(path: Path, fields: int) -> list[tuple[str, ...]]:
    """The rows of ``path`` after its header, each as its ``fields`` cells plus its 1-based line number."""
    rows: list[tuple[str, ...]] = []
    header = None
    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if header is None:
            header = cells
            continue
        assert len(cells) == fields, f"{path.name}:{lineno}: {len(cells)} fields, not {fields}"
        rows.append((*cells, lineno))
    return rows


def event_keys(text: str, lang: str, published: str = "2026-03-02") -> set[tuple[str, str, str]]:
    """(type, source, target) at the scoring level of every event warta codes in ``text``."""
    from warta.api import extract
    from warta.evaluate import match_key

    return {match_key(e.type, e.source.code, e.target.code if e.target else "")
            for e in extract(text, lang=lang, published=published)}  # fmt: skip
