"""The ingestor: raw articles in, validated and de-duplicated articles out.

raw-articles --validate--> ingestor-by-id (internal, keyed by article id) --dedupe--> articles
Anything invalid goes to the dead-letter topic with the reason in its headers.
The internal hop keys messages by article id so that the de-duplication table is partitioned
like its input, whatever key the publisher used.
"""

from __future__ import annotations

import faust
import structlog

from schemas.models import Article
from schemas.topics import ARTICLES, INGESTOR_BY_ID, RAW_ARTICLES
from services.common.faust_app import DeadLetterSender, guarded_agent, make_app, topic_for
from services.common.language import detect_language
from services.ingestor import metrics
from services.ingestor.settings import IngestorSettings
from services.ingestor.validation import Rejection, is_republication, validate_article

SERVICE = "ingestor"
log = structlog.get_logger()


def create_app(settings: IngestorSettings | None = None) -> faust.App:
    settings = settings or IngestorSettings()
    app = make_app(settings, SERVICE, settings.web_port)
    raw_topic = topic_for(app, settings, RAW_ARTICLES)
    articles_topic = topic_for(app, settings, ARTICLES)
    by_id_topic = topic_for(app, settings, INGESTOR_BY_ID)
    seen = app.Table("seen-articles", key_type=bytes, value_type=bytes, partitions=INGESTOR_BY_ID.partitions)
    dead_letters = DeadLetterSender(app, settings, SERVICE)

    @guarded_agent(app, raw_topic, dead_letters, "validate")
    async def validate(event: faust.EventT) -> None:
        message = event.message
        metrics.ARTICLES_RECEIVED.inc()
        payload = event.value if isinstance(event.value, bytes) else b""
        result = validate_article(payload, detect=detect_language)
        if isinstance(result, Rejection):
            metrics.ARTICLES_INVALID.labels(reason=result.reason).inc()
            await dead_letters.send(
                reason=result.reason,
                detail=result.detail,
                source_topic=message.topic,
                payload=payload,
                key=message.key,
                partition=message.partition,
                offset=message.offset,
            )
            return
        metrics.ARTICLES_VALID.inc()
        await by_id_topic.send(key=result.id.encode(), value=result.model_dump_json().encode())
        log.info(
            "article_valid",
            article_id=result.id,
            lang=result.lang,
            topic=message.topic,
            partition=message.partition,
            offset=message.offset,
        )

    @guarded_agent(app, by_id_topic, dead_letters, "dedupe")
    async def dedupe(event: faust.EventT) -> None:
        article = Article.model_validate_json(event.value)
        key = article.id.encode()
        previous = seen.get(key)
        if is_republication(previous.decode() if previous else None, article):
            metrics.ARTICLES_DUPLICATE.inc()
            log.info("article_duplicate", article_id=article.id)
            return
        await articles_topic.send(key=key, value=event.value)
        seen[key] = article.content_hash.encode()
        metrics.ARTICLES_FORWARDED.inc()
        log.info("article_forwarded", article_id=article.id, topic=articles_topic.get_topic_name())

    return app
