"""Language detection for articles that do not say their language (fr and en are supported)."""

from __future__ import annotations

from functools import lru_cache

from lingua import Language, LanguageDetector, LanguageDetectorBuilder

SUPPORTED = {"fr", "en"}
# A small set of candidate languages keeps lingua fast while still telling fr/en apart from the
# languages a news stream commonly carries, so that e.g. German is rejected rather than misread.
_CANDIDATES = (
    Language.FRENCH,
    Language.ENGLISH,
    Language.GERMAN,
    Language.SPANISH,
    Language.ITALIAN,
    Language.PORTUGUESE,
    Language.DUTCH,
    Language.RUSSIAN,
    Language.UKRAINIAN,
    Language.ARABIC,
)


@lru_cache(maxsize=1)
def _detector() -> LanguageDetector:
    return LanguageDetectorBuilder.from_languages(*_CANDIDATES).with_preloaded_language_models().build()


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of `text` if it is one troopwatch reads (fr, en), else None."""
    sample = text[:2000]
    if not sample.strip():
        return None
    language = _detector().detect_language_of(sample)
    if language is None:
        return None
    code = language.iso_code_639_1.name.lower()
    return code if code in SUPPORTED else None


def normalise_language(value: str) -> str | None:
    """'FR', 'fr-FR', 'fr_CA', 'French', 'français' -> 'fr'; unsupported -> None."""
    lowered = value.strip().lower().replace("_", "-")
    primary = lowered.split("-", 1)[0]
    if primary in SUPPORTED:
        return primary
    return {"french": "fr", "français": "fr", "francais": "fr", "english": "en", "anglais": "en"}.get(lowered)
