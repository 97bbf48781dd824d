"""The OpenAPI 3.1 document of the aggregator's HTTP endpoints (served at /openapi.json).

Built in code next to `http_api.ROUTES` so that a test can check both list the same routes.
The event schema comes from the pydantic model, so it cannot drift from the topic contract.
"""

from __future__ import annotations

from typing import Any

from schemas.models import TroopEvent
from services.aggregator.http_api import DEFAULT_EVENTS_LIMIT, EVENT_TYPES, MAX_EVENTS_LIMIT
from services.aggregator.totals import MEASURES

Json = dict[str, Any]

_REF = "#/components/schemas/{model}"


def _ref(name: str) -> Json:
    return {"$ref": _REF.format(model=name)}


def _json(schema: Json, description: str) -> Json:
    return {"description": description, "content": {"application/json": {"schema": schema}}}


_COUNTRY_PARAM_SCHEMA: Json = {
    "type": "string",
    "pattern": "^([A-Za-z]{2}|[Nn][Aa][Tt][Oo])$",
    "examples": ["US", "fr", "NATO"],
}


def _query(name: str, schema: Json, description: str) -> Json:
    return {"name": name, "in": "query", "required": False, "schema": schema, "description": description}


def _path(name: str, schema: Json, description: str) -> Json:
    return {"name": name, "in": "path", "required": True, "schema": schema, "description": description}


_BAD_REQUEST = _json(_ref("Error"), "Malformed parameter (the body names it and says what is expected).")
_NOT_FOUND = _json(_ref("Error"), "No such resource.")


def _components() -> Json:
    event = TroopEvent.model_json_schema(ref_template=_REF)
    schemas: Json = dict(event.pop("$defs", {}))
    schemas["TroopEvent"] = event
    totals = {
        "type": "object",
        "required": [*MEASURES, "events"],
        "properties": {name: {"type": "integer", "minimum": 0} for name in (*MEASURES, "events")},
    }
    totals["properties"]["events"]["description"] = "Counted (non-duplicate, non-summary) events behind the figures."
    schemas["Totals"] = totals
    schemas["Error"] = {
        "type": "object",
        "required": ["error", "detail"],
        "properties": {
            "error": {"type": "string", "examples": ["invalid_parameter", "not_found"]},
            "detail": {"type": "string"},
            "parameter": {"type": "string", "description": "The offending parameter."},
        },
    }
    schemas["EventWithStatus"] = {
        "allOf": [
            _ref("TroopEvent"),
            {
                "type": "object",
                "required": ["status", "duplicate_of", "duplicates", "not_counted_reason"],
                "properties": {
                    "status": {"enum": ["counted", "duplicate", "not_counted"]},
                    "duplicate_of": {
                        "type": ["string", "null"],
                        "description": "The counted report of the same move (duplicates only).",
                    },
                    "duplicates": {
                        "type": "array",
                        "items": {"type": "string"},
                        "description": "Later reports linked to this one (counted events only).",
                    },
                    "not_counted_reason": {"enum": ["summary", "no_count", "presence", None]},
                },
            },
        ],
    }
    schemas["CountedMove"] = {
        "type": "object",
        "required": ["event", "article_ids", "duplicates"],
        "properties": {
            "event": _ref("TroopEvent"),
            "article_ids": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Every article that reported the move, first one first.",
            },
            "duplicates": {"type": "array", "items": _ref("TroopEvent")},
        },
    }
    schemas["PresenceEstimate"] = {
        "type": "object",
        "required": ["actor", "place", "count", "published_at", "event_id", "article_id"],
        "properties": {
            "actor": {"type": "string"},
            "place": {
                "type": "array",
                "items": {"type": "string"},
                "description": "Destination codes; empty when the text names no country.",
            },
            "count": {"type": "integer"},
            "published_at": {"type": "string", "format": "date"},
            "event_id": {"type": "string"},
            "article_id": {"type": "string"},
        },
    }
    schemas["CountryTotals"] = {
        "type": "object",
        "required": ["country", "totals", "figures", "presence", "window_days"],
        "properties": {
            "country": {"type": "string"},
            "totals": _ref("Totals"),
            "figures": {
                "type": "object",
                "required": list(MEASURES),
                "properties": {m: {"type": "array", "items": _ref("CountedMove")} for m in MEASURES},
            },
            "presence": {
                "type": "array",
                "items": _ref("PresenceEstimate"),
                "description": "Latest estimate per place of the country's own troops.",
            },
            "window_days": {"type": "integer", "description": "De-duplication window in days."},
        },
    }
    return {"schemas": schemas}


