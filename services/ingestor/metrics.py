"""Ingestor metrics (one module: every metric the ingestor exports is defined here)."""

from __future__ import annotations

from prometheus_client import Counter

ARTICLES_RECEIVED = Counter("troopwatch_articles_received_total", "Raw messages read from the raw-articles topic.")
ARTICLES_VALID = Counter("troopwatch_articles_valid_total", "Raw messages that validated into an article.")
ARTICLES_INVALID = Counter(
    "troopwatch_articles_invalid_total", "Raw messages rejected (and dead-lettered), by reason.", ["reason"]
)
ARTICLES_DUPLICATE = Counter(
    "troopwatch_articles_duplicate_total", "Exact re-publications dropped (same id, same content)."
)
ARTICLES_FORWARDED = Counter("troopwatch_articles_forwarded_total", "Articles published to the articles topic.")
