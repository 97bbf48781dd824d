"""Idempotence and cross-article de-duplication."""

import datetime as dt

from services.aggregator.ledger import EventStatus, Ledger, aggregate
from services.aggregator.matching import group_reports
from services.aggregator.totals import Totals

from .builders import event


def test_redelivery_counts_once() -> None:
    ledger = Ledger()
    move = event("deployment", "US", 1000, "DE", ("RO",))
    first, again = ledger.add(move), ledger.add(move)
    assert first.status == "counted" and first.changed_countries == {"US", "RO"}
    assert again.status == "redelivery" and again.changed_countries == frozenset() and not again.conflicting
    assert ledger.totals_for("US") == Totals(sent=1000, events=1)
    assert len(ledger) == 1


def test_redelivery_with_another_payload_keeps_the_stored_one_and_says_so() -> None:
    ledger = Ledger()
    ledger.add(event("alert", "US", 8500, event_id="x"))
    outcome = ledger.add(event("alert", "US", 9000, event_id="x"))
    assert outcome.status == "redelivery" and outcome.conflicting
    assert ledger.totals_for("US").alerted == 8500


def test_same_move_in_two_articles_within_window_counts_once_and_links() -> None:
    ledger = Ledger()
    first = ledger.add(event("withdrawal", "FR", 47, "CF", published_at="2022-12-15", event_id="a"))
    second = ledger.add(event("withdrawal", "FR", 47, "CF", published_at="2022-12-20", event_id="b"))
    assert first.status == "counted"
    assert (second.status, second.duplicate_of, second.changed_countries) == ("duplicate", "a", frozenset())
    assert ledger.totals_for("FR") == Totals(withdrawn=47, events=1)
    status = ledger.status("a")
    assert status is not None and status.duplicates == ("b",)


def test_french_and_english_versions_on_the_same_day_count_once() -> None:
    fr = event("deployment", "SV", 2000, None, ("SV",), article_id="salvador-fr")
    en = event("deployment", "SV", 2000, None, ("SV",), article_id="salvador-en")
    assert aggregate([fr, en]).totals_for("SV") == Totals(sent=2000, received=2000, events=1)


def test_window_edges_are_inclusive_and_configurable() -> None:
    base = event("alert", "US", 8500, published_at="2022-01-24", event_id="a")
    day7 = event("alert", "US", 8500, published_at="2022-01-31", event_id="b")
    day9 = event("alert", "US", 8500, published_at="2022-02-02", event_id="c")
    assert aggregate([base, day7], window_days=7).totals_for("US").alerted == 8500
    assert aggregate([base, day9], window_days=7).totals_for("US").alerted == 17000
    assert aggregate([base, day9], window_days=9).totals_for("US").alerted == 8500
    assert aggregate([base, day7], window_days=0).totals_for("US").alerted == 17000


def test_window_is_anchored_on_the_first_report_not_chained() -> None:
    # Day 0, 5 and 10: the third report is 10 days after the counted one, so it is a new move.
    days = ["2022-03-01", "2022-03-06", "2022-03-11"]
    reports = [event("deployment", "GB", 350, None, ("PL",), published_at=d) for d in days]
    ledger = aggregate(reports, window_days=7)
    assert ledger.totals_for("GB").sent == 700
    assert [len(g.duplicates) for g in group_reports(reports, 7)] == [1, 0]


def test_any_key_difference_prevents_a_match() -> None:
    base = event("deployment", "US", 1000, "DE", ("RO",))
    others = [
        event("alert", "US", 1000, "DE", ("RO",)),
        event("deployment", "GB", 1000, "DE", ("RO",)),
        event("deployment", "US", 1001, "DE", ("RO",)),
        event("deployment", "US", 1000, "PL", ("RO",)),
        event("deployment", "US", 1000, "DE", ("BG",)),
        event("deployment", "US", 1000, "DE", ("RO", "BG")),
    ]
    for other in others:
        assert len(group_reports([base, other])) == 2, other


