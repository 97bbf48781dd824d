"""Aggregator metrics (one module: every metric the aggregator exports is defined here)."""

from __future__ import annotations

from collections import OrderedDict

from prometheus_client import Counter, Gauge, Histogram

from services.aggregator.totals import MEASURES

EVENTS_CONSUMED = Counter(
    "troopwatch_aggregator_events_total",
    "Events read by the aggregator, by what became of them (counted, duplicate, not_counted, redelivery).",
    ["status"],
)
ARTICLES = Counter(
    "troopwatch_aggregator_articles_total",
    "Articles whose events reached the aggregator, counted once per article at its first new event.",
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


class _RecentArticles:
    """Counts each article once in ARTICLES: an article's events arrive close together, so a
    bounded memory of recent article ids is enough (and keeps memory flat)."""

    def __init__(self, size: int = 10_000) -> None:
        self.size = size
        self.seen: OrderedDict[str, None] = OrderedDict()

    def count(self, article_id: str, status: str) -> None:
        if status == "redelivery" or article_id in self.seen:
            return
        self.seen[article_id] = None
        if len(self.seen) > self.size:
            self.seen.popitem(last=False)
        ARTICLES.inc()


count_article = _RecentArticles().count
