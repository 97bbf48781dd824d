"""HTTP endpoints as pure functions: (ledger, string parameters) -> (status code, JSON body).

The service mounts `ROUTES` on Faust's aiohttp server, e.g.::

    for route in ROUTES:  # in this order: static paths before /totals/{country}
        app.page(route.path)(...)  # or web.get(route.path, ...)
        status, body = route.call(ledger, request.match_info, request.query)

Conventions:
* Country codes are case-insensitive on input (`us` is `US`) and must be what the event schema
  accepts (two letters, or NATO/EU/UN); anything else is 400.
* A well-formed code with nothing counted yet gets 200 and zeros, not 404: "no troops sent to
  Iceland" is an answer, and dashboards need not special-case it. 404 is kept for unknown
  paths and unknown event ids.
* Errors are `{"error": <machine-readable kind>, "detail": <message>, "parameter": <name>?}`.
* `GET /totals` answers in the format `score.py totals` reads (plus an `events` count).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, cast, get_args

from pydantic import TypeAdapter, ValidationError

from schemas.models import CountryCode, EventType, TroopEvent
from services.aggregator.ledger import CountedMove, Ledger
from services.aggregator.totals import MEASURES

Json = dict[str, Any]
Response = tuple[int, Json]

EVENT_TYPES: tuple[str, ...] = get_args(EventType)
DEFAULT_EVENTS_LIMIT = 1000
MAX_EVENTS_LIMIT = 10_000

_COUNTRY = TypeAdapter(CountryCode)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class BadParameter(ValueError):
    def __init__(self, parameter: str, detail: str) -> None:
        super().__init__(detail)
        self.parameter = parameter
        self.detail = detail


def _error(status: int, error: str, detail: str, parameter: str | None = None) -> Response:
    body: Json = {"error": error, "detail": detail}
    if parameter is not None:
        body["parameter"] = parameter
    return status, body


def parse_country(value: str, parameter: str = "country") -> str:
    code = value.strip().upper()
    try:
        return _COUNTRY.validate_python(code)
    except ValidationError:
        raise BadParameter(
            parameter,
            f"{value!r} is not a country code: expected an ISO 3166-1 alpha-2 code such as US or fr, or NATO, EU, UN",
        ) from None


def parse_type(value: str) -> EventType:
    if value not in EVENT_TYPES:
        raise BadParameter("type", f"{value!r} is not an event type: expected one of {', '.join(EVENT_TYPES)}")
    return cast(EventType, value)


def parse_date(value: str, parameter: str = "since") -> dt.date:
    try:
        if not _ISO_DATE.match(value):
            raise ValueError
        return dt.date.fromisoformat(value)
    except ValueError:
        raise BadParameter(parameter, f"{value!r} is not a date: expected YYYY-MM-DD") from None


def parse_limit(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= MAX_EVENTS_LIMIT:
        raise BadParameter("limit", f"{value!r} is not a limit: expected an integer from 1 to {MAX_EVENTS_LIMIT}")
    return int(value)


def _event_json(event: TroopEvent, ledger: Ledger) -> Json:
    body: Json = event.model_dump(mode="json")
    status = ledger.status(event.event_id)
    assert status is not None
    body["status"] = status.status
    body["duplicate_of"] = status.duplicate_of
    body["duplicates"] = list(status.duplicates)
    body["not_counted_reason"] = status.reason
    return body


def _move_json(move: CountedMove) -> Json:
    return {
        "event": move.event.model_dump(mode="json"),
        "article_ids": list(move.article_ids),
        "duplicates": [d.model_dump(mode="json") for d in move.duplicates],
    }


# -- handlers ------------------------------------------------------------------------------


def get_totals(ledger: Ledger) -> Response:
    """GET /totals: every country with a non-zero figure."""
    return 200, {country: totals.as_dict() for country, totals in ledger.totals().items()}


def get_totals_daily(ledger: Ledger, country: str | None = None, since: str | None = None) -> Response:
    """GET /totals/daily: what each day (published_at of the counted report) added, by country."""
    try:
        code = parse_country(country) if country is not None else None
        start = parse_date(since) if since is not None else None
    except BadParameter as bad:
        return _error(400, "invalid_parameter", bad.detail, bad.parameter)
    days = [
        {"date": day.isoformat(), "countries": {c: t.as_dict() for c, t in per_country.items()}}
        for day, per_country in ledger.daily_totals(code).items()
        if start is None or day >= start
    ]
    return 200, {"days": days}


def get_country_totals(ledger: Ledger, country: str) -> Response:
    """GET /totals/{country}: the figures, the moves and articles behind each, and presence."""
    try:
        code = parse_country(country)
    except BadParameter as bad:
        return _error(400, "invalid_parameter", bad.detail, bad.parameter)
    explanation = ledger.explain(code)
    return 200, {
        "country": code,
        "totals": explanation.totals.as_dict(),
        "figures": {measure: [_move_json(m) for m in explanation.figures[measure]] for measure in MEASURES},
        "presence": [estimate.as_dict() for estimate in ledger.presence(code)],
        "window_days": ledger.window_days,
    }


def get_events(
    ledger: Ledger,
    country: str | None = None,
    type: str | None = None,
    since: str | None = None,
    limit: str | None = None,
) -> Response:
    """GET /events: stored events in (published_at, event_id) order, with their counting status."""
    try:
        code = parse_country(country) if country is not None else None
        kind = parse_type(type) if type is not None else None
        start = parse_date(since) if since is not None else None
        most = parse_limit(limit) if limit is not None else DEFAULT_EVENTS_LIMIT
    except BadParameter as bad:
        return _error(400, "invalid_parameter", bad.detail, bad.parameter)
    events = ledger.events(country=code, type=kind, since=start)
    return 200, {
        "total": len(events),
        "truncated": len(events) > most,
        "events": [_event_json(e, ledger) for e in events[:most]],
    }


def get_event(ledger: Ledger, event_id: str) -> Response:
    """GET /events/{event_id}: one event with its status and linked reports."""
    event = ledger.stored.get(event_id)
    if event is None:
        return _error(404, "not_found", f"no event with id {event_id!r}")
    return 200, _event_json(event, ledger)


# -- routing -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Route:
    """One endpoint: how the web server reaches a handler."""

    method: str
    path: str  # aiohttp / OpenAPI template syntax
    operation_id: str
    query_params: tuple[str, ...]
    handler: Callable[..., Response]

    def call(self, ledger: Ledger, path_params: Mapping[str, str], query: Mapping[str, str]) -> Response:
        """Run the handler; unknown query parameters are a 400 (they are usually typos)."""
        unknown = sorted(set(query) - set(self.query_params))
        if unknown:
            allowed = ", ".join(self.query_params) or "none"
            return _error(
                400, "invalid_parameter", f"unknown query parameter {unknown[0]!r}; allowed: {allowed}", unknown[0]
            )
        return self.handler(ledger, **path_params, **{name: query[name] for name in query})


# Static paths come before templated ones: routers match in registration order.
ROUTES: tuple[Route, ...] = (
    Route("GET", "/totals", "getTotals", (), get_totals),
    Route("GET", "/totals/daily", "getDailyTotals", ("country", "since"), get_totals_daily),
    Route("GET", "/totals/{country}", "getCountryTotals", (), get_country_totals),
    Route("GET", "/events", "listEvents", ("country", "type", "since", "limit"), get_events),
    Route("GET", "/events/{event_id}", "getEvent", (), get_event),
)


def _pattern(path: str) -> re.Pattern[str]:
    return re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(path)) + "$")


_MATCHERS = tuple((route, _pattern(route.path)) for route in ROUTES)


def dispatch(ledger: Ledger, method: str, path: str, query: Mapping[str, str] | None = None) -> Response:
    """Route a request without a web server (tests, CLI): 404 for unknown paths, 405 for methods."""
    allowed = []
    for route, pattern in _MATCHERS:
        found = pattern.match(path)
        if found is None:
            continue
        if route.method != method.upper():
            allowed.append(route.method)
            continue
        return route.call(ledger, found.groupdict(), query or {})
    if allowed:
        return _error(405, "method_not_allowed", f"{method.upper()} {path}: allowed {', '.join(allowed)}")
    return _error(404, "not_found", f"no endpoint at {path}")
