"""Ingestor metrics (one module: every metric the ingestor exports is defined here)."""

from __future__ import annotations

from prometheus_client import Counter

from services.common.metrics import DEAD_LETTERS_TOTAL

# Every reason `validation.validate_article` can reject a message for: a bounded label set.
INVALID_REASONS = ("too_large", "bad_encoding", "not_json", "not_object", "invalid", "unsupported_language")

ARTICLES_RECEIVED = Counter("troopwatch_articles_received_total", "Raw messages read from the raw-articles topic.")
ARTICLES_VALID = Counter("troopwatch_articles_valid_total", "Raw messages that validated into an article.")
ARTICLES_INVALID = Counter(
    "troopwatch_articles_invalid_total", "Raw messages rejected (and dead-lettered), by reason.", ["reason"]
)
ARTICLES_DUPLICATE = Counter(
    "troopwatch_articles_duplicate_total", "Exact re-publications dropped (same id, same content)."
)
ARTICLES_FORWARDED = Counter("troopwatch_articles_forwarded_total", "Articles published to the articles topic.")

# Known label sets start at 0, so that the first rejection shows up in rate() and the dashboard
# has a series per reason before anything goes wrong.
for _reason in INVALID_REASONS:
    ARTICLES_INVALID.labels(reason=_reason)
    DEAD_LETTERS_TOTAL.labels(service="ingestor", reason=_reason)
