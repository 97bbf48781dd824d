"""Pydantic v2 models for every message on every troopwatch topic.

These models are the contract with downstream users: `python -m schemas.generate`
writes their JSON Schemas into `schemas/json/`. This package imports nothing of
`services/`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, model_validator

Lang = Literal["fr", "en"]
EventType = Literal["deployment", "alert", "withdrawal", "presence"]
TextField = Literal["title", "body"]

# ISO 3166-1 alpha-2 code, or one of the organisations that field multinational forces.
ORGANISATIONS: tuple[str, ...] = ("NATO", "EU", "UN")
CountryCode = Annotated[str, StringConstraints(pattern=r"^([A-Z]{2}|NATO|EU|UN)$")]

# Bodies above this size are rejected by the ingestor (dead-lettered as too large).
MAX_BODY_CHARS = 200_000


def article_content_hash(title: str, body: str) -> str:
    """sha256 of an article's text: the `Article.content_hash` every producer must compute alike."""
    return hashlib.sha256(f"{title}\n{body}".encode()).hexdigest()


class _Message(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class RawArticle(BaseModel):
    """What a publisher puts on the raw-articles topic (JSON, UTF-8).

    A title or a body is required (a wire item may be a headline alone); the ingestor derives
    the rest. Unknown keys are ignored so that publishers can send richer records.
    """

    model_config = ConfigDict(extra="ignore")

    id: str | None = Field(default=None, max_length=512, description="Stable article id.")
    url: str | None = Field(default=None, max_length=2048)
    source: str | None = Field(default=None, max_length=256)
    lang: str | None = Field(default=None, description="fr or en; detected when missing.")
    published_at: dt.date | dt.datetime | None = None
    title: str = Field(default="", max_length=2_000)
    body: str = Field(default="", max_length=MAX_BODY_CHARS)

    @model_validator(mode="after")
    def _has_text(self) -> RawArticle:
        if not (self.title.strip() or self.body.strip()):
            raise ValueError("an article needs a non-blank title or body")
        return self


class Article(_Message):
    """A validated article, keyed by `id` on the articles topic."""

    id: str = Field(min_length=1, max_length=512)
    url: str | None = None
    source: str
    lang: Lang
    published_at: dt.date
    title: str
    body: str
    received_at: dt.datetime = Field(description="When the ingestor accepted it (UTC).")
    content_hash: str = Field(description="sha256 of title and body, for re-publication checks.")


class Evidence(_Message):
    """The span of the article that states an event."""

    field: TextField
    start: int = Field(ge=0, description="Character offset into the field.")
    end: int = Field(ge=0)
    text: str


class TroopEvent(_Message):
    """One real-world troop movement or stock stated by an article, keyed by actor."""

    event_id: str = Field(description="Deterministic id: the same article and event give the same id.")
    article_id: str
    type: EventType
    actor: CountryCode
    count: int | None = Field(default=None, ge=1)
    origin: CountryCode | None = None
    destinations: list[CountryCode] = Field(default_factory=list)
    is_summary: bool = False
    evidence: Evidence
    confidence: float = Field(ge=0.0, le=1.0)
    extractor_version: str
    published_at: dt.date
    lang: Lang
    source: str = ""
    article_received_at: dt.datetime | None = Field(
        default=None, description="When the ingestor received the article, for end-to-end latency."
    )


class CountryTotals(_Message):
    """Running totals for one country, keyed by `country` on the compacted totals topic."""

    country: CountryCode
    sent: int = 0
    received: int = 0
    alerted: int = 0
    withdrawn: int = 0
    events: int = Field(default=0, description="Counted (non-duplicate, non-summary) events behind the figures.")
    updated_at: dt.datetime


class DeadLetter(_Message):
    """A message a service could not process, with why. Reason is also in the headers."""

    service: str
    reason: str = Field(description="Short machine-readable reason, e.g. not_json, invalid, too_large.")
    detail: str = Field(description="Human-readable explanation.")
    source_topic: str
    partition: int | None = None
    offset: int | None = None
    key_b64: str | None = None
    payload_b64: str = Field(
        description="The original bytes, base64 (cut to the first 256 KiB when larger: the whole message "
        "stays on source_topic at partition/offset)."
    )
    payload_bytes: int = Field(default=0, ge=0, description="Size of the original payload in bytes.")
    payload_sha256: str = Field(default="", description="sha256 of the whole original payload.")
    payload_truncated: bool = False
    payload_preview: str = Field(description="The start of the payload, decoded leniently.")
    failed_at: dt.datetime
