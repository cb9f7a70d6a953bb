"""Read TSV data files shipped inside the package (the bottom layer: ``warta.knowledge`` and
``warta.lexicon`` both read their files through it, and it imports nothing of warta).

Format: UTF-8, tab-separated, first non-comment line is the header, ``#`` starts a
comment line, blank lines are ignored.  Every row remembers ``file:line`` so that
errors and ``--explain`` can point back to the entry.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

__all__ = ["LexiconError", "Row", "read_tsv", "resource_path"]


class LexiconError(ValueError):
    """A lexicon file is malformed; the message names the file and line."""


@dataclass(frozen=True, slots=True)
class Row:
    file: str
    line: int
    fields: dict[str, str]

    def __getitem__(self, key: str) -> str:
        return self.fields[key]

    def get(self, key: str, default: str = "") -> str:
        value = self.fields.get(key, "")
        return value if value != "" else default

    @property
    def where(self) -> str:
        return f"{self.file}:{self.line}"


def resource_path(package: str, name: str) -> Path:
    """Path of a data file inside a warta package (``warta.lang.id``, ``warta.knowledge``)."""
    return Path(str(resources.files(package).joinpath(name)))


def _label(path: Path) -> str:
    parts = path.parts
    if "warta" in parts:
        return "/".join(parts[len(parts) - 1 - parts[::-1].index("warta") + 1 :])
    return str(path)


def read_tsv(
    path: Path,
    required: Iterable[str],
    optional: Iterable[str] = (),
    allowed: dict[str, Iterable[str]] | None = None,
) -> Iterator[Row]:
    """Yield rows of a TSV lexicon, checking the header and allowed values.

    ``required`` columns must be present and non-empty in each row; ``optional``
    columns may be absent or empty; any other column is an error, so typos in a
    header are caught.  ``allowed`` maps a column to its permitted values.
    """
    label = _label(path)
    required = list(required)
    known = set(required) | set(optional)
    allowed_sets = {k: set(v) for k, v in (allowed or {}).items()}
    header: list[str] | None = None
    with open(path, encoding="utf-8") as fh:
        for lineno, raw in enumerate(fh, 1):
            line = raw.rstrip("\n").rstrip("\r")
            if not line.strip() or line.lstrip().startswith("#"):
                continue
            cells = [c.strip() for c in line.split("\t")]
            if header is None:
                header = cells
                missing = [c for c in required if c not in header]
                unknown = [c for c in header if c not in known]
                if missing or unknown:
                    raise LexiconError(f"{label}:{lineno}: bad header (missing {missing}, unknown {unknown})")
                continue
            if len(cells) > len(header):
                raise LexiconError(f"{label}:{lineno}: {len(cells)} fields, header has {len(header)}")
            cells += [""] * (len(header) - len(cells))
            fields = dict(zip(header, cells, strict=True))
            for col in required:
                if not fields[col]:
                    raise LexiconError(f"{label}:{lineno}: empty required field {col!r}")
            for col, ok in allowed_sets.items():
                val = fields.get(col, "")
                if val and val not in ok:
                    raise LexiconError(f"{label}:{lineno}: {col}={val!r} not one of {sorted(ok)}")
            yield Row(label, lineno, fields)
    if header is None:
        raise LexiconError(f"{label}:1: empty lexicon file")
