"""Helpers for tests on the real broker: isolated topic sets, producing, consuming."""

from __future__ import annotations

import asyncio
import os
import uuid
from dataclasses import dataclass

from aiokafka import AIOKafkaConsumer, AIOKafkaProducer
from aiokafka.structs import ConsumerRecord

from services.common.admin import ensure_topics


def bootstrap() -> str:
    return os.environ.get("TROOPWATCH_BROKER", "kafka://127.0.0.1:19092").split("://", 1)[-1]


def new_prefix() -> str:
    """Each test gets its own topics and consumer groups, so tests never see each other's data."""
    return f"t{uuid.uuid4().hex[:10]}."


async def create_topics(prefix: str) -> None:
    await ensure_topics(bootstrap(), prefix)


async def produce(topic: str, values: list[bytes], keys: list[bytes | None] | None = None) -> None:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap(), acks="all")
    await producer.start()
    try:
        for i, value in enumerate(values):
            await producer.send_and_wait(topic, value, key=keys[i] if keys else None)
    finally:
        await producer.stop()


@dataclass
class Consumed:
    records: list[ConsumerRecord]

    @property
    def values(self) -> list[bytes]:
        return [r.value for r in self.records]


async def consume_all(topic: str, idle_s: float = 2.0, timeout_s: float = 30.0, min_count: int = 0) -> Consumed:
    """Everything on `topic` from the beginning: reads until `min_count` records have arrived
    and nothing new came for `idle_s`, or until `timeout_s`."""
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap(),
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        group_id=None,
    )
    await consumer.start()
    records: list[ConsumerRecord] = []
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    try:
        while loop.time() < deadline:
            batch = await consumer.getmany(timeout_ms=int(idle_s * 1000))
            got = [r for rs in batch.values() for r in rs]
            records.extend(got)
            if not got and len(records) >= min_count:
                break
    finally:
        await consumer.stop()
    return Consumed(records)