def test_missing_origin_matches_a_named_one() -> None:
    named = event("alert", "US", 8500, "US", published_at="2022-02-02", event_id="seed")
    unnamed = event("alert", "US", 8500, None, published_at="2022-02-01", event_id="cnn")
    ledger = aggregate([named, unnamed])
    assert ledger.totals_for("US").alerted == 8500
    assert ledger.status("seed") == EventStatus("seed", "duplicate", duplicate_of="cnn")


def test_a_move_never_mixes_two_named_origins() -> None:
    # The unnamed first report is compatible with both; the group takes DE first, then PL
    # cannot join and is counted on its own.
    unnamed = event("deployment", "US", 1000, None, ("RO",), published_at="2022-02-01", event_id="a")
    from_de = event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-02", event_id="b")
    from_pl = event("deployment", "US", 1000, "PL", ("RO",), published_at="2022-02-03", event_id="c")
    ledger = aggregate([from_pl, unnamed, from_de])
    assert ledger.totals_for("RO").received == 2000
    assert [ledger.status(i).status for i in "abc"] == ["counted", "duplicate", "counted"]


def test_two_identical_events_of_one_article_are_two_moves() -> None:
    first = event("deployment", "FR", 500, None, ("RO",), article_id="a")
    second = event("deployment", "FR", 500, None, ("RO",), article_id="a")
    third = event("deployment", "FR", 500, None, ("RO",), article_id="b")
    ledger = aggregate([first, second, third])
    # b's report links to one of them; it cannot stand for both.
    assert ledger.totals_for("FR").sent == 1000


def test_late_earlier_report_takes_over_and_relinks() -> None:
    ledger = Ledger()
    later = event("deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-04", event_id="later")
    earlier = event("deployment", "US", 1000, None, ("RO",), published_at="2022-02-02", event_id="earlier")
    assert ledger.add(later).status == "counted"
    outcome = ledger.add(earlier)
    assert (outcome.status, outcome.duplicate_of, outcome.relinked) == ("counted", None, ("later",))
    assert outcome.changed_countries == {"US", "RO"}  # the move now dates from 2022-02-02
    assert ledger.status("later").duplicate_of == "earlier"
    assert ledger.totals_for("US") == Totals(sent=1000, events=1)
    assert list(ledger.daily_totals("US")) == [dt.date(2022, 2, 2)]


def test_late_earlier_report_can_split_a_group_into_two_moves() -> None:
    # Alone, the day-5 and day-10 reports are one move. A day-0 report arriving late becomes
    # the first report: day 5 joins it, day 10 is now outside its window and counts alone.
    ledger = Ledger(window_days=7)
    ledger.add(event("alert", "US", 2000, published_at="2023-10-06", event_id="d5"))
    ledger.add(event("alert", "US", 2000, published_at="2023-10-11", event_id="d10"))
    assert ledger.totals_for("US").alerted == 2000
    outcome = ledger.add(event("alert", "US", 2000, published_at="2023-10-01", event_id="d0"))
    assert set(outcome.relinked) == {"d5", "d10"}
    assert ledger.totals_for("US").alerted == 4000
    assert ledger.status("d5").duplicate_of == "d0" and ledger.status("d10").status == "counted"


def test_from_events_and_rebuild_give_the_incremental_state() -> None:
    reports = [
        event("alert", "US", 2000, published_at="2023-10-06"),
        event("alert", "US", 2000, published_at="2023-10-01"),
        event("deployment", "US", 1000, "DE", ("RO",)),
        event("presence", "RU", 100000),
    ]
    incremental = Ledger()
    for report in reports:
        incremental.add(report)
    restored = Ledger.from_events(incremental.stored.values())
    assert restored.totals() == incremental.totals()
    assert restored.daily_totals() == incremental.daily_totals()
    assert restored.presence() == incremental.presence()
    assert {i: restored.status(i) for i in restored.stored} == {i: incremental.status(i) for i in incremental.stored}
    incremental.rebuild()
    assert incremental.totals() == restored.totals()
