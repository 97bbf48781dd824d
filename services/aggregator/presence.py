"""Stocks: the latest estimate of how many troops an actor has in a place.

`presence` events are estimates of a stock, not flows, so they are never added up. For each
(actor, place) the estimate of the latest article wins: latest `published_at`, ties broken by
the larger `event_id` so that the answer does not depend on delivery order. A place is the
sorted tuple of destination codes (`()` when the text names no country): "4,000 in the Baltic
states" is one estimate for (EE, LT, LV), not 4,000 in each.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from schemas.models import TroopEvent

Place = tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PresenceEstimate:
    actor: str
    place: Place
    count: int
    published_at: dt.date
    event_id: str
    article_id: str

    def as_dict(self) -> dict[str, object]:
        return {
            "actor": self.actor,
            "place": list(self.place),
            "count": self.count,
            "published_at": self.published_at.isoformat(),
            "event_id": self.event_id,
            "article_id": self.article_id,
        }


def is_estimate(event: TroopEvent) -> bool:
    """Presence events with a count; summaries restate the article's own parts, so they are skipped."""
    return event.type == "presence" and event.count is not None and not event.is_summary


def estimate_of(event: TroopEvent) -> PresenceEstimate:
    assert event.count is not None
    return PresenceEstimate(
        actor=event.actor,
        place=tuple(sorted(set(event.destinations))),
        count=event.count,
        published_at=event.published_at,
        event_id=event.event_id,
        article_id=event.article_id,
    )


def newer(candidate: PresenceEstimate, current: PresenceEstimate | None) -> bool:
    if current is None:
        return True
    return (candidate.published_at, candidate.event_id) > (current.published_at, current.event_id)
