"""Language detection for articles that arrive without `lang` (lingua, a few candidate languages)."""

from __future__ import annotations

from functools import lru_cache
from typing import Literal

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

# Other common news languages are candidates too, so that German is rejected rather than read as fr/en.
_CANDIDATES = (Language.FRENCH, Language.ENGLISH, Language.GERMAN, Language.SPANISH, Language.ITALIAN,
               Language.PORTUGUESE, Language.DUTCH)
_SUPPORTED: dict[Language, Literal["fr", "en"]] = {Language.FRENCH: "fr", Language.ENGLISH: "en"}
_SAMPLE_CHARS = 1500


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CANDIDATES).build()


def detect_language(text: str) -> Literal["fr", "en"] | None:
    """"fr" or "en", or None when the text is empty or confidently another language."""
    sample = text[:_SAMPLE_CHARS]
    if not sample.strip():
        return None
    found = _detector().detect_language_of(sample)
    return _SUPPORTED.get(found) if found is not None else None
