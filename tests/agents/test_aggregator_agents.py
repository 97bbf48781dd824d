"""The aggregator's agent in Faust's test context: events in (once each, however often they
arrive), per-country totals out, the ledger table written once per event."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import faust
import pytest

from schemas.models import CountryTotals, DeadLetter, Evidence, TroopEvent
from schemas.topics import DEAD_LETTERS, DLQ_REASON_HEADER, DLQ_SERVICE_HEADER, EVENTS, TOTALS
from services.aggregator.app import create_app
from services.aggregator.settings import AggregatorSettings
from tests.agents.conftest import PREFIX, WEB_PORTS, SentMessages, in_memory, until

AGENT = "services.aggregator.app.aggregate"
IN = PREFIX + EVENTS.name
OUT = PREFIX + TOTALS.name
DLQ = PREFIX + DEAD_LETTERS.name


@pytest.fixture
def app(tmp_path: Path) -> faust.App:
    settings = AggregatorSettings(state_dir=tmp_path, web_port=WEB_PORTS["aggregator"], topic_prefix=PREFIX)
    return in_memory(create_app(settings))


def troop_event(event_id: str, actor: str = "DE", count: int = 350, destinations: tuple[str, ...] = ("LT",)) -> bytes:
    event = TroopEvent(
        event_id=event_id,
        article_id=event_id.split("#")[0],
        type="deployment",
        actor=actor,
        count=count,
        destinations=list(destinations),
        evidence=Evidence(field="body", start=0, end=11, text="350 soldiers"),
        confidence=0.9,
        extractor_version="test",
        published_at=dt.date(2025, 3, 1),
        lang="en",
    )
    return event.model_dump_json().encode()


def latest_totals(sent: SentMessages) -> dict[str, CountryTotals]:
    out = {}
    for message in sent.to(OUT):
        totals = CountryTotals.model_validate_json(message.value)
        assert message.key == totals.country.encode(), "totals must be keyed by country (compacted topic)"
        out[totals.country] = totals
    return out


def test_agent_reads_the_events_topic(app: faust.App) -> None:
    assert set(app.agents) == {AGENT}
    assert app.agents[AGENT].channel.get_topic_name() == IN


async def test_event_put_twice_counts_once_and_totals_are_sent(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        await agent.put(troop_event("a-1#0"), key=b"DE")
        await until(lambda: {"DE", "LT"} <= set(latest_totals(sent)), what="totals for DE and LT")
        await agent.put(troop_event("a-1#0"), key=b"DE")  # redelivery
        # A later event of another actor: once its totals are out, the redelivery was handled.
        await agent.put(troop_event("b-2#0", actor="FR", count=200, destinations=("RO",)), key=b"FR")
        await until(lambda: "FR" in latest_totals(sent), what="totals for FR")

    totals = latest_totals(sent)
    assert (totals["DE"].sent, totals["DE"].events) == (350, 1), totals["DE"]
    assert (totals["LT"].received, totals["LT"].events) == (350, 1), totals["LT"]
    assert (totals["FR"].sent, totals["RO"].received) == (200, 200)
    assert not sent.to(DLQ)
    ledger = app.tables["ledger"]
    assert type(ledger.data).__module__ == "faust.stores.memory", "the test must not touch rocksdb"
    assert sorted(ledger.keys()) == [b"a-1#0", b"b-2#0"]
    changelog = [m for m in sent if m.soon]
    assert [m.key for m in changelog] == [b"a-1#0", b"b-2#0"], "a redelivered event must not be written again"
    assert {m.topic for m in changelog} == {ledger.changelog_topic.get_topic_name()}


async def test_ledger_table_rebuilds_the_same_totals_after_a_rebalance(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        for payload in (
            troop_event("a-1#0"),
            troop_event("a-1#0"),
            troop_event("c-3#0", count=50, destinations=("PL",)),
        ):
            await agent.put(payload, key=b"DE")
        await until(lambda: "PL" in latest_totals(sent), what="totals for PL")
    before = latest_totals(sent)
    sent.clear()

    # What a restarted worker does once its table is recovered: rebuild from the table, republish.
    await app.on_rebalance_complete.send()

    after = latest_totals(sent)
    assert set(after) == {"DE", "LT", "PL"}
    for country in after:
        assert (after[country].sent, after[country].received, after[country].events) == (
            before[country].sent,
            before[country].received,
            before[country].events,
        )
    assert (after["DE"].sent, after["DE"].events, after["LT"].received) == (400, 2, 350)


async def test_malformed_event_is_dead_lettered(app: faust.App, sent: SentMessages) -> None:
    async with app.agents[AGENT].test_context() as agent:
        await agent.put(b'{"event_id": "x#0", "actor": "Germany"}', key=b"DE", partition=1)
        await until(lambda: sent.to(DLQ), what="a dead letter")
        # The agent survives it.
        await agent.put(troop_event("a-1#0"), key=b"DE")
        await until(lambda: "DE" in latest_totals(sent), what="totals after the bad event")

    [message] = sent.to(DLQ)
    assert message.headers[DLQ_REASON_HEADER] == b"processing_error"
    assert message.headers[DLQ_SERVICE_HEADER] == b"aggregator"
    assert message.key == b"DE"
    letter = DeadLetter.model_validate_json(message.value)
    assert (letter.service, letter.source_topic, letter.partition) == ("aggregator", IN, 1)
    assert b"x#0" not in set(app.tables["ledger"].keys())
    assert latest_totals(sent)["DE"].sent == 350
