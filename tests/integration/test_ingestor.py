"""The ingestor as a real process on the real broker: bad input is dead-lettered with its reason,
good input goes through, exact re-publications are dropped, and the service never stops."""

from __future__ import annotations

import json

import pytest

from schemas.models import Article, DeadLetter
from schemas.topics import ARTICLES, DEAD_LETTERS, DLQ_REASON_HEADER, RAW_ARTICLES
from tests.support.kafka import consume_all, create_topics, new_prefix, produce
from tests.support.processes import Pipeline

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

BAD = {
    b"this is not json": "not_json",
    b'["a", "list"]': "not_object",
    json.dumps({"title": "", "source": "no text"}).encode(): "invalid",
    json.dumps({"body": 42}).encode(): "invalid",
    json.dumps({"body": "x" * 250_000}).encode(): "too_large",
    '{"body": "Les soldats français sont arrivés"}'.encode("latin-1"): "bad_encoding",
    json.dumps({"body": "Die Soldaten sind angekommen.", "lang": "de"}).encode(): "unsupported_language",
}


def good(i: int) -> bytes:
    return json.dumps(
        {"id": f"good-{i}", "lang": "en", "title": f"Story {i}", "body": f"Story number {i} about the weather."}
    ).encode()


async def test_bad_input_is_dead_lettered_and_good_input_flows(tmp_path) -> None:
    prefix = new_prefix()
    await create_topics(prefix)
    pipeline = Pipeline(prefix, tmp_path, names=("ingestor",)).start()
    try:
        values = [good(1), *BAD.keys(), good(2), good(1)]  # good(1) again: an exact re-publication
        await produce(prefix + RAW_ARTICLES.name, values)
        articles = await consume_all(prefix + ARTICLES.name, min_count=2)
        dead = await consume_all(prefix + DEAD_LETTERS.name, min_count=len(BAD))
        metrics = pipeline["ingestor"].metrics()
    finally:
        pipeline.stop()

    ids = [Article.model_validate_json(v).id for v in articles.values]
    assert ids.count("good-1") == 1, f"re-publication not dropped: {ids}\n{pipeline.logs()}"
    assert sorted(ids) == ["good-1", "good-2"]

    letters = [DeadLetter.model_validate_json(v) for v in dead.values]
    assert sorted(letter.reason for letter in letters) == sorted(BAD.values()), pipeline.logs()
    for record, letter in zip(dead.records, letters, strict=True):
        headers = dict(record.headers)
        assert headers[DLQ_REASON_HEADER].decode() == letter.reason
        assert letter.detail
    assert "troopwatch_articles_duplicate_total 1.0" in metrics
    assert 'troopwatch_dead_letters_total{reason="not_json",service="ingestor"} 1.0' in metrics
