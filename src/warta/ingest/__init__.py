"""Ingestion: files, folders, URLs and RSS/Atom feeds into the store (see :mod:`warta.ingest.run`)."""

from warta.ingest.readers import MAX_ARTICLE_BYTES, Item, ReadError, read_inputs
from warta.ingest.run import default_extractor, prepare, run_ingest, segment
from warta.langid import detect_language, supported_languages

__all__ = [
    "MAX_ARTICLE_BYTES",
    "Item",
    "ReadError",
    "default_extractor",
    "detect_language",
    "prepare",
    "read_inputs",
    "run_ingest",
    "segment",
    "supported_languages",
]
