"""Per-day totals, event listing and explanations."""

import datetime as dt

from services.aggregator.ledger import aggregate
from services.aggregator.totals import Totals

from .builders import event


def test_daily_totals_date_a_move_by_its_first_report() -> None:
    ledger = aggregate(
        [
            event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-02"),
            event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-04"),
            event("deployment", "DE", 350, None, ("LT",), published_at="2022-02-07"),
            event("alert", "US", 8500, published_at="2022-02-07"),
        ]
    )
    assert ledger.daily_totals() == {
        dt.date(2022, 2, 2): {"RO": Totals(received=1000, events=1), "US": Totals(sent=1000, events=1)},
        dt.date(2022, 2, 7): {
            "DE": Totals(sent=350, events=1),
            "LT": Totals(received=350, events=1),
            "US": Totals(alerted=8500, events=1),
        },
    }
    assert ledger.daily_totals("RO") == {dt.date(2022, 2, 2): {"RO": Totals(received=1000, events=1)}}
    summed = sum((t.sent for day in ledger.daily_totals().values() for c, t in day.items() if c == "US"))
    assert summed == ledger.totals_for("US").sent


def test_events_filters_by_country_role_type_and_since() -> None:
    a = event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-02")
    b = event("alert", "US", 8500, published_at="2022-01-24")
    c = event("presence", "FR", 750, None, ("RO",), published_at="2022-11-04")
    ledger = aggregate([c, a, b])
    assert ledger.events() == [b, a, c]
    assert ledger.events(country="RO") == [a, c]
    assert ledger.events(country="DE") == [a]
    assert ledger.events(type="alert") == [b]
    assert ledger.events(since=dt.date(2022, 2, 2)) == [a, c]


def test_explain_lists_moves_and_every_article_that_reported_them() -> None:
    first = event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-02", article_id="lemonde")
    again = event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-04", article_id="stryker")
    other = event("deployment", "FR", 500, None, ("RO",), published_at="2022-03-01", article_id="mamba")
    explanation = aggregate([again, other, first]).explain("RO")
    assert explanation.totals == Totals(received=1500, events=2)
    moves = explanation.figures["received"]
    assert [m.event for m in moves] == [first, other]
    assert moves[0].duplicates == (again,) and moves[0].article_ids == ("lemonde", "stryker")
    assert explanation.figures["sent"] == ()
