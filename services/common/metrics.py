"""Metrics every service exports (service-specific ones live in each service's metrics.py).

Names follow Prometheus conventions: `troopwatch_` prefix, base units, `_total` counters,
bounded label sets (service, reason, topic, partition).
"""

from __future__ import annotations

from prometheus_client import Counter, Gauge

DEAD_LETTERS_TOTAL = Counter(
    "troopwatch_dead_letters_total",
    "Messages sent to the dead-letter topic, by service and reason.",
    ["service", "reason"],
)
PROCESSING_ERRORS = Counter(
    "troopwatch_processing_errors_total",
    "Unexpected errors while processing a message (the message is dead-lettered).",
    ["service", "stage"],
)
CONSUMER_LAG = Gauge(
    "troopwatch_consumer_lag_messages",
    "Messages not yet consumed: high watermark minus committed position, per topic and partition.",
    ["service", "topic", "partition"],
)