def _paths() -> Json:
    totals_map = {"type": "object", "additionalProperties": _ref("Totals")}
    return {
        "/totals": {
            "get": {
                "operationId": "getTotals",
                "summary": "Totals of every country with a non-zero figure (the format score.py totals reads).",
                "responses": {"200": _json(totals_map, "Totals by country code.")},
            }
        },
        "/totals/daily": {
            "get": {
                "operationId": "getDailyTotals",
                "summary": "What each day added, by country (day = published_at of a move's first report).",
                "parameters": [
                    _query("country", _COUNTRY_PARAM_SCHEMA, "Only this country."),
                    _query("since", {"type": "string", "format": "date"}, "Days on or after YYYY-MM-DD."),
                ],
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["days"],
                            "properties": {
                                "days": {
                                    "type": "array",
                                    "items": {
                                        "type": "object",
                                        "required": ["date", "countries"],
                                        "properties": {
                                            "date": {"type": "string", "format": "date"},
                                            "countries": totals_map,
                                        },
                                    },
                                }
                            },
                        },
                        "Days in order.",
                    ),
                    "400": _BAD_REQUEST,
                },
            }
        },
        "/totals/{country}": {
            "get": {
                "operationId": "getCountryTotals",
                "summary": "One country's totals with the moves, reports and articles behind each figure.",
                "description": "A well-formed code with nothing counted answers 200 with zeros.",
                "parameters": [
                    _path("country", _COUNTRY_PARAM_SCHEMA, "ISO 3166-1 alpha-2 code (any case), NATO, EU or UN.")
                ],
                "responses": {
                    "200": _json(_ref("CountryTotals"), "The figures and their evidence."),
                    "400": _BAD_REQUEST,
                },
            }
        },
        "/events": {
            "get": {
                "operationId": "listEvents",
                "summary": "Stored events in (published_at, event_id) order, with their counting status.",
                "parameters": [
                    _query("country", _COUNTRY_PARAM_SCHEMA, "Events where it is actor, origin or a destination."),
                    _query("type", {"enum": list(EVENT_TYPES)}, "Only this event type."),
                    _query("since", {"type": "string", "format": "date"}, "Published on or after YYYY-MM-DD."),
                    _query(
                        "limit",
                        {"type": "integer", "minimum": 1, "maximum": MAX_EVENTS_LIMIT, "default": DEFAULT_EVENTS_LIMIT},
                        "At most this many events.",
                    ),
                ],
                "responses": {
                    "200": _json(
                        {
                            "type": "object",
                            "required": ["total", "truncated", "events"],
                            "properties": {
                                "total": {"type": "integer", "description": "Matching events before the limit."},
                                "truncated": {"type": "boolean"},
                                "events": {"type": "array", "items": _ref("EventWithStatus")},
                            },
                        },
                        "Matching events.",
                    ),
                    "400": _BAD_REQUEST,
                },
            }
        },
        "/events/{event_id}": {
            "get": {
                "operationId": "getEvent",
                "summary": "One event with its status and the reports linked to it.",
                "parameters": [_path("event_id", {"type": "string"}, "The event's id.")],
                "responses": {"200": _json(_ref("EventWithStatus"), "The event."), "404": _NOT_FOUND},
            }
        },
    }


def openapi_document(version: str = "0.1.0") -> Json:
    """The OpenAPI document; the service serves it as JSON."""
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "troopwatch aggregator",
            "version": version,
            "description": "Per-country troop totals (each real-world move counted once) and the "
            "events and articles behind them.",
        },
        "paths": _paths(),
        "components": _components(),
    }
