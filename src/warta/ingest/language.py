"""Language identification restricted to the languages warta has data for (``warta/lang/*``)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

__all__ = ["detect_language", "supported_languages"]


@lru_cache(maxsize=1)
def supported_languages() -> tuple[str, ...]:
    """Language codes with a ``warta.lang.<code>`` data package holding trigger data."""
    root = resources.files("warta.lang")
    return tuple(sorted(e.name for e in root.iterdir() if e.is_dir() and e.joinpath("triggers.tsv").is_file()))


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    langs = [code for code in supported_languages() if code in ident.nb_classes]
    if langs:
        ident.set_languages(langs)
    return ident


def detect_language(text: str, sample: int = 2000) -> str | None:
    """The most likely supported language of ``text`` (its first ``sample`` characters)."""
    snippet = text[:sample]
    if not snippet.strip():
        return None
    lang, _prob = _identifier().classify(snippet)
    return str(lang)
