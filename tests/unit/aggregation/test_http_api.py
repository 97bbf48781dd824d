"""HTTP handlers: 200/400/404 answers, and the OpenAPI document matches the routes."""

import json

import pytest

from services.aggregator import http_api
from services.aggregator.http_api import ROUTES, dispatch
from services.aggregator.ledger import Ledger, aggregate
from services.aggregator.openapi import openapi_document

from .builders import event


@pytest.fixture
def ledger() -> Ledger:
    return aggregate(
        [
            event(
                "deployment", "US", 1000, "DE", ("RO",), published_at="2022-02-02", article_id="lemonde", event_id="e1"
            ),
            event(
                "deployment", "US", 1000, None, ("RO",), published_at="2022-02-04", article_id="stryker", event_id="e2"
            ),
            event("alert", "US", 8500, published_at="2022-01-24", article_id="cnn", event_id="e3"),
            event("presence", "US", 30000, None, ("KR",), published_at="2022-05-22", article_id="korea", event_id="e4"),
            event("deployment", "US", 3000, is_summary=True, article_id="lemonde", event_id="e5"),
        ]
    )


def test_totals_is_what_score_py_reads(ledger: Ledger) -> None:
    status, body = dispatch(ledger, "GET", "/totals")
    assert status == 200
    assert body == {
        "RO": {"sent": 0, "received": 1000, "alerted": 0, "withdrawn": 0, "events": 1},
        "US": {"sent": 1000, "received": 0, "alerted": 8500, "withdrawn": 0, "events": 2},
    }
    json.dumps(body)


@pytest.mark.parametrize("code", ["RO", "ro", " Ro "])
def test_country_totals_accepts_any_case(ledger: Ledger, code: str) -> None:
    status, body = http_api.get_country_totals(ledger, code)
    assert status == 200 and body["country"] == "RO"
    assert body["totals"]["received"] == 1000
    (move,) = body["figures"]["received"]
    assert move["event"]["event_id"] == "e1"
    assert move["article_ids"] == ["lemonde", "stryker"]
    assert [d["event_id"] for d in move["duplicates"]] == ["e2"]
    json.dumps(body)


def test_country_totals_lists_presence_estimates(ledger: Ledger) -> None:
    _, body = dispatch(ledger, "GET", "/totals/US")
    assert [(p["place"], p["count"]) for p in body["presence"]] == [(["KR"], 30000)]


def test_country_with_nothing_counted_is_zeros(ledger: Ledger) -> None:
    status, body = dispatch(ledger, "GET", "/totals/is")
    assert status == 200
    assert body["totals"] == {"sent": 0, "received": 0, "alerted": 0, "withdrawn": 0, "events": 0}
    assert dispatch(ledger, "GET", "/totals/NATO")[0] == 200


@pytest.mark.parametrize("code", ["USA", "U", "1X", "", "nat0"])
def test_malformed_country_is_400_with_a_clear_message(ledger: Ledger, code: str) -> None:
    status, body = http_api.get_country_totals(ledger, code)
    assert status == 400
    assert body["error"] == "invalid_parameter" and body["parameter"] == "country"
    assert "ISO 3166-1 alpha-2" in body["detail"]


def test_events_lists_with_status(ledger: Ledger) -> None:
    status, body = dispatch(ledger, "GET", "/events", {"country": "ro"})
    assert status == 200 and body["total"] == 2 and not body["truncated"]
    assert [(e["event_id"], e["status"], e["duplicate_of"]) for e in body["events"]] == [
        ("e1", "counted", None),
        ("e2", "duplicate", "e1"),
    ]
    assert body["events"][0]["duplicates"] == ["e2"]
    json.dumps(body)


def test_events_filters_and_limit(ledger: Ledger) -> None:
    _, body = http_api.get_events(ledger, type="alert")
    assert [e["event_id"] for e in body["events"]] == ["e3"]
    _, body = http_api.get_events(ledger, since="2022-02-03")
    assert [e["event_id"] for e in body["events"]] == ["e2", "e4"]
    _, body = http_api.get_events(ledger, limit="1")
    assert body["total"] == 5 and body["truncated"] and len(body["events"]) == 1
    _, body = http_api.get_events(ledger, type="deployment")
    summary = next(e for e in body["events"] if e["event_id"] == "e5")
    assert (summary["status"], summary["not_counted_reason"]) == ("not_counted", "summary")


