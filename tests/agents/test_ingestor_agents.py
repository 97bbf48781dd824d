"""The ingestor's two agents in Faust's test context: validate (raw -> by-id or dead letters)
and dedupe (by-id -> articles, exact re-publications dropped)."""

from __future__ import annotations

import base64
import json
from pathlib import Path

import faust
import pytest

from schemas.models import Article, DeadLetter
from schemas.topics import (
    ARTICLES,
    DEAD_LETTERS,
    DLQ_DETAIL_HEADER,
    DLQ_REASON_HEADER,
    DLQ_SERVICE_HEADER,
    INGESTOR_BY_ID,
    RAW_ARTICLES,
)
from services.ingestor.app import create_app
from services.ingestor.settings import IngestorSettings
from tests.agents.conftest import PREFIX, WEB_PORTS, SentMessages, in_memory, until

RAW = PREFIX + RAW_ARTICLES.name
BY_ID = PREFIX + INGESTOR_BY_ID.name
OUT = PREFIX + ARTICLES.name
DLQ = PREFIX + DEAD_LETTERS.name


@pytest.fixture
def app(tmp_path: Path) -> faust.App:
    settings = IngestorSettings(state_dir=tmp_path, web_port=WEB_PORTS["ingestor"], topic_prefix=PREFIX)
    return in_memory(create_app(settings))


def raw(article_id: str, body: str = "Story about the weather in Lyon.", **extra: str) -> bytes:
    return json.dumps({"id": article_id, "lang": "en", "title": f"Title {article_id}", "body": body, **extra}).encode()


def test_agents_are_named_after_their_functions(app: faust.App) -> None:
    assert set(app.agents) == {"services.ingestor.app.validate", "services.ingestor.app.dedupe"}
    assert app.agents["services.ingestor.app.validate"].channel.get_topic_name() == RAW
    assert app.agents["services.ingestor.app.dedupe"].channel.get_topic_name() == BY_ID


async def test_valid_raw_article_is_forwarded_by_id(app: faust.App, sent: SentMessages) -> None:
    async with app.agents["services.ingestor.app.validate"].test_context() as agent:
        await agent.put(raw("a-1", source="wire", url="https://example.org/a-1"), key=b"publisher-key")
        await until(lambda: sent.to(BY_ID), what="a message on the by-id topic")

    assert sent.topics() == {BY_ID}, sent
    [message] = sent.to(BY_ID)
    assert message.key == b"a-1", "the internal hop must be keyed by article id, not the publisher's key"
    article = Article.model_validate_json(message.value)
    assert (article.id, article.lang, article.source, article.body) == (
        "a-1",
        "en",
        "wire",
        "Story about the weather in Lyon.",
    )
    assert len(article.content_hash) == 64


BAD = [
    pytest.param(b"this is not json", "not_json", id="not-json"),
    # A headline alone is an article (wire items); with neither title nor body there is nothing.
    pytest.param(
        json.dumps({"id": "x", "lang": "en", "url": "https://example.org/x"}).encode(), "invalid", id="missing-body"
    ),
    pytest.param(
        json.dumps({"id": "x", "lang": "de", "body": "Die Soldaten sind da."}).encode(),
        "unsupported_language",
        id="unknown-language",
    ),
]


@pytest.mark.parametrize(("payload", "reason"), BAD)
async def test_bad_raw_article_is_dead_lettered_with_its_reason(
    app: faust.App, sent: SentMessages, payload: bytes, reason: str
) -> None:
    async with app.agents["services.ingestor.app.validate"].test_context() as agent:
        await agent.put(payload, key=b"k-1", partition=2)
        await until(lambda: sent.to(DLQ), what="a dead letter")
        # The agent is still alive: the next good article goes through.
        await agent.put(raw("after-bad"))
        await until(lambda: sent.to(BY_ID), what="the next good article")

    [letter_message] = sent.to(DLQ)
    assert letter_message.headers[DLQ_REASON_HEADER] == reason.encode()
    assert letter_message.headers[DLQ_SERVICE_HEADER] == b"ingestor"
    assert letter_message.headers[DLQ_DETAIL_HEADER]
    assert letter_message.key == b"k-1"
    letter = DeadLetter.model_validate_json(letter_message.value)
    assert (letter.service, letter.reason, letter.source_topic, letter.partition) == ("ingestor", reason, RAW, 2)
    assert base64.b64decode(letter.payload_b64) == payload, "the original bytes must survive"
    assert [m.key for m in sent.to(BY_ID)] == [b"after-bad"], "a bad article was forwarded"


async def test_dedupe_forwards_the_first_and_drops_an_exact_republication(app: faust.App, sent: SentMessages) -> None:
    # Feed dedupe exactly what validate produces.
    async with app.agents["services.ingestor.app.validate"].test_context() as validate:
        for payload in (raw("a-1"), raw("a-1"), raw("a-1", body="Corrected story about Lyon."), raw("b-2")):
            await validate.put(payload)
        await until(lambda: len(sent.to(BY_ID)) == 4, what="four validated articles")
    by_id = sent.to(BY_ID)
    sent.clear()

    async with app.agents["services.ingestor.app.dedupe"].test_context() as dedupe:
        for message in by_id:
            await dedupe.put(message.value, key=message.key)
        # b-2 comes last: once it is out, everything before it has been handled (one actor, in order).
        await until(lambda: any(m.key == b"b-2" for m in sent.to(OUT)), what="the last article")

    forwarded = [Article.model_validate_json(m.value) for m in sent.to(OUT)]
    assert [(a.id, a.body) for a in forwarded] == [
        ("a-1", "Story about the weather in Lyon."),
        ("a-1", "Corrected story about Lyon."),  # same id, new text: a correction, not a copy
        ("b-2", "Story about the weather in Lyon."),
    ]
    assert all(m.key == a.id.encode() for m, a in zip(sent.to(OUT), forwarded, strict=True))
    assert not sent.to(DLQ)
    seen = app.tables["seen-articles"]
    assert type(seen.data).__module__ == "faust.stores.memory", "the test must not touch rocksdb"
    assert seen[b"a-1"] == forwarded[1].content_hash.encode(), "the table remembers the latest text"
    assert set(seen.keys()) == {b"a-1", b"b-2"}
    # ...and every write went to its changelog, so a restarted ingestor remembers them too.
    changelog = [m for m in sent if m.soon]
    assert {m.topic for m in changelog} == {seen.changelog_topic.get_topic_name()}
    assert seen.changelog_topic.get_topic_name().endswith("seen-articles-changelog")
    assert [m.key for m in changelog] == [b"a-1", b"a-1", b"b-2"]


async def test_dedupe_dead_letters_what_is_not_an_article(app: faust.App, sent: SentMessages) -> None:
    async with app.agents["services.ingestor.app.dedupe"].test_context() as dedupe:
        await dedupe.put(b'{"id": "half"}', key=b"half")
        await until(lambda: sent.to(DLQ), what="a dead letter")

    [message] = sent.to(DLQ)
    assert message.headers[DLQ_REASON_HEADER] == b"processing_error"
    assert DeadLetter.model_validate_json(message.value).source_topic == BY_ID
    assert not sent.to(OUT)
