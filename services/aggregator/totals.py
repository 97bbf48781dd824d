"""The four flow measures, what one event contributes to them, and the totals value type.

Rules (gold README, "Totals"): only non-summary events with a count are added up, and
`presence` never is (it is a stock, kept as an estimate elsewhere). A deployment adds to the
actor's `sent` and, when it names exactly one destination, to that country's `received`; a
deployment to several countries does not say how the troops were split, so no destination
is credited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from schemas.models import TroopEvent

Measure = Literal["sent", "received", "alerted", "withdrawn"]
MEASURES: tuple[Measure, ...] = ("sent", "received", "alerted", "withdrawn")


@dataclass(frozen=True, slots=True)
class Contribution:
    """`count` troops added to `measure` of `country` by one event."""

    country: str
    measure: Measure
    count: int


@dataclass(frozen=True, slots=True)
class Totals:
    """Figures of one country; `events` counts the counted events behind any of them."""

    sent: int = 0
    received: int = 0
    alerted: int = 0
    withdrawn: int = 0
    events: int = 0

    def measures(self) -> dict[str, int]:
        """The four measures only, as `score.py totals` reads them."""
        return {"sent": self.sent, "received": self.received, "alerted": self.alerted, "withdrawn": self.withdrawn}

    def as_dict(self) -> dict[str, int]:
        return {**self.measures(), "events": self.events}

    def is_zero(self) -> bool:
        return self == Totals()


ZERO = Totals()


def is_countable(event: TroopEvent) -> bool:
    """True when the event is a flow that may be added to totals (before de-duplication)."""
    return event.type != "presence" and event.count is not None and not event.is_summary


def contributions(event: TroopEvent) -> tuple[Contribution, ...]:
    """What the event adds to totals if it is counted; empty for uncountable events."""
    if not is_countable(event):
        return ()
    count = event.count
    assert count is not None  # guaranteed by is_countable; narrows the type
    if event.type == "deployment":
        parts = [Contribution(event.actor, "sent", count)]
        if len(set(event.destinations)) == 1:
            parts.append(Contribution(event.destinations[0], "received", count))
        return tuple(parts)
    if event.type == "alert":
        return (Contribution(event.actor, "alerted", count),)
    return (Contribution(event.actor, "withdrawn", count),)


def touched_countries(event: TroopEvent) -> frozenset[str]:
    """Countries whose figures a counted event feeds (each such country counts it once)."""
    return frozenset(part.country for part in contributions(event))
