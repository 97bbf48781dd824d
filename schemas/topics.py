"""The topic catalogue: the one place that names troopwatch's Kafka topics.

Services, tests, the topic-creation command, docker-compose checks and the README all read
this. Topic names can be prefixed per deployment (TROOPWATCH_TOPIC_PREFIX) without touching it.
"""

from __future__ import annotations

from dataclasses import dataclass

from pydantic import BaseModel

from schemas.models import Article, CountryTotals, DeadLetter, RawArticle, TroopEvent


@dataclass(frozen=True)
class TopicSpec:
    """What a topic holds and how it is laid out on the broker."""

    role: str
    name: str
    model: type[BaseModel]
    key: str
    partitions: int
    compacted: bool
    description: str
    internal: bool = False

    def full_name(self, prefix: str = "") -> str:
        return f"{prefix}{self.name}"

    @property
    def config(self) -> dict[str, str]:
        if self.compacted:
            return {"cleanup.policy": "compact", "min.cleanable.dirty.ratio": "0.1"}
        return {"cleanup.policy": "delete"}


RAW_ARTICLES = TopicSpec(
    role="raw_articles",
    name="troopwatch.articles.raw",
    model=RawArticle,
    key="anything (ignored)",
    partitions=3,
    compacted=False,
    description="Articles as publishers send them: JSON objects, UTF-8.",
)
ARTICLES = TopicSpec(
    role="articles",
    name="troopwatch.articles",
    model=Article,
    key="article id",
    partitions=3,
    compacted=False,
    description="Validated, de-duplicated articles with id, language and dates filled in.",
)
EVENTS = TopicSpec(
    role="events",
    name="troopwatch.events",
    model=TroopEvent,
    key="actor country code",
    partitions=3,
    compacted=False,
    description="One message per troop event extracted from an article.",
)
TOTALS = TopicSpec(
    role="totals",
    name="troopwatch.totals",
    model=CountryTotals,
    key="country code",
    partitions=1,
    compacted=True,
    description="Latest running totals per country (compacted: one record per key).",
)
DEAD_LETTERS = TopicSpec(
    role="dead_letters",
    name="troopwatch.deadletter",
    model=DeadLetter,
    key="original key",
    partitions=1,
    compacted=False,
    description="Messages a service could not process, with the reason in headers and body.",
)

# Internal hop of the ingestor: validated articles re-keyed by article id, so that its
# de-duplication table is partitioned like its input whatever key publishers use.
INGESTOR_BY_ID = TopicSpec(
    role="ingestor_by_id",
    name="troopwatch.ingestor.by-id",
    model=Article,
    key="article id",
    partitions=ARTICLES.partitions,
    compacted=False,
    description="Internal to the ingestor: validated articles keyed by id, before de-duplication.",
    internal=True,
)

CATALOGUE: tuple[TopicSpec, ...] = (RAW_ARTICLES, ARTICLES, EVENTS, TOTALS, DEAD_LETTERS, INGESTOR_BY_ID)
BY_ROLE: dict[str, TopicSpec] = {spec.role: spec for spec in CATALOGUE}

# Header names on dead-lettered messages.
DLQ_REASON_HEADER = "troopwatch-reason"
DLQ_DETAIL_HEADER = "troopwatch-detail"
DLQ_SERVICE_HEADER = "troopwatch-service"
