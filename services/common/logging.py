"""structlog set-up: readable console lines in development, JSON lines when deployed.

Every line carries `service`; lines about an article carry `article_id`, so one article can be
followed through the three services with grep. Documented keys: service, event, article_id,
topic, partition, offset, duration (seconds), reason.
"""

from __future__ import annotations

import logging
import sys

import structlog


def configure_logging(service: str, log_format: str = "console", level: str = "INFO") -> structlog.BoundLogger:
    shared: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer()
        if log_format == "json"
        else structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
    )
    structlog.configure(
        processors=[*shared, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        logger_factory=structlog.PrintLoggerFactory(file=sys.stderr),
        cache_logger_on_first_use=False,
    )
    structlog.contextvars.clear_contextvars()
    structlog.contextvars.bind_contextvars(service=service)
    # Faust and aiokafka log through stdlib logging: keep them quieter than our own lines.
    logging.basicConfig(stream=sys.stderr, level=logging.WARNING, format="%(asctime)s %(name)s %(message)s")
    return structlog.get_logger()
