"""Create troopwatch's topics from the catalogue (the broker does not auto-create them)."""

from __future__ import annotations

import asyncio

from aiokafka.admin import AIOKafkaAdminClient, NewTopic
from aiokafka.errors import KafkaConnectionError, TopicAlreadyExistsError

from schemas.topics import CATALOGUE, TopicSpec


class BrokerUnavailable(RuntimeError):
    """The broker could not be reached: say so plainly instead of a traceback."""


async def ensure_topics(
    bootstrap_servers: str,
    prefix: str = "",
    specs: tuple[TopicSpec, ...] = CATALOGUE,
    timeout_s: float = 30.0,
) -> list[str]:
    """Create every missing topic of the catalogue; returns the names created."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap_servers, request_timeout_ms=int(timeout_s * 1000))
    try:
        await asyncio.wait_for(admin.start(), timeout_s)
    except (TimeoutError, KafkaConnectionError, OSError) as error:
        raise BrokerUnavailable(f"cannot reach Kafka at {bootstrap_servers}: {error}") from error
    try:
        existing = set(await admin.list_topics())
        wanted = [
            NewTopic(
                name=spec.full_name(prefix),
                num_partitions=spec.partitions,
                replication_factor=1,
                topic_configs=spec.config,
            )
            for spec in specs
            if spec.full_name(prefix) not in existing
        ]
        created: list[str] = []
        for topic in wanted:
            try:
                await admin.create_topics([topic])
                created.append(topic.name)
            except TopicAlreadyExistsError:
                pass
        return created
    finally:
        await admin.close()
