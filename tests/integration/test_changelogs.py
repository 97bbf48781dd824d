"""A service creates its tables' changelog topics before its worker starts: on a broker that has never seen them,
Faust's consumer would otherwise keep stale metadata and every table write would fail (PartitionsMismatch)."""

from __future__ import annotations

import pytest
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

from schemas.topics import EVENTS
from services.aggregator.app import create_app
from services.aggregator.settings import AggregatorSettings
from services.common.admin import ensure_changelogs
from tests.support.kafka import bootstrap, new_prefix

pytestmark = [pytest.mark.kafka]


async def test_changelog_topics_exist_before_the_worker_starts(tmp_path) -> None:
    prefix = new_prefix()
    settings = AggregatorSettings(
        broker=f"kafka://{bootstrap()}", topic_prefix=prefix, app_id_prefix=prefix + "agg", state_dir=tmp_path
    )
    app = create_app(settings)
    name = app.tables["ledger"].changelog_topic.get_topic_name()

    assert await ensure_changelogs(bootstrap(), app) == [name]
    assert await ensure_changelogs(bootstrap(), app) == [], "a second start creates nothing"

    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap())
    await admin.start()
    try:
        (meta,) = await admin.describe_topics([name])
        configs = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, name)])
    finally:
        await admin.close()
    assert len(meta["partitions"]) == EVENTS.partitions, "the changelog must match the source topic's partitions"
    entries = {e[0]: e[1] for e in configs[0].resources[0][4]}
    assert entries["cleanup.policy"] == "compact"
