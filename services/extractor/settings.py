"""Extractor settings (environment: TROOPWATCH_*)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from services.common.settings import ServiceSettings


class ExtractorSettings(ServiceSettings):
    web_port: int = Field(
        6067,
        validation_alias=AliasChoices("TROOPWATCH_EXTRACTOR_WEB_PORT"),
        description="HTTP port for /metrics and /healthz.",
    )
