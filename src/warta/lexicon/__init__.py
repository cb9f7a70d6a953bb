"""The language contract: loading and validating line-oriented lexicon files."""

from warta.tsv import LexiconError, Row, read_tsv, resource_path

__all__ = ["LexiconError", "Row", "read_tsv", "resource_path"]
