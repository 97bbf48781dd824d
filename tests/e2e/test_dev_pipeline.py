"""The dev articles through the real broker give the same totals as `troopwatch replay`, and a
crash of the services mid-stream, or of the broker, loses nothing and counts nothing twice."""

from __future__ import annotations

import os
import subprocess

import pytest

from services.aggregator.ledger import totals_json
from services.cli.offline import replay
from tests.conftest import REPO_ROOT
from tests.e2e.conftest import metric_value, publish, reach, settle, topic_totals, wait_for

pytestmark = [pytest.mark.kafka, pytest.mark.slow]


def offline_totals(lines: list[bytes]) -> dict[str, dict[str, int]]:
    totals = totals_json(replay(lines).ledger)
    return {c: {m: v for m, v in t.items() if v} for c, t in totals.items() if any(t.values())}


def dev_lines(gold_dir) -> list[bytes]:
    return [line for line in (gold_dir / "dev.jsonl").read_bytes().splitlines() if line.strip()]


def test_dev_articles_online_equal_offline(pipeline, gold_dir) -> None:
    lines = dev_lines(gold_dir)
    expected = offline_totals(lines)
    assert expected, "the offline replay found nothing: the comparison would be empty"
    publish(pipeline, lines)
    reach(pipeline, expected)
    assert wait_for(lambda: topic_totals(pipeline) == expected, 60, "totals topic") is True


def test_crashes_and_redelivery_count_nothing_twice(pipeline, gold_dir) -> None:
    lines = dev_lines(gold_dir)
    expected = offline_totals(lines)
    half = len(lines) // 2
    publish(pipeline, lines[:half])
    settle(pipeline)

    # Crash all three services (SIGKILL: no clean shutdown, no final commit), publish the rest
    # while they are down, restart them.
    for name in ("ingestor", "extractor", "aggregator"):
        pipeline[name].kill()
    publish(pipeline, lines[half:])
    for name in ("ingestor", "extractor", "aggregator"):
        pipeline[name].start()
    reach(pipeline, expected)

    # Everything again: the restarted ingestor still knows what it forwarded (its table was
    # recovered), drops the exact re-publications, and the totals do not move.
    publish(pipeline, lines)
    wait_for(
        lambda: metric_value(pipeline["ingestor"].metrics(), "troopwatch_articles_duplicate_total") >= len(lines),
        120,
        "every re-publication to be dropped",
    )
    reach(pipeline, expected)
    assert wait_for(lambda: topic_totals(pipeline) == expected, 60, "totals topic") is True


def test_broker_restart_loses_nothing(pipeline, gold_dir) -> None:
    lines = dev_lines(gold_dir)
    expected = offline_totals(lines)
    publish(pipeline, lines[:20])
    settle(pipeline)
    kafka = [str(REPO_ROOT / "deploy" / "kafka" / "kafka.sh")]
    subprocess.run([*kafka, "restart"], check=True, env=os.environ, capture_output=True, timeout=180)
    publish(pipeline, lines[20:])
    reach(pipeline, expected)
