"""Run a Faust app as a worker process (used by `python -m services.<name>` and the CLI)."""

from __future__ import annotations

import asyncio
import logging
import sys
import time

import faust
import structlog
from aiokafka import AIOKafkaClient
from aiokafka.errors import KafkaError

from services.common.admin import ensure_changelogs
from services.common.logging import configure_logging
from services.common.settings import ServiceSettings


async def _probe(bootstrap_servers: str) -> None:
    client = AIOKafkaClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=5000)
    try:
        await client.bootstrap()
    finally:
        await client.close()


def broker_reachable(bootstrap_servers: str, wait_s: float) -> bool:
    """True once the broker answers a metadata request, trying for up to `wait_s` seconds."""
    quiet = logging.getLogger("aiokafka")
    level = quiet.level
    quiet.setLevel(logging.CRITICAL)  # our own line says it once, clearly
    try:
        deadline = time.monotonic() + wait_s
        while True:
            try:
                asyncio.run(_probe(bootstrap_servers))
                return True
            except (KafkaError, OSError):
                if time.monotonic() >= deadline:
                    return False
                time.sleep(1.0)
    finally:
        quiet.setLevel(level)


def run_worker(service: str, settings: ServiceSettings, app: faust.App) -> None:
    log = configure_logging(service, settings.log_format, settings.log_level)
    log.info(
        "starting",
        broker=settings.broker,
        web=f"http://{settings.web_host}:{app.conf.web_port}",
        state_dir=str(settings.state_dir),
    )
    if not broker_reachable(settings.bootstrap_servers, settings.broker_wait_seconds):
        log.error(
            "broker_unreachable",
            broker=settings.broker,
            waited=settings.broker_wait_seconds,
            hint="start it with `make kafka-up`, or set TROOPWATCH_BROKER",
        )
        sys.exit(2)
    created = asyncio.run(ensure_changelogs(settings.bootstrap_servers, app))
    if created:
        log.info("changelog_topics_created", topics=created)
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    worker = faust.Worker(app, loglevel="WARNING", quiet=True, redirect_stdouts=False)
    # Faust's terminal spinner writes cursor escape codes into log files; logs are our own.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    finally:
        structlog.get_logger().info("stopped")
