"""The founding example through the real broker and the three services as processes."""

from __future__ import annotations

import asyncio

import pytest

from schemas.models import DeadLetter
from schemas.topics import DEAD_LETTERS, DLQ_REASON_HEADER
from services.cli.publishing import text_record
from tests.e2e.conftest import article, http_totals, metric_value, publish, reach, settle, topic_totals, wait_for
from tests.support.kafka import consume_all

pytestmark = [pytest.mark.kafka, pytest.mark.slow]

SEED_TOTALS = {"US": {"sent": 3000, "alerted": 8500}, "RO": {"received": 1000}}


def test_seed_article_gives_exactly_the_seed_totals(pipeline, gold_dir) -> None:
    seed = text_record(
        (gold_dir / "seed-article-fr.txt").read_text(encoding="utf-8"),
        lang="fr",
        source="rfi",
        article_id="seed-rfi-2022-02-02",
        published_at="2022-02-02",
    )
    publish(pipeline, [seed.value], [seed.key])
    # (reach, not settle: before the extractor's first article the totals are empty and quiet too, and a loaded
    # machine can keep them so for longer than settle's quiet window; reach still fails on a later double count)
    reach(pipeline, SEED_TOTALS)
    assert wait_for(lambda: topic_totals(pipeline) == SEED_TOTALS, 30, "totals topic") is True

    # The same article again: dropped by the ingestor, nothing changes downstream.
    publish(pipeline, [seed.value], [seed.key])
    wait_for(
        lambda: metric_value(pipeline["ingestor"].metrics(), "troopwatch_articles_duplicate_total") >= 1,
        60,
        "the re-publication to be dropped",
    )
    assert settle(pipeline) == SEED_TOTALS
    assert topic_totals(pipeline) == SEED_TOTALS

    # A malformed message lands on the dead-letter topic with its reason; the next good article
    # still goes through.
    publish(
        pipeline,
        [
            b"{not json",
            article(
                id="next",
                lang="en",
                title="Germany reinforces Lithuania",
                body="Germany will send 350 soldiers to Lithuania, the defence ministry said on Monday.",
            ),
        ],
    )
    dead = asyncio.run(consume_all(pipeline.prefix + DEAD_LETTERS.name, min_count=1))
    assert len(dead.records) == 1
    letter = DeadLetter.model_validate_json(dead.records[0].value)
    assert letter.reason == "not_json" and dict(dead.records[0].headers)[DLQ_REASON_HEADER] == b"not_json"
    expected = {**SEED_TOTALS, "DE": {"sent": 350}, "LT": {"received": 350}}
    assert wait_for(lambda: http_totals(pipeline) == expected, 90, "the next article") is True
