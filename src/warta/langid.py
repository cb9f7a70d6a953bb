"""Language identification restricted to the languages warta has data for (py3langid)."""

from __future__ import annotations

from functools import lru_cache

from warta.lexicon.registry import available_languages

__all__ = ["detect_language", "supported_languages"]


def supported_languages() -> tuple[str, ...]:
    """Language codes with a ``warta.lang.<code>`` data package holding trigger data."""
    return available_languages()


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    langs = [code for code in supported_languages() if code in ident.nb_classes]
    if langs:
        ident.set_languages(langs)
    return ident


def detect_language(text: str, sample: int = 2000) -> str | None:
    """The most likely supported language of ``text`` (its first ``sample`` characters); None if blank."""
    snippet = text[:sample]
    if not snippet.strip():
        return None
    lang, _prob = _identifier().classify(snippet)
    return str(lang)
