"""The Lee news corpus that the ``gensim`` wheel ships as test data, read from the installed package.

``gensim/test/test_data/lee_background.cor`` (300 documents) and ``lee.cor`` (50 other documents) hold news
stories of the Australian Broadcasting Corporation's news mail service of about 2001-2002 (Lee, Pincombe
and Welsh 2005): bushfires, the Afghanistan war, Israel and the Palestinians, India and Pakistan, Australian
politics. One line a document, in Latin-1 (a pound sign). gensim is LGPL-2.1; the text is never copied into the repository: ``./run
test`` and ``./run bench`` install the wheel with ``--no-deps`` (scripts/setup.d/40-corpora.sh), and the
bench scripts read the files from there.

A sentence is named by its document (1-based line of the file) and its place in the document (1-based),
as :func:`split_sentences` cuts it: ``{"corpus": "lee", "file": "lee.cor", "doc": 7, "sentence": 3}``.
The cut is this file's own plain rule, not warta's segmenter, so that a change to warta never moves a
reference. ``lee.cor`` belongs to the blind set; ``lee_background.cor`` may be coded for tuning (its
documents that repeat an earlier one excepted).
"""

from __future__ import annotations

import functools
import re
from importlib import metadata
from pathlib import Path

LEE_DIST = "gensim"
LEE_DIR = "gensim/test/test_data"
TUNING_FILE = "lee_background.cor"  # may be read and tuned on
BLIND_FILE = "lee.cor"  # the blind set's: never read but by its coder
DATE = "2002-01-15"  # the corpus's news mail of about 2001-2002 (documents name New Year's Eve 2001, 2002 budgets)

__all__ = ["BLIND_FILE", "DATE", "LEE_DIST", "TUNING_FILE", "data_dir", "documents", "sentences", "split_sentences"]

# Words whose dot ends no sentence: titles, ranks, months, and a single capital (an initial).
_ABBREV = frozenset(["Mr", "Mrs", "Ms", "Dr", "St", "Sr", "Jr", "Gen", "Lt", "Col", "Maj", "Capt", "Sgt", "Cpl", "Adm", "Prof", "Sen", "Rep", "Gov", "Rev", "Hon", "Mt", "Ft", "No", "Co", "Inc", "Ltd", "Corp", "vs", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "U.S", "U.N", "U.K", "e.g", "i.e"])
_END = re.compile(r"""[.!?]["'\u2019\u201d)\]]*\s+(?=["'\u2018\u201c(\[]?[A-Z0-9])""")


def split_sentences(text: str) -> list[str]:
    """The sentences of one document: cut after . ! or ? (and any closing quote or bracket) followed by space
    and a capital or a digit, unless the dot closes an abbreviation or an initial."""
    out, start = [], 0
    for m in _END.finditer(text):
        if text[m.start()] == ".":
            word = re.search(r"(\S+)$", text[start:m.start()])
            stem = word.group(1).lstrip("\"'(\u2018\u201c") if word else ""
            if stem in _ABBREV or re.fullmatch(r"[A-Z]|([A-Z]\.)+[A-Z]?", stem):
                continue
        piece = text[start:m.end()].strip()
        if piece:
            out.append(piece)
        start = m.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def data_dir() -> Path | None:
    """The installed ``gensim/test/test_data`` folder, or None when gensim is absent."""
    try:
        path = Path(str(metadata.distribution(LEE_DIST).locate_file(LEE_DIR)))
    except metadata.PackageNotFoundError:
        return None
    return path if (path / BLIND_FILE).is_file() else None


@functools.cache
def documents(file: Path) -> tuple[str, ...]:
    """The documents of a Lee file, in order: index i holds document i+1 (one line each)."""
    return tuple(line.strip() for line in file.read_text(encoding="latin-1").splitlines())


@functools.cache
def first_seen(file: Path) -> tuple[int, ...]:
    """For each document of a Lee file (index i: document i+1), the 1-based number of the first document with the
    same text: its own number, or the earlier one it repeats."""
    first: dict[str, int] = {}
    return tuple(first.setdefault(doc, d) for d, doc in enumerate(documents(file), 1))


def sentences(file: Path) -> dict[tuple[int, int], str]:
    """(document, sentence) -> sentence text, both 1-based, for every non-empty document of the file."""
    return {(d, s): text for d, doc in enumerate(documents(file), 1) for s, text in enumerate(split_sentences(doc), 1)}
