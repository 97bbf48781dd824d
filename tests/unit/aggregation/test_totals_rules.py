"""What each kind of event adds to the totals (gold README, "Totals")."""

from services.aggregator.ledger import Ledger, aggregate, totals_json
from services.aggregator.totals import Totals

from .builders import event


def test_deployment_adds_to_sent_and_single_destination_received() -> None:
    ledger = aggregate([event("deployment", "US", 1000, "DE", ("RO",))])
    assert ledger.totals() == {"US": Totals(sent=1000, events=1), "RO": Totals(received=1000, events=1)}


def test_deployment_to_several_destinations_is_not_received_by_any() -> None:
    ledger = aggregate([event("deployment", "US", 2000, "US", ("DE", "PL"))])
    assert totals_json(ledger) == {"US": {"sent": 2000, "received": 0, "alerted": 0, "withdrawn": 0}}


def test_deployment_to_a_region_is_sent_only() -> None:
    assert totals_json(aggregate([event("deployment", "US", 3000)])) == {
        "US": {"sent": 3000, "received": 0, "alerted": 0, "withdrawn": 0}
    }


def test_domestic_deployment_is_sent_and_received_by_the_same_country_one_event() -> None:
    ledger = aggregate([event("deployment", "SV", 2000, None, ("SV",))])
    assert ledger.totals_for("SV") == Totals(sent=2000, received=2000, events=1)


def test_alert_and_withdrawal_are_credited_to_the_actor() -> None:
    ledger = aggregate([event("alert", "US", 8500), event("withdrawal", "FR", 400, "BF")])
    assert totals_json(ledger) == {
        "FR": {"sent": 0, "received": 0, "alerted": 0, "withdrawn": 400},
        "US": {"sent": 0, "received": 0, "alerted": 8500, "withdrawn": 0},
    }


def test_summary_events_are_not_added() -> None:
    ledger = aggregate([event("deployment", "US", 3000, is_summary=True)])
    assert ledger.totals() == {}
    outcome = Ledger().add(event("deployment", "US", 3000, is_summary=True))
    assert outcome.status == "not_counted" and outcome.changed_countries == frozenset()


def test_events_without_count_are_not_added() -> None:
    ledger = aggregate([event("deployment", "FR", None, None, ("RO",))])
    assert ledger.totals() == {}
    assert ledger.totals_for("RO") == Totals()


def test_presence_is_never_added_up_latest_estimate_wins() -> None:
    reports = [
        event("presence", "RU", 100000, published_at="2022-02-07", event_id="b"),
        event("presence", "RU", 130000, published_at="2022-02-15", event_id="c"),
        event("presence", "RU", 125000, published_at="2022-02-14", event_id="a"),
        event("presence", "US", 28500, None, ("KR",), published_at="2022-08-22"),
        event("presence", "US", 30000, None, ("KR",), published_at="2022-05-22"),
    ]
    ledger = aggregate(reports)
    assert ledger.totals() == {}
    latest = {(p.actor, p.place): (p.count, p.published_at.isoformat(), p.event_id) for p in ledger.presence()}
    assert latest == {
        ("RU", ()): (130000, "2022-02-15", "c"),
        ("US", ("KR",)): (28500, "2022-08-22", latest[("US", ("KR",))][2]),
    }
    assert [p.actor for p in ledger.presence("US")] == ["US"]


def test_presence_same_day_tie_is_broken_by_event_id_whatever_the_order() -> None:
    first = event("presence", "FR", 750, None, ("RO",), published_at="2022-11-04", event_id="fr-x")
    second = event("presence", "FR", 800, None, ("RO",), published_at="2022-11-04", event_id="en-x")
    for order in ([first, second], [second, first]):
        (estimate,) = aggregate(order).presence()
        assert (estimate.count, estimate.event_id, estimate.article_id) == (750, "fr-x", first.article_id)


def test_presence_in_several_places_is_one_estimate_for_the_set() -> None:
    ledger = aggregate([event("presence", "NATO", 4000, None, ("LT", "EE", "LV"))])
    assert [p.place for p in ledger.presence()] == [("EE", "LT", "LV")]


def test_seed_article_gives_exactly_us_sent_alerted_and_ro_received() -> None:
    seed = "seed-rfi-2022-02-02"
    events = [
        event("deployment", "US", 3000, None, (), is_summary=True, article_id=seed),
        event("deployment", "US", 1000, "DE", ("RO",), article_id=seed),
        event("deployment", "US", 2000, "US", ("DE", "PL"), article_id=seed),
        event("alert", "US", 8500, "US", (), article_id=seed),
        event("deployment", "FR", None, None, ("RO",), article_id=seed),
    ]
    assert totals_json(aggregate(events)) == {
        "RO": {"sent": 0, "received": 1000, "alerted": 0, "withdrawn": 0},
        "US": {"sent": 3000, "received": 0, "alerted": 8500, "withdrawn": 0},
    }


def test_country_totals_message_is_the_schema_model() -> None:
    import datetime as dt

    ledger = aggregate([event("deployment", "US", 1000, "DE", ("RO",))])
    now = dt.datetime(2022, 2, 3, tzinfo=dt.UTC)
    message = ledger.country_totals_message("RO", now)
    assert (message.country, message.received, message.sent, message.events, message.updated_at) == (
        "RO",
        1000,
        0,
        1,
        now,
    )
    assert ledger.country_totals_message("IS", now).events == 0


def test_countries_lists_the_countries_countable_events_credit() -> None:
    ledger = aggregate(
        [
            event("deployment", "US", 1000, "DE", ("RO",)),
            event("alert", "FR", None),
            event("withdrawal", "GB", 100, is_summary=True),
        ]
    )
    assert ledger.countries() == ["RO", "US"]
