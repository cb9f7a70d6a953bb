"""The kumparan news sentences that the ``nlp-id`` wheel ships (MIT), read from the installed package.

``nlp_id/data/dataset_postag.txt`` holds one ``token<TAB>tag`` line per token and a blank line
between sentences.  A sentence is named by the 1-based line number of its first token: that is
how ``blind/blind.jsonl`` refers to it.  The text is never copied into the repository; ``./run
bench`` installs the wheel with ``--no-deps`` and the bench scripts read it from there.
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path

NEWS_DIST = "nlp-id"
NEWS_DIR = "nlp_id/data"
NEWS_NAME = "dataset_postag.txt"  # token<TAB>tag lines, a blank line between sentences
NEWS_FILE = f"{NEWS_DIR}/{NEWS_NAME}"
_NO_SPACE_BEFORE = {".", ",", ";", ":", "!", "?", ")", "]", "%", "nya", "'s"}
_NO_SPACE_AFTER = {"(", "["}

__all__ = ["NEWS_DIST", "NEWS_FILE", "NEWS_NAME", "data_dir", "detokenise", "sentences"]


def detokenise(tokens: list[str]) -> str:
    """Rebuild running text from one sentence's tokens: punctuation, brackets and quotes attached."""
    out: list[str] = []
    glue = True  # no space before the next token
    quote_open = False
    for tok in tokens:
        if tok == '"':
            quote_open = not quote_open
            if quote_open:
                out.append(tok if glue else " " + tok)
                glue = True
            else:
                out.append(tok)
            continue
        out.append(tok if glue or tok in _NO_SPACE_BEFORE else " " + tok)
        glue = tok in _NO_SPACE_AFTER
    return "".join(out)


def data_dir() -> Path | None:
    """The installed ``nlp_id/data`` folder, or None when the nlp-id distribution is absent."""
    try:
        path = Path(str(metadata.distribution(NEWS_DIST).locate_file(NEWS_DIR)))
    except metadata.PackageNotFoundError:
        return None
    return path if path.is_dir() else None


def sentences(path: Path) -> dict[int, str]:
    """Every sentence of a token-per-line file, keyed by the 1-based line of its first token."""
    out: dict[int, str] = {}
    tokens: list[str] = []
    start = 0
    with path.open(encoding="utf-8") as fh:
        for lineno, line in enumerate(fh, 1):
            tok = line.split("\t", 1)[0].strip()
            if tok:
                if not tokens:
                    start = lineno
                tokens.append(tok)
            elif tokens:
                out[start] = detokenise(tokens)
                tokens = []
    if tokens:
        out[start] = detokenise(tokens)
    return out
