"""Aggregator metrics (one module: every metric the aggregator exports is defined here)."""

from __future__ import annotations

from prometheus_client import Counter, Gauge, Histogram

from services.aggregator.totals import MEASURES

EVENTS_CONSUMED = Counter(
    "troopwatch_aggregator_events_total",
    "Events read by the aggregator, by what became of them (counted, duplicate, not_counted, redelivery).",
    ["status"],
)
# One gauge per measure, labelled by country: the figures users watch.
TROOPS = {
    measure: Gauge(f"troopwatch_troops_{measure}", f"Running total of troops {measure}, per country.", ["country"])
    for measure in MEASURES
}
TROOP_FLOW = Gauge(
    "troopwatch_troop_flow",
    "Troops deployed by an actor from an origin to a destination (counted, non-summary deployments).",
    ["actor", "origin", "destination"],
)
PUBLISH_TO_TOTALS_SECONDS = Histogram(
    "troopwatch_publish_to_totals_seconds",
    "From the ingestor receiving an article to the totals update its event caused.",
    buckets=(0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0, 120.0),
)
