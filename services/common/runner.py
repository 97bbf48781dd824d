"""Run a Faust app as a worker process (used by `python -m services.<name>` and the CLI)."""

from __future__ import annotations

import faust
import structlog

from services.common.logging import configure_logging
from services.common.settings import ServiceSettings


def run_worker(service: str, settings: ServiceSettings, app: faust.App) -> None:
    log = configure_logging(service, settings.log_format, settings.log_level)
    log.info(
        "starting",
        broker=settings.broker,
        web=f"http://{settings.web_host}:{app.conf.web_port}",
        state_dir=str(settings.state_dir),
    )
    settings.state_dir.mkdir(parents=True, exist_ok=True)
    worker = faust.Worker(app, loglevel="WARNING", quiet=True, redirect_stdouts=False)
    # Faust's terminal spinner writes cursor escape codes into log files; logs are our own.
    worker.spinner = None
    try:
        worker.execute_from_commandline()
    finally:
        structlog.get_logger().info("stopped")
