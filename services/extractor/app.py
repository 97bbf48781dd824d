"""The extractor: articles in, one `TroopEvent` message per event out, keyed by actor country.

Stateless: a redelivered article gives the same events with the same deterministic ids, which
the aggregator counts once.
"""

from __future__ import annotations

import time

import faust
import structlog

from schemas.models import Article
from schemas.topics import ARTICLES, EVENTS
from services.common.faust_app import DeadLetterSender, guarded_agent, make_app, topic_for
from services.extractor import engine, metrics
from services.extractor.engine.pipeline import get_nlp
from services.extractor.settings import ExtractorSettings

SERVICE = "extractor"
log = structlog.get_logger()


def create_app(settings: ExtractorSettings | None = None) -> faust.App:
    settings = settings or ExtractorSettings()
    app = make_app(settings, SERVICE, settings.web_port)
    articles_topic = topic_for(app, settings, ARTICLES)
    events_topic = topic_for(app, settings, EVENTS)
    dead_letters = DeadLetterSender(app, settings, SERVICE)

    @app.task
    async def warm_up() -> None:
        # Load the language pipelines before the first article, not during it.
        for lang in ("fr", "en"):
            get_nlp(lang)

    @guarded_agent(app, articles_topic, dead_letters, "extract")
    async def extract(event: faust.EventT) -> None:
        article = Article.model_validate_json(event.value)
        started = time.perf_counter()
        result = engine.extract_with_stats(article)
        duration = time.perf_counter() - started
        metrics.EXTRACTION_SECONDS.observe(duration)
        metrics.ARTICLES_PROCESSED.labels(lang=article.lang).inc()
        if result.gated_out:
            metrics.ARTICLES_GATED_OUT.labels(lang=article.lang).inc()
        for troop_event in result.events:
            await events_topic.send(key=troop_event.actor.encode(), value=troop_event.model_dump_json().encode())
            metrics.EVENTS_EXTRACTED.labels(type=troop_event.type, lang=troop_event.lang).inc()
        log.info(
            "article_extracted",
            article_id=article.id,
            events=len(result.events),
            gated_out=result.gated_out,
            duration=round(duration, 6),
            partition=event.message.partition,
            offset=event.message.offset,
        )

    return app
