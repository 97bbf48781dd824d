"""Fixtures for running the services' Faust agents in Faust's in-memory test context.

No broker, no rocksdb: each app is built by its service's `create_app(Settings(...))` with a
`memory://` table store, agents are driven with `agent.test_context()` + `put()`, and whatever
an agent sends to a topic is captured by patching `faust.topics.Topic.send` (and `send_soon`,
which tables use for their changelogs) for the duration of a test.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import faust
import faust.topics
import pytest

_REPO = Path(__file__).resolve().parents[2]
if str(_REPO) not in sys.path:
    sys.path.insert(0, str(_REPO))

# Every app here gets this prefix, so that the tests also check it reaches each topic name.
PREFIX = "test."
# Faust refuses port 0; the web server is never started in a test context, so any port does.
WEB_PORTS = {"ingestor": 16066, "extractor": 16067, "aggregator": 16068}


@dataclass(frozen=True)
class Sent:
    topic: str
    key: bytes | None
    value: bytes | None
    headers: dict[str, bytes] = field(default_factory=dict)
    soon: bool = False  # sent with send_soon (table changelogs)


class SentMessages(list[Sent]):
    def to(self, topic: str) -> list[Sent]:
        return [message for message in self if message.topic == topic]

    def topics(self) -> set[str]:
        return {message.topic for message in self}


def _headers(headers: Any) -> dict[str, bytes]:
    if headers is None:
        return {}
    items = headers.items() if hasattr(headers, "items") else headers
    return {str(key): value for key, value in items}


@pytest.fixture
def sent(monkeypatch: pytest.MonkeyPatch) -> SentMessages:
    """Everything the agents send to any topic during the test, in order."""
    messages = SentMessages()

    async def send(self: faust.topics.Topic, *, key=None, value=None, headers=None, **_: Any) -> None:
        messages.append(Sent(self.get_topic_name(), key, value, _headers(headers)))

    def send_soon(self: faust.topics.Topic, *, key=None, value=None, headers=None, **kwargs: Any) -> Any:
        messages.append(Sent(self.get_topic_name(), key, value, _headers(headers), soon=True))
        # Tables read the partition off the returned future message; never hand it to a producer.
        return self.as_future_message(key=key, value=value, headers=headers, **kwargs)

    monkeypatch.setattr(faust.topics.Topic, "send", send)
    monkeypatch.setattr(faust.topics.Topic, "send_soon", send_soon)
    return messages


def in_memory(app: faust.App) -> faust.App:
    """Tables on the in-memory store instead of rocksdb."""
    app.conf.store = "memory://"
    return app


async def until(predicate: Callable[[], bool], timeout: float = 5.0, what: str = "condition") -> None:
    """Wait for an agent to get somewhere (it runs in its own task)."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not predicate():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.005)