@pytest.mark.parametrize(
    ("query", "parameter", "hint"),
    [
        ({"type": "invasion"}, "type", "deployment, alert, withdrawal, presence"),
        ({"type": "Deployment"}, "type", "expected one of"),
        ({"since": "02/02/2022"}, "since", "YYYY-MM-DD"),
        ({"since": "2022-02-30"}, "since", "YYYY-MM-DD"),
        ({"since": "20220202"}, "since", "YYYY-MM-DD"),
        ({"country": "France"}, "country", "alpha-2"),
        ({"limit": "0"}, "limit", "1 to"),
        ({"limit": "ten"}, "limit", "1 to"),
        ({"contry": "FR"}, "contry", "allowed: country, type, since, limit"),
    ],
)
def test_events_bad_parameters_are_400(ledger: Ledger, query: dict[str, str], parameter: str, hint: str) -> None:
    status, body = dispatch(ledger, "GET", "/events", query)
    assert status == 400
    assert body["error"] == "invalid_parameter" and body["parameter"] == parameter
    assert hint in body["detail"]


def test_daily_totals(ledger: Ledger) -> None:
    status, body = dispatch(ledger, "GET", "/totals/daily", {"country": "us"})
    assert status == 200
    assert [(d["date"], d["countries"]["US"]["sent"], d["countries"]["US"]["alerted"]) for d in body["days"]] == [
        ("2022-01-24", 0, 8500),
        ("2022-02-02", 1000, 0),
    ]
    _, body = dispatch(ledger, "GET", "/totals/daily", {"since": "2022-02-01"})
    assert [d["date"] for d in body["days"]] == ["2022-02-02"]
    assert dispatch(ledger, "GET", "/totals/daily", {"since": "yesterday"})[0] == 400


def test_event_by_id_and_404s(ledger: Ledger) -> None:
    status, body = dispatch(ledger, "GET", "/events/e2")
    assert status == 200 and body["duplicate_of"] == "e1"
    status, body = dispatch(ledger, "GET", "/events/nope")
    assert status == 404 and body["error"] == "not_found"
    assert dispatch(ledger, "GET", "/nowhere")[0] == 404
    assert dispatch(ledger, "GET", "/totals/US/extra")[0] == 404
    assert dispatch(ledger, "POST", "/totals")[0] == 405


def test_empty_ledger_answers() -> None:
    empty = Ledger()
    assert dispatch(empty, "GET", "/totals") == (200, {})
    assert dispatch(empty, "GET", "/events")[1] == {"total": 0, "truncated": False, "events": []}


def test_every_openapi_route_has_a_handler_and_vice_versa() -> None:
    document = openapi_document()
    documented = {
        (method.upper(), path, operation["operationId"])
        for path, item in document["paths"].items()
        for method, operation in item.items()
    }
    assert documented == {(r.method, r.path, r.operation_id) for r in ROUTES}
    for route in ROUTES:
        operation = document["paths"][route.path][route.method.lower()]
        parameters = operation.get("parameters", [])
        assert {p["name"] for p in parameters if p["in"] == "query"} == set(route.query_params)
        path_names = {p["name"] for p in parameters if p["in"] == "path"}
        assert path_names == set(http_api._pattern(route.path).groupindex)


def test_openapi_document_is_json_and_refs_resolve() -> None:
    document = openapi_document()
    text = json.dumps(document)
    assert document["openapi"].startswith("3.")
    schemas = document["components"]["schemas"]
    for ref in {part.split('"')[0] for part in text.split('"$ref": "#/components/schemas/')[1:]}:
        assert ref in schemas, ref


def test_static_routes_come_before_templated_ones() -> None:
    paths = [r.path for r in ROUTES]
    assert paths.index("/totals/daily") < paths.index("/totals/{country}")
