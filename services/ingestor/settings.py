"""Ingestor settings (environment: TROOPWATCH_*)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from services.common.settings import ServiceSettings


class IngestorSettings(ServiceSettings):
    web_port: int = Field(
        6066,
        validation_alias=AliasChoices("TROOPWATCH_INGESTOR_WEB_PORT"),
        description="HTTP port for /metrics and /healthz.",
    )
