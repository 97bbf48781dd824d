"""Aggregator settings (environment: TROOPWATCH_*)."""

from __future__ import annotations

from pydantic import AliasChoices, Field

from services.aggregator.ledger import DEFAULT_WINDOW_DAYS
from services.common.settings import ServiceSettings


class AggregatorSettings(ServiceSettings):
    web_port: int = Field(
        6068,
        validation_alias=AliasChoices("TROOPWATCH_AGGREGATOR_WEB_PORT"),
        description="HTTP port for the totals API, /openapi.json and /metrics.",
    )
    window_days: int = Field(
        DEFAULT_WINDOW_DAYS,
        ge=0,
        validation_alias=AliasChoices("TROOPWATCH_AGGREGATOR_WINDOW_DAYS"),
        description="Reports of the same move within this many days of the first count once.",
    )
