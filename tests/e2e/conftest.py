"""End-to-end fixtures: the three services as real processes on the real broker."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import httpx
import pytest

from schemas.models import CountryTotals
from schemas.topics import RAW_ARTICLES, TOTALS
from tests.support.kafka import consume_all, create_topics, new_prefix, produce
from tests.support.processes import Pipeline


@pytest.fixture
def pipeline(tmp_path: Path) -> Iterator[Pipeline]:
    prefix = new_prefix()
    asyncio.run(create_topics(prefix))
    running = Pipeline(prefix, tmp_path)
    try:
        running.start()
        yield running
    finally:
        running.stop()


def publish(pipeline: Pipeline, values: list[bytes], keys: list[bytes | None] | None = None) -> None:
    asyncio.run(produce(pipeline.prefix + RAW_ARTICLES.name, values, keys))


def http_totals(pipeline: Pipeline) -> dict[str, dict[str, int]]:
    response = httpx.get(f"{pipeline['aggregator'].url}/totals", timeout=10)
    response.raise_for_status()
    return {c: {m: v for m, v in t.items() if m != "events" and v} for c, t in response.json().items()}


def topic_totals(pipeline: Pipeline) -> dict[str, dict[str, int]]:
    """The latest record per key of the compacted totals topic, as a consumer would rebuild it."""
    consumed = asyncio.run(consume_all(pipeline.prefix + TOTALS.name, idle_s=1.5))
    latest: dict[str, CountryTotals] = {}
    for record in consumed.records:
        message = CountryTotals.model_validate_json(record.value)
        assert record.key == message.country.encode()
        latest[message.country] = message
    out = {}
    for country, message in latest.items():
        figures = {m: getattr(message, m) for m in ("sent", "received", "alerted", "withdrawn") if getattr(message, m)}
        if figures:
            out[country] = figures
    return out


def wait_for(check: Callable[[], object], timeout_s: float = 120.0, what: str = "condition") -> object:
    deadline = time.monotonic() + timeout_s
    last: object = None
    while time.monotonic() < deadline:
        try:
            last = check()
            if last:
                return last
        except httpx.HTTPError as error:
            last = error
        time.sleep(0.5)
    raise AssertionError(f"timed out waiting for {what}; last: {last!r}")


def settle(pipeline: Pipeline, quiet_s: float = 4.0, timeout_s: float = 180.0) -> dict[str, dict[str, int]]:
    """Totals once they have stopped changing for `quiet_s`."""
    deadline = time.monotonic() + timeout_s
    last, since = None, time.monotonic()
    while time.monotonic() < deadline:
        now = http_totals(pipeline) if _ready(pipeline) else None
        if now != last:
            last, since = now, time.monotonic()
        elif now is not None and time.monotonic() - since >= quiet_s:
            return now
        time.sleep(0.5)
    raise AssertionError(f"totals did not settle; last {last}\n{pipeline.logs()}")


def reach(pipeline: Pipeline, expected: dict[str, dict[str, int]], timeout_s: float = 240.0) -> None:
    """Wait until GET /totals equals `expected`, then check it stays so (a late double count
    would show up after the first match)."""
    try:
        wait_for(lambda: _ready(pipeline) and http_totals(pipeline) == expected, timeout_s, "the expected totals")
    except AssertionError as error:
        raise AssertionError(
            f"{error}\nnow: {http_totals(pipeline)}\nexpected: {expected}\n{pipeline.logs()}"
        ) from None
    time.sleep(5)
    assert http_totals(pipeline) == expected


def _ready(pipeline: Pipeline) -> bool:
    return httpx.get(f"{pipeline['aggregator'].url}/totals", timeout=5).status_code == 200


def metric_value(text: str, name: str) -> float:
    for line in text.splitlines():
        if line.startswith(name + " ") or line.startswith(name + "{"):
            return float(line.rsplit(" ", 1)[1])
    return 0.0


def article(**fields: object) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()
