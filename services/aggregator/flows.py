"""Troop flows (actor, origin -> destination) from the counted deployments of a ledger."""

from __future__ import annotations

from collections import Counter

from services.aggregator.ledger import Ledger

UNKNOWN = "unknown"
FlowKey = tuple[str, str, str]


def flows(ledger: Ledger) -> dict[FlowKey, int]:
    """Counted, non-summary deployments with a count, summed per (actor, origin, destination).

    A move to several countries at once is one flow to all of them ("DE,PL"): its count cannot be
    split between them without inventing numbers."""
    out: Counter[FlowKey] = Counter()
    for event in ledger.events(type="deployment"):
        status = ledger.status(event.event_id)
        if status is None or status.status != "counted" or event.count is None:
            continue
        destination = ",".join(sorted(event.destinations)) or UNKNOWN
        out[(event.actor, event.origin or UNKNOWN, destination)] += event.count
    return dict(out)
