"""Language identification restricted to the languages warta has data for (py3langid)."""

from __future__ import annotations

from functools import lru_cache

from warta.lexicon.registry import available_languages

__all__ = ["detect_language"]


@lru_cache(maxsize=1)
def _identifier():
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(available_languages()))
    return ident


def detect_language(text: str) -> str:
    """Most likely language code among the available ones (first 2,000 characters are enough)."""
    sample = text[:2000]
    if not sample.strip():
        return available_languages()[0]
    lang, _ = _identifier().classify(sample)
    return lang
