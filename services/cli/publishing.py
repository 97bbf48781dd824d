"""Turn files into raw-article messages and put them on the raw topic (`troopwatch publish`)."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from aiokafka import AIOKafkaProducer
from aiokafka.errors import KafkaConnectionError, KafkaError


class PublishError(RuntimeError):
    """A failure to report in one clear line (no traceback)."""


@dataclass(frozen=True)
class Record:
    key: bytes | None
    value: bytes


def looks_like_jsonl(path: Path) -> bool:
    if path.suffix in {".jsonl", ".ndjson", ".json"}:
        return True
    with path.open("rb") as handle:
        head = handle.read(64).lstrip()
    return head.startswith(b"{")


def jsonl_records(lines: Iterable[bytes]) -> Iterator[Record]:
    """One message per non-blank line, sent as it is: the ingestor is the one that validates,
    so a bad line reaches the dead-letter topic with its reason rather than vanishing here."""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        key = None
        try:
            data = json.loads(line)
            if isinstance(data, dict) and isinstance(data.get("id"), str):
                key = data["id"].encode()
        except (json.JSONDecodeError, UnicodeDecodeError):
            pass
        yield Record(key, line)


def text_record(
    text: str,
    *,
    title: str | None = None,
    lang: str | None = None,
    url: str | None = None,
    source: str | None = None,
    article_id: str | None = None,
    published_at: str | None = None,
) -> Record:
    """A plain-text article: the whole text is the body; the title is --title or left empty."""
    article = {
        "id": article_id,
        "url": url,
        "source": source,
        "lang": lang,
        "published_at": published_at,
        "title": title or "",
        "body": text.strip(),
    }
    payload = {k: v for k, v in article.items() if v is not None}
    return Record(article_id.encode() if article_id else None, json.dumps(payload, ensure_ascii=False).encode())


async def send_records(bootstrap_servers: str, topic: str, records: Iterable[Record], on_sent=None) -> int:
    producer = AIOKafkaProducer(bootstrap_servers=bootstrap_servers, acks="all", request_timeout_ms=15000)
    try:
        await asyncio.wait_for(producer.start(), 20)
    except (TimeoutError, KafkaConnectionError, OSError) as error:
        await producer.stop()
        raise PublishError(
            f"cannot reach Kafka at {bootstrap_servers} ({type(error).__name__}); "
            "is the broker running? Try `make kafka-up`."
        ) from error
    sent = 0
    try:
        for record in records:
            await producer.send_and_wait(topic, record.value, key=record.key)
            sent += 1
            if on_sent:
                on_sent(record)
    except KafkaError as error:
        raise PublishError(f"publishing to {topic} failed after {sent} messages: {error}") from error
    finally:
        await producer.stop()
    return sent
