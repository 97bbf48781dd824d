"""The aggregator's state: a ledger of events and the indexes derived from it.

The only state that must be stored is the mapping `event_id -> TroopEvent` (`Ledger.stored`):
the service writes one table key per event, which is atomic, and everything else (groups of
duplicate reports, totals overall and per day, presence estimates) is rebuilt from it with
`Ledger.from_events(table.values())` after a restart. Because every derived figure is a
function of the *set* of stored events (see `matching`), a restart, a redelivery or a
different delivery order all give the same totals.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Literal

from schemas.models import CountryTotals, EventType, TroopEvent
from services.aggregator.matching import DEFAULT_WINDOW_DAYS, Bucket, MatchKey, match_key, order_key
from services.aggregator.presence import Place, PresenceEstimate, estimate_of, is_estimate, newer
from services.aggregator.totals import MEASURES, Measure, Totals, contributions, touched_countries

Status = Literal["counted", "duplicate", "not_counted"]
NotCountedReason = Literal["summary", "no_count", "presence"]


@dataclass(frozen=True, slots=True)
class AddOutcome:
    """What `Ledger.add` did.

    `status` is the added event's status, or `redelivery` when its event_id was already stored
    (nothing changes; `conflicting` tells whether the new payload differs from the stored one,
    which the ledger keeps). `changed_countries` are the countries whose totals (overall or per
    day) changed, so the service republishes only those. `relinked` lists other stored events
    whose `duplicate_of` changed because this one sorts before them (a late earlier report).
    """

    event_id: str
    status: Literal["counted", "duplicate", "not_counted", "redelivery"]
    duplicate_of: str | None = None
    changed_countries: frozenset[str] = frozenset()
    relinked: tuple[str, ...] = ()
    presence_changed: bool = False
    conflicting: bool = False


@dataclass(frozen=True, slots=True)
class EventStatus:
    """Whether an event is counted, and the reports it is linked to."""

    event_id: str
    status: Status
    duplicate_of: str | None = None
    duplicates: tuple[str, ...] = ()
    reason: NotCountedReason | None = None


@dataclass(frozen=True, slots=True)
class CountedMove:
    """A counted report and the later reports of the same move, in order."""

    event: TroopEvent
    duplicates: tuple[TroopEvent, ...]

    @property
    def article_ids(self) -> tuple[str, ...]:
        return tuple(dict.fromkeys(e.article_id for e in (self.event, *self.duplicates)))


@dataclass(frozen=True, slots=True)
class CountryExplanation:
    """The counted moves behind each figure of a country."""

    country: str
    totals: Totals
    figures: dict[Measure, tuple[CountedMove, ...]]


class Ledger:
    """Idempotent, order-independent aggregation of `TroopEvent`s.

    `add` is the only mutator. Reading methods never change state.
    """

    def __init__(self, window_days: int = DEFAULT_WINDOW_DAYS) -> None:
        if window_days < 0:
            raise ValueError("window_days must be >= 0")
        self._window_days = window_days
        self._events: dict[str, TroopEvent] = {}
        self._reset_indexes()

    @classmethod
    def from_events(cls, events: Iterable[TroopEvent], window_days: int = DEFAULT_WINDOW_DAYS) -> Ledger:
        """A ledger holding `events` (the first payload of each event_id wins)."""
        ledger = cls(window_days)
        for event in events:
            ledger._events.setdefault(event.event_id, event)
        ledger.rebuild()
        return ledger

    @property
    def window_days(self) -> int:
        return self._window_days

    @property
    def stored(self) -> Mapping[str, TroopEvent]:
        """The ledger proper (read-only view): the one thing the service must persist."""
        return MappingProxyType(self._events)

    def __len__(self) -> int:
        return len(self._events)

    def __contains__(self, event_id: object) -> bool:
        return event_id in self._events

    # -- writing ---------------------------------------------------------------------------

    def add(self, event: TroopEvent) -> AddOutcome:
        """Store `event` (once per event_id) and update every derived figure."""
        stored = self._events.get(event.event_id)
        if stored is not None:
            link = self._canonical.get(event.event_id)
            return AddOutcome(
                event.event_id,
                "redelivery",
                duplicate_of=link if link != event.event_id else None,
                conflicting=stored != event,
            )
        self._events[event.event_id] = event
        return self._index(event)

    def rebuild(self) -> None:
        """Recompute every index from the stored events (after loading them from a table)."""
        self._reset_indexes()
        for event in sorted(self._events.values(), key=order_key):
            self._index(event)

    def _reset_indexes(self) -> None:
        self._buckets: dict[MatchKey, Bucket] = {}
        self._canonical: dict[str, str] = {}  # countable event_id -> counted event_id of its move
        self._totals: defaultdict[str, Counter[str]] = defaultdict(Counter)
        self._daily: defaultdict[dt.date, defaultdict[str, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
        self._counted_by_country: defaultdict[str, set[str]] = defaultdict(set)
        self._presence: dict[tuple[str, Place], PresenceEstimate] = {}

    def _index(self, event: TroopEvent) -> AddOutcome:
        presence_changed = self._index_presence(event)
        key = match_key(event)
        if key is None:
            return AddOutcome(event.event_id, "not_counted", presence_changed=presence_changed)
        bucket = self._buckets.setdefault(key, Bucket(self._window_days))
        links = bucket.insert(event)
        changed: set[str] = set()
        relinked: list[str] = []
        for event_id, after in links.items():
            each = self._events[event_id]
            before = self._canonical.get(event_id)
            if (before == each.event_id) != (after == each.event_id):
                self._count(each, +1 if after == each.event_id else -1)
                changed |= touched_countries(each)
            if before is not None and before != after:
                relinked.append(event_id)
            self._canonical[event_id] = after
        link = self._canonical[event.event_id]
        counted = link == event.event_id
        return AddOutcome(
            event.event_id,
            "counted" if counted else "duplicate",
            duplicate_of=None if counted else link,
            changed_countries=frozenset(changed),
            relinked=tuple(relinked),
            presence_changed=presence_changed,
        )

    def _count(self, event: TroopEvent, sign: int) -> None:
        day = self._daily[event.published_at]
        for part in contributions(event):
            self._totals[part.country][part.measure] += sign * part.count
            day[part.country][part.measure] += sign * part.count
        for country in touched_countries(event):
            self._totals[country]["events"] += sign
            day[country]["events"] += sign
            if sign > 0:
                self._counted_by_country[country].add(event.event_id)
            else:
                self._counted_by_country[country].discard(event.event_id)

    def _index_presence(self, event: TroopEvent) -> bool:
        if not is_estimate(event):
            return False
        estimate = estimate_of(event)
        key = (estimate.actor, estimate.place)
        if not newer(estimate, self._presence.get(key)):
            return False
        self._presence[key] = estimate
        return True

    # -- reading ---------------------------------------------------------------------------

    def totals(self) -> dict[str, Totals]:
        """Totals of every country with a non-zero figure, by country code."""
        result = {country: _as_totals(counts) for country, counts in sorted(self._totals.items())}
        return {country: totals for country, totals in result.items() if not totals.is_zero()}

    def countries(self) -> list[str]:
        """Every country a countable event could credit, zeros included (what to publish on startup)."""
        return sorted({part.country for event in self._events.values() for part in contributions(event)})

    def totals_for(self, country: str) -> Totals:
        """Totals of one country (zeros when nothing was counted for it)."""
        counts = self._totals.get(country)
        return _as_totals(counts) if counts is not None else Totals()

    def daily_totals(self, country: str | None = None) -> dict[dt.date, dict[str, Totals]]:
        """Per `published_at` day of the counted report: the totals added that day, by country.

        A move is dated by its first report, so a late earlier report moves it to its own day.
        """
        result: dict[dt.date, dict[str, Totals]] = {}
        for day in sorted(self._daily):
            per_country = {
                code: _as_totals(counts)
                for code, counts in sorted(self._daily[day].items())
                if country is None or code == country
            }
            non_zero = {code: totals for code, totals in per_country.items() if not totals.is_zero()}
            if non_zero:
                result[day] = non_zero
        return result

    def presence(self, actor: str | None = None) -> list[PresenceEstimate]:
        """Latest estimate per (actor, place), sorted by actor then place."""
        return [self._presence[key] for key in sorted(self._presence) if actor is None or key[0] == actor]

    def events(
        self, country: str | None = None, type: EventType | None = None, since: dt.date | None = None
    ) -> list[TroopEvent]:
        """Stored events in (published_at, event_id) order.

        `country` keeps events where it is the actor, the origin or a destination; `since`
        keeps events published on or after that day.
        """
        selected = [
            e
            for e in self._events.values()
            if (country is None or country in (e.actor, e.origin, *e.destinations))
            and (type is None or e.type == type)
            and (since is None or e.published_at >= since)
        ]
        return sorted(selected, key=order_key)

    def status(self, event_id: str) -> EventStatus | None:
        """Counted, duplicate (of which report) or not counted (why); None when unknown."""
        event = self._events.get(event_id)
        if event is None:
            return None
        link = self._canonical.get(event_id)
        if link is None:
            reason: NotCountedReason = (
                "presence" if event.type == "presence" else "summary" if event.is_summary else "no_count"
            )
            return EventStatus(event_id, "not_counted", reason=reason)
        if link != event_id:
            return EventStatus(event_id, "duplicate", duplicate_of=link)
        return EventStatus(event_id, "counted", duplicates=tuple(d.event_id for d in self._duplicates(event)))

    def explain(self, country: str) -> CountryExplanation:
        """The counted moves behind each figure of `country`, with every report linked to them."""
        figures: dict[Measure, list[CountedMove]] = {measure: [] for measure in MEASURES}
        counted = sorted((self._events[i] for i in self._counted_by_country.get(country, ())), key=order_key)
        for event in counted:
            move = CountedMove(event, self._duplicates(event))
            for part in contributions(event):
                if part.country == country:
                    figures[part.measure].append(move)
        return CountryExplanation(
            country, self.totals_for(country), {measure: tuple(moves) for measure, moves in figures.items()}
        )

    def country_totals_message(self, country: str, now: dt.datetime) -> CountryTotals:
        """The record for the compacted totals topic (key: the country code)."""
        return CountryTotals(country=country, **self.totals_for(country).as_dict(), updated_at=now)

    def _duplicates(self, counted: TroopEvent) -> tuple[TroopEvent, ...]:
        key = match_key(counted)
        if key is None:
            return ()
        return tuple(
            e
            for e in self._buckets[key].events
            if e.event_id != counted.event_id and self._canonical.get(e.event_id) == counted.event_id
        )


def _as_totals(counts: Counter[str]) -> Totals:
    return Totals(
        sent=counts["sent"],
        received=counts["received"],
        alerted=counts["alerted"],
        withdrawn=counts["withdrawn"],
        events=counts["events"],
    )


def aggregate(events: Iterable[TroopEvent], window_days: int = DEFAULT_WINDOW_DAYS) -> Ledger:
    """Offline aggregation: a ledger built from `events` in any order."""
    return Ledger.from_events(events, window_days)


def totals_json(ledger: Ledger) -> dict[str, dict[str, int]]:
    """Totals in the format `score.py totals` reads: {"US": {"sent": .., "received": .., ...}}."""
    return {country: totals.measures() for country, totals in ledger.totals().items()}
