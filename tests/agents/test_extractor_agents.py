"""The extractor's agent in Faust's test context: articles in, TroopEvents keyed by actor out."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import faust
import pytest

from schemas.models import Article, DeadLetter, TroopEvent
from schemas.models import article_content_hash as content_hash
from schemas.topics import ARTICLES, DEAD_LETTERS, DLQ_REASON_HEADER, EVENTS
from services.extractor.app import create_app
from services.extractor.settings import ExtractorSettings
from tests.agents.conftest import PREFIX, WEB_PORTS, SentMessages, in_memory, until

AGENT = "services.extractor.app.extract"
IN = PREFIX + ARTICLES.name
OUT = PREFIX + EVENTS.name
DLQ = PREFIX + DEAD_LETTERS.name

TROOPS = (
    "France deployed 200 troops to Romania on Monday. "
    "Germany will send 350 soldiers to Lithuania, the defence ministry said."
)
NO_TROOPS = "The weather in Paris was mild on Tuesday and the stock market rose slightly."


@pytest.fixture
def app(tmp_path: Path) -> faust.App:
    settings = ExtractorSettings(state_dir=tmp_path, web_port=WEB_PORTS["extractor"], topic_prefix=PREFIX)
    return in_memory(create_app(settings))


def article(article_id: str, body: str, title: str = "") -> bytes:
    return (
        Article(
            id=article_id,
            source="test",
            lang="en",
            published_at=dt.date(2025, 3, 1),
            title=title,
            body=body,
            received_at=dt.datetime(2025, 3, 1, 8, tzinfo=dt.UTC),
            content_hash=content_hash(title, body),
        )
        .model_dump_json()
        .encode()
    )


def test_agent_reads_the_articles_topic(app: faust.App) -> None:
    assert set(app.agents) == {AGENT}
    assert app.agents[AGENT].channel.get_topic_name() == IN


async def test_troop_movements_become_events_keyed_by_actor(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        await agent.put(article("a-1", TROOPS), key=b"a-1")
        await until(lambda: len(sent.to(OUT)) >= 2, what="two events")

    assert sent.topics() == {OUT}, sent
    events = {m.key: TroopEvent.model_validate_json(m.value) for m in sent.to(OUT)}
    assert set(events) == {b"FR", b"DE"}
    for key, event in events.items():
        assert event.actor.encode() == key, "events must be keyed by their actor"
        assert event.article_id == "a-1"
        assert event.type == "deployment"
        assert event.article_received_at == dt.datetime(2025, 3, 1, 8, tzinfo=dt.UTC)
    assert (events[b"FR"].count, events[b"FR"].destinations) == (200, ["RO"])
    assert (events[b"DE"].count, events[b"DE"].destinations) == (350, ["LT"])
    assert "350 soldiers" in events[b"DE"].evidence.text


async def test_redelivered_article_gives_the_same_event_ids(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        await agent.put(article("a-1", TROOPS), key=b"a-1")
        await until(lambda: len(sent.to(OUT)) >= 2, what="the first events")
        first = sorted(TroopEvent.model_validate_json(m.value).event_id for m in sent.to(OUT))
        sent.clear()
        await agent.put(article("a-1", TROOPS), key=b"a-1")
        await until(lambda: len(sent.to(OUT)) >= 2, what="the redelivered events")
    assert sorted(TroopEvent.model_validate_json(m.value).event_id for m in sent.to(OUT)) == first


async def test_article_without_troops_gives_no_event(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        await agent.put(article("quiet", NO_TROOPS, title="Markets"), key=b"quiet")
        # One actor handles articles in order: once the next article's events are out, the quiet
        # one has been fully handled.
        await agent.put(article("loud", TROOPS), key=b"loud")
        await until(lambda: len(sent.to(OUT)) >= 2, what="the events of the second article")

    assert {TroopEvent.model_validate_json(m.value).article_id for m in sent.to(OUT)} == {"loud"}
    assert not sent.to(DLQ)


async def test_malformed_article_is_dead_lettered(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        await agent.put(b'{"id": "no-lang", "body": "Germany will send 350 soldiers."}', key=b"no-lang")
        await until(lambda: sent.to(DLQ), what="a dead letter")

    [message] = sent.to(DLQ)
    assert message.headers[DLQ_REASON_HEADER] == b"processing_error"
    letter = DeadLetter.model_validate_json(message.value)
    assert (letter.service, letter.source_topic) == ("extractor", IN)
    assert not sent.to(OUT)
