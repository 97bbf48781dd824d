"""The Faust plumbing every service shares: app construction, raw topics, /metrics, dead letters.

Messages travel as raw bytes; each service validates them with the pydantic models of
`schemas/`, so that anything invalid reaches the dead-letter topic instead of crashing an agent.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

import faust
import structlog
from faust.web import Request, Response, View
from prometheus_client import CONTENT_TYPE_LATEST, generate_latest

from schemas.topics import DEAD_LETTERS, TopicSpec
from services.common.dead_letter import build_dead_letter
from services.common.metrics import CONSUMER_LAG, DEAD_LETTERS_TOTAL, PROCESSING_ERRORS
from services.common.settings import ServiceSettings

log = structlog.get_logger()

LAG_REFRESH_SECONDS = 5.0


def make_app(settings: ServiceSettings, service: str, web_port: int, **overrides: Any) -> faust.App:
    """A Faust app with troopwatch's defaults: durable stores, acks=all, no auto-declared topics."""
    options: dict[str, Any] = {
        "broker": settings.broker,
        "store": "rocksdb://",
        "datadir": str(settings.state_dir / service),
        "web_port": web_port,
        "web_bind": settings.web_host,
        "web_host": settings.web_host,
        "autodiscover": False,
        "topic_replication_factor": 1,
        "topic_disable_leader": True,
        "producer_acks": -1,
        "consumer_auto_offset_reset": "earliest",
        "stream_recovery_delay": 0.0,
        "broker_commit_every": 100,
        # A crashed worker's partitions move to its replacement after this, not after a minute.
        "broker_session_timeout": 10.0,
        "broker_heartbeat_interval": 3.0,
        "broker_commit_interval": 1.0,
        "value_serializer": "raw",
        "key_serializer": "raw",
        "web_metrics_enabled": False,
        "logging_config": None,
    }
    options.update(overrides)
    app = faust.App(f"{settings.app_id_prefix}-{service}", **options)
    add_metrics_page(app)
    add_lag_monitor(app, service)
    return app


def topic_for(app: faust.App, settings: ServiceSettings, spec: TopicSpec) -> faust.TopicT:
    """A raw-bytes Faust topic for a catalogue entry."""
    return app.topic(
        settings.topic(spec.name),
        key_type=bytes,
        value_type=bytes,
        partitions=spec.partitions,
        config=spec.config,
    )


def add_metrics_page(app: faust.App) -> None:
    @app.page("/metrics")
    class Metrics(View):
        async def get(self, request: Request) -> Response:
            # aiohttp refuses a charset inside content_type; the exposition format is UTF-8 anyway.
            return self.bytes(generate_latest(), content_type=CONTENT_TYPE_LATEST.split(";")[0] + "; version=0.0.4")

    @app.page("/healthz")
    class Health(View):
        async def get(self, request: Request) -> Response:
            return self.json({"status": "ok", "app": app.conf.id})


def add_lag_monitor(app: faust.App, service: str) -> None:
    """Export consumer lag (high watermark minus committed position) per topic and partition."""

    @app.timer(LAG_REFRESH_SECONDS)
    async def refresh_lag() -> None:
        consumer = app.consumer
        try:
            assignment = consumer.assignment()
        except Exception:  # not yet assigned during start-up
            return
        for tp in assignment:
            highwater = consumer.highwater(tp)
            if highwater is None:
                continue
            committed = consumer._committed_offset.get(tp)  # Faust keeps this per partition
            position = (committed + 1) if committed is not None else 0
            CONSUMER_LAG.labels(service=service, topic=tp.topic, partition=str(tp.partition)).set(
                max(highwater - position, 0)
            )


class DeadLetterSender:
    """Sends what a service cannot process to the dead-letter topic, and counts it."""

    def __init__(self, app: faust.App, settings: ServiceSettings, service: str) -> None:
        self.topic = topic_for(app, settings, DEAD_LETTERS)
        self.service = service
        DEAD_LETTERS_TOTAL.labels(service=service, reason="processing_error")  # a series from the start

    async def send(
        self,
        *,
        reason: str,
        detail: str,
        source_topic: str,
        payload: bytes | None,
        key: bytes | None = None,
        partition: int | None = None,
        offset: int | None = None,
        context: Mapping[str, Any] | None = None,
    ) -> None:
        letter, headers = build_dead_letter(
            service=self.service,
            reason=reason,
            detail=detail,
            source_topic=source_topic,
            payload=payload,
            key=key,
            partition=partition,
            offset=offset,
        )
        await self.topic.send(key=key, value=letter.model_dump_json().encode(), headers=headers)
        DEAD_LETTERS_TOTAL.labels(service=self.service, reason=reason).inc()
        log.warning(
            "dead_lettered",
            reason=reason,
            detail=detail[:200],
            topic=source_topic,
            partition=partition,
            offset=offset,
            **dict(context or {}),
        )

    @asynccontextmanager
    async def guard(self, event: faust.EventT) -> AsyncIterator[None]:
        """Dead-letter the event if its handling raises: an agent that crashed on one bad
        message would otherwise stop the service or skip the message silently."""
        message = event.message
        started = time.perf_counter()
        try:
            yield
        except Exception as error:
            PROCESSING_ERRORS.labels(service=self.service, stage=type(error).__name__).inc()
            log.exception("processing_error", topic=message.topic, partition=message.partition, offset=message.offset)
            try:
                await self.send(
                    reason="processing_error",
                    detail=f"{type(error).__name__}: {error}",
                    source_topic=message.topic,
                    payload=event.value if isinstance(event.value, bytes) else None,
                    key=message.key if isinstance(message.key, bytes) else None,
                    partition=message.partition,
                    offset=message.offset,
                )
            except Exception:
                # Last resort: the message stays at this offset of its topic; say where, loudly,
                # and keep the agent alive for the messages after it.
                log.exception(
                    "dead_letter_failed", topic=message.topic, partition=message.partition, offset=message.offset
                )
        finally:
            log.debug("processed", duration=round(time.perf_counter() - started, 6), offset=message.offset)


EventHandler = Callable[[faust.EventT], Awaitable[None]]


def guarded_agent(
    app: faust.App, channel: faust.TopicT, dead_letters: DeadLetterSender, name: str
) -> Callable[[EventHandler], Any]:
    """Register `handler(event)` as the agent `<module>.<name>` on `channel`; every message runs
    under `dead_letters.guard`, so no message can stop the agent."""

    def register(handler: EventHandler) -> Any:
        async def agent(stream: faust.StreamT) -> None:
            async for event in stream.events():
                async with dead_letters.guard(event):
                    await handler(event)

        return app.agent(channel, name=f"{handler.__module__}.{name}")(agent)

    return register
