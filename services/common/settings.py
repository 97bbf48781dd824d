"""Settings shared by every service; each service subclasses `ServiceSettings` once.

Values come from environment variables with the `TROOPWATCH_` prefix (see README), e.g.
`TROOPWATCH_BROKER=kafka://127.0.0.1:9092`, `TROOPWATCH_LOG_FORMAT=json`.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[2]


class ServiceSettings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="TROOPWATCH_", populate_by_name=True, extra="ignore")

    broker: str = Field("kafka://127.0.0.1:9092", description="Kafka bootstrap servers, faust URL form.")
    topic_prefix: str = Field("", description="Prefix for every topic name (one cluster, several setups).")
    web_host: str = Field("127.0.0.1", description="Address the HTTP server (/metrics, API) binds to.")
    log_format: Literal["console", "json"] = Field("console", description="json when deployed.")
    log_level: str = "INFO"
    state_dir: Path = Field(REPO_ROOT / "var" / "state", description="Where local table stores live.")
    app_id_prefix: str = Field("troopwatch", description="Consumer group / Faust app id prefix.")
    broker_wait_seconds: float = Field(
        30.0, ge=0, description="How long a service waits for the broker at start before exiting with a message."
    )

    @property
    def bootstrap_servers(self) -> str:
        """The broker list without faust's `kafka://` scheme, for aiokafka clients."""
        return ",".join(part.split("://", 1)[-1] for part in self.broker.split(";"))

    def topic(self, name: str) -> str:
        return f"{self.topic_prefix}{name}"
