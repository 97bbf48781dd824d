"""Hand-made TroopEvents and hypothesis strategies for the aggregation tests."""

from __future__ import annotations

import datetime as dt
import itertools

from hypothesis import strategies as st

from schemas.models import EventType, Evidence, TroopEvent

_ids = itertools.count()


def event(
    type: EventType = "deployment",
    actor: str = "US",
    count: int | None = 1000,
    origin: str | None = None,
    destinations: tuple[str, ...] = (),
    *,
    is_summary: bool = False,
    published_at: str | dt.date = "2022-02-02",
    article_id: str | None = None,
    event_id: str | None = None,
) -> TroopEvent:
    """A TroopEvent with defaults for everything the aggregator does not read."""
    number = next(_ids)
    day = dt.date.fromisoformat(published_at) if isinstance(published_at, str) else published_at
    article = article_id or f"article-{number}"
    return TroopEvent(
        event_id=event_id or f"{article}#{number}",
        article_id=article,
        type=type,
        actor=actor,
        count=count,
        origin=origin,
        destinations=list(destinations),
        is_summary=is_summary,
        evidence=Evidence(field="body", start=0, end=4, text="text"),
        confidence=1.0,
        extractor_version="test",
        published_at=day,
        lang="en",
    )


# Few values on purpose: collisions are what exercise de-duplication and re-linking.
COUNTRIES = ("US", "FR", "DE", "RO", "PL")
TYPES: tuple[EventType, ...] = ("deployment", "alert", "withdrawal", "presence")


@st.composite
def troop_events(draw: st.DrawFn) -> TroopEvent:
    article = draw(st.sampled_from([f"a{i}" for i in range(10)]))
    return TroopEvent(
        event_id=f"{article}#{draw(st.integers(0, 2))}",
        article_id=article,
        type=draw(st.sampled_from(("deployment", "deployment", "alert", "withdrawal", "presence"))),
        actor=draw(st.sampled_from(("US", "US", "FR"))),
        count=draw(st.sampled_from((1000, 1000, 8500, None))),
        origin=draw(st.sampled_from((None, None, "DE", "PL"))),
        destinations=draw(st.sampled_from(((), ("RO",), ("RO",), ("DE", "PL")))),
        is_summary=draw(st.sampled_from((False, False, False, True))),
        evidence=Evidence(field="body", start=0, end=4, text="text"),
        confidence=1.0,
        extractor_version="test",
        published_at=dt.date(2022, 2, 1) + dt.timedelta(days=draw(st.integers(0, 12))),
        lang="en",
    )


def unique_ids(events: list[TroopEvent]) -> list[TroopEvent]:
    """Keep the first event of each event_id (an id names one payload)."""
    seen: dict[str, TroopEvent] = {}
    for each in events:
        seen.setdefault(each.event_id, each)
    return list(seen.values())
