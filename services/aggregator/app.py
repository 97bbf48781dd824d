"""The aggregator: troop events in, per-country running totals out.

State: one Faust table, the ledger (event_id -> TroopEvent), on a rocksdb store with a changelog.
A single key write per event is atomic, so a crash can neither half-count an event nor count a
redelivered one twice; the in-memory `Ledger` (totals, matching, presence) is rebuilt from the
table after every recovery. Each change is published to the compacted totals topic, one
`CountryTotals` per country. HTTP: /totals, /totals/{country}, /events, /openapi.json.

Totals credit destinations that come from any actor's partition, so one aggregator worker must
see every partition of the events topic: run one instance (standby replicas are fine).
"""

from __future__ import annotations

import datetime as dt

import faust
import structlog
from faust.web import Request, Response, View

from schemas.models import TroopEvent
from schemas.topics import EVENTS, TOTALS
from services.aggregator import metrics
from services.aggregator.flows import flows
from services.aggregator.http_api import ROUTES, Route
from services.aggregator.ledger import Ledger
from services.aggregator.openapi import openapi_document
from services.aggregator.settings import AggregatorSettings
from services.common.faust_app import DeadLetterSender, guarded_agent, make_app, topic_for

SERVICE = "aggregator"
log = structlog.get_logger()


class State:
    """The in-memory view of the ledger table, and whether it is ready to answer."""

    def __init__(self, window_days: int) -> None:
        self.window_days = window_days
        self.ledger = Ledger(window_days)
        self.ready = False


def create_app(settings: AggregatorSettings | None = None) -> faust.App:
    settings = settings or AggregatorSettings()
    app = make_app(settings, SERVICE, settings.web_port, table_standby_replicas=0)
    events_topic = topic_for(app, settings, EVENTS)
    totals_topic = topic_for(app, settings, TOTALS)
    table = app.Table("ledger", key_type=bytes, value_type=bytes, partitions=EVENTS.partitions)
    dead_letters = DeadLetterSender(app, settings, SERVICE)
    state = State(settings.window_days)

    async def publish(countries: frozenset[str] | list[str]) -> None:
        now = dt.datetime.now(dt.UTC)
        for country in sorted(countries):
            message = state.ledger.country_totals_message(country, now)
            await totals_topic.send(key=country.encode(), value=message.model_dump_json().encode())
        refresh_gauges(state.ledger)

    @app.on_rebalance_complete.connect
    async def rebuild(sender: faust.App, **_: object) -> None:
        # Table recovery is done: rebuild the derived state and republish it, which also covers a
        # crash between a table write and the totals it should have caused.
        state.ledger = Ledger.from_events(
            (TroopEvent.model_validate_json(value) for value in table.values()), state.window_days
        )
        state.ready = True
        await publish(state.ledger.countries())
        log.info("ledger_rebuilt", events=len(state.ledger), countries=len(state.ledger.countries()))

    @guarded_agent(app, events_topic, dead_letters, "aggregate")
    async def aggregate(event: faust.EventT) -> None:
        troop_event = TroopEvent.model_validate_json(event.value)
        key = troop_event.event_id.encode()
        if key not in table:
            table[key] = event.value
        outcome = state.ledger.add(troop_event)
        metrics.EVENTS_CONSUMED.labels(status=outcome.status).inc()
        metrics.count_article(troop_event.article_id, outcome.status)
        if outcome.conflicting:
            log.warning("event_conflict", article_id=troop_event.article_id, event_id=troop_event.event_id)
        if outcome.changed_countries:
            await publish(outcome.changed_countries)
            if troop_event.article_received_at is not None:
                latency = (dt.datetime.now(dt.UTC) - troop_event.article_received_at).total_seconds()
                metrics.PUBLISH_TO_TOTALS_SECONDS.observe(max(latency, 0.0))
        log.info(
            "event_aggregated",
            article_id=troop_event.article_id,
            event_id=troop_event.event_id,
            status=outcome.status,
            duplicate_of=outcome.duplicate_of,
            changed=sorted(outcome.changed_countries),
            partition=event.message.partition,
            offset=event.message.offset,
        )

    for route in ROUTES:
        _mount(app, route, state)

    @app.page("/openapi.json")
    class OpenApi(View):
        async def get(self, request: Request) -> Response:
            return self.json(openapi_document())

    return app


def _mount(app: faust.App, route: Route, state: State) -> None:
    @app.page(route.path, name=route.operation_id)
    class Endpoint(View):
        async def get(self, request: Request, **path_params: str) -> Response:
            if not state.ready:
                return self.json({"error": "recovering", "detail": "state is being restored; retry"}, status=503)
            status, body = route.call(state.ledger, path_params, dict(request.query))
            return self.json(body, status=status)


def refresh_gauges(ledger: Ledger) -> None:
    totals = ledger.totals()
    for country in ledger.countries():
        figures = totals.get(country)
        for measure, gauge in metrics.TROOPS.items():
            gauge.labels(country=country).set(getattr(figures, measure) if figures else 0)
    metrics.TROOP_FLOW.clear()
    for (actor, origin, destination), count in flows(ledger).items():
        metrics.TROOP_FLOW.labels(actor=actor, origin=origin, destination=destination).set(count)
