"""Create troopwatch's topics from the catalogue (the broker does not auto-create them)."""

from __future__ import annotations

import asyncio
from typing import TYPE_CHECKING

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from schemas.topics import CATALOGUE, TopicSpec

if TYPE_CHECKING:  # (the topic command does not need Faust loaded)
    import faust


class BrokerUnavailable(RuntimeError):
    """The broker could not be reached: say so plainly instead of a traceback."""


async def ensure_topics(
    bootstrap_servers: str,
    prefix: str = "",
    specs: tuple[TopicSpec, ...] = CATALOGUE,
    timeout_s: float = 30.0,
) -> list[str]:
    """Create every missing topic of the catalogue; returns the names created."""
    topics = [
        NewTopic(
            name=spec.full_name(prefix), num_partitions=spec.partitions, replication_factor=1, topic_configs=spec.config
        )
        for spec in specs
    ]
    return await _create_missing(bootstrap_servers, topics, timeout_s)


async def ensure_changelogs(bootstrap_servers: str, app: faust.App, timeout_s: float = 30.0) -> list[str]:
    """Create the changelog topic of each of the app's tables before its worker starts. Faust declares them itself,
    but on a broker that has never seen them its consumer keeps the metadata it read before the declaration, and
    every table write then fails with PartitionsMismatch (0 partitions) until the worker restarts."""
    topics = [
        NewTopic(
            name=table.changelog_topic.get_topic_name(),
            num_partitions=table.partitions or app.conf.topic_partitions,
            replication_factor=1,
            topic_configs={"cleanup.policy": "compact"},
        )
        for table in app.tables.values()
    ]
    return await _create_missing(bootstrap_servers, topics, timeout_s)


async def _create_missing(bootstrap_servers: str, topics: list[NewTopic], timeout_s: float) -> list[str]:
    """Create the topics the broker does not have yet; returns the names created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=int(timeout_s * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
    except (TimeoutError, KafkaConnectionError, OSError) as error:
        raise BrokerUnavailable(f"cannot reach Kafka at {bootstrap_servers}: {error}") from error
    try:
        existing = set(await admin.list_topics())
        created: list[str] = []
        for topic in topics:
            if topic.name in existing:
                continue
            try:
                await admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        await admin.close()
