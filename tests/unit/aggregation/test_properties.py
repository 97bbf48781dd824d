"""Totals are a function of the set of events: not of delivery order, nor of redeliveries."""

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from schemas.models import TroopEvent
from services.aggregator.ledger import Ledger
from services.aggregator.matching import DEFAULT_WINDOW_DAYS, match_key
from services.aggregator.totals import MEASURES, contributions

from .builders import troop_events, unique_ids

event_lists = st.lists(troop_events(), max_size=40).map(unique_ids)


def _snapshot(ledger: Ledger) -> tuple[object, ...]:
    statuses = {event_id: ledger.status(event_id) for event_id in sorted(ledger.stored)}
    return ledger.totals(), ledger.daily_totals(), ledger.presence(), statuses


def _deliver(events: list[TroopEvent], window_days: int = DEFAULT_WINDOW_DAYS) -> Ledger:
    ledger = Ledger(window_days)
    for each in events:
        ledger.add(each)
    return ledger


@settings(max_examples=300, deadline=None)
@given(events=event_lists, data=st.data(), window=st.sampled_from([0, 3, 7]))
def test_delivery_order_does_not_matter(events: list[TroopEvent], data: st.DataObject, window: int) -> None:
    shuffled = data.draw(st.permutations(events))
    reference = Ledger.from_events(events, window)
    assert _snapshot(_deliver(shuffled, window)) == _snapshot(reference)
    assert _snapshot(_deliver(list(reversed(events)), window)) == _snapshot(reference)


@settings(max_examples=200, deadline=None)
@given(events=event_lists, data=st.data())
def test_redeliveries_do_not_matter(events: list[TroopEvent], data: st.DataObject) -> None:
    repeats = data.draw(st.lists(st.sampled_from(events), max_size=20)) if events else []
    deliveries = data.draw(st.permutations(events + repeats))
    ledger = _deliver(deliveries)
    assert _snapshot(ledger) == _snapshot(Ledger.from_events(events))
    assert len(ledger) == len(events)


@settings(max_examples=200, deadline=None)
@given(events=event_lists, data=st.data())
def test_changed_countries_cover_every_change(events: list[TroopEvent], data: st.DataObject) -> None:
    ledger = Ledger()
    for each in data.draw(st.permutations(events)):
        before_totals, before_daily = ledger.totals(), ledger.daily_totals()
        outcome = ledger.add(each)
        after_totals, after_daily = ledger.totals(), ledger.daily_totals()
        changed = {c for c in set(before_totals) | set(after_totals) if before_totals.get(c) != after_totals.get(c)}
        for day in set(before_daily) | set(after_daily):
            old, new = before_daily.get(day, {}), after_daily.get(day, {})
            changed |= {c for c in set(old) | set(new) if old.get(c) != new.get(c)}
        assert changed <= outcome.changed_countries


@settings(max_examples=200, deadline=None)
@given(events=event_lists)
def test_totals_lie_between_distinct_moves_and_every_report(events: list[TroopEvent]) -> None:
    ledger = Ledger.from_events(events)
    every: Counter[tuple[str, str]] = Counter()
    distinct: Counter[tuple[str, str]] = Counter()
    seen = set()
    for each in events:
        parts = contributions(each)
        for part in parts:
            every[part.country, part.measure] += part.count
        if parts and match_key(each) not in seen:
            seen.add(match_key(each))
            for part in parts:
                distinct[part.country, part.measure] += part.count
    for country in {c for c, _ in every}:
        totals = ledger.totals_for(country).measures()
        for measure in MEASURES:
            assert distinct[country, measure] <= totals[measure] <= every[country, measure]
    daily_sum: Counter[tuple[str, str]] = Counter()
    for per_country in ledger.daily_totals().values():
        for country, totals in per_country.items():
            for measure, value in totals.measures().items():
                daily_sum[country, measure] += value
    assert +daily_sum == +Counter({(c, m): v for c, t in ledger.totals().items() for m, v in t.measures().items()})
