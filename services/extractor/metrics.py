"""Extractor metrics (one module: every metric the extractor exports is defined here)."""

from __future__ import annotations

from typing import get_args

from prometheus_client import Counter, Histogram

from schemas.models import EventType, Lang

ARTICLES_PROCESSED = Counter(
    "troopwatch_extractor_articles_total", "Articles the extractor has processed, by language.", ["lang"]
)
ARTICLES_GATED_OUT = Counter(
    "troopwatch_articles_gated_out_total",
    "Articles skipped before parsing because they hold no troop vocabulary, by language.",
    ["lang"],
)
EVENTS_EXTRACTED = Counter(
    "troopwatch_events_extracted_total", "Troop events extracted, by type and language.", ["type", "lang"]
)
EXTRACTION_SECONDS = Histogram(
    "troopwatch_extraction_duration_seconds",
    "Time to extract the events of one article.",
    buckets=(0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5),
)

# The label sets are small and known (two languages, four types): start them at 0 so the
# dashboard has every series from the start and the first increment shows up in rate().
for _lang in get_args(Lang):
    ARTICLES_PROCESSED.labels(lang=_lang)
    ARTICLES_GATED_OUT.labels(lang=_lang)
    for _type in get_args(EventType):
        EVENTS_EXTRACTED.labels(type=_type, lang=_lang)
