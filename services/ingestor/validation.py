"""Raw bytes -> `Article`, or a `Rejection` that says why. Pure: no Kafka here.

Used by the ingestor service and by the offline `troopwatch replay`.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable
from dataclasses import dataclass
from urllib.parse import urlsplit

from pydantic import ValidationError

from schemas.models import MAX_BODY_CHARS, Article, RawArticle, article_content_hash
from services.common.language import detect_language, normalise_language

# A UTF-8 body of MAX_BODY_CHARS characters is at most 4 bytes each; anything larger is refused
# before parsing so one huge message cannot stall the service.
MAX_PAYLOAD_BYTES = MAX_BODY_CHARS * 4 + 16_384


@dataclass(frozen=True)
class Rejection:
    """Why a raw message is not a valid article. `reason` is a bounded metric label."""

    reason: str  # too_large | bad_encoding | not_json | not_object | invalid | unsupported_language
    detail: str


def derive_id(raw: RawArticle, digest: str) -> str:
    """Stable id: the publisher's, else one from the URL, else from the content."""
    if raw.id and raw.id.strip():
        return raw.id.strip()
    if raw.url:
        return "url-" + hashlib.sha256(raw.url.strip().encode()).hexdigest()[:20]
    return "sha-" + digest[:20]


def _published_date(value: dt.date | dt.datetime | None, received_at: dt.datetime) -> dt.date:
    if value is None:
        return received_at.date()
    if isinstance(value, dt.datetime):
        return value.astimezone(dt.UTC).date() if value.tzinfo else value.date()
    return value


def _first_errors(error: ValidationError, limit: int = 3) -> str:
    parts = []
    for item in error.errors()[:limit]:
        where = ".".join(str(p) for p in item["loc"]) or "(root)"
        parts.append(f"{where}: {item['msg']}")
    return "; ".join(parts)


def validate_article(
    payload: bytes,
    received_at: dt.datetime | None = None,
    detect: Callable[[str], str | None] = detect_language,
) -> Article | Rejection:
    """Validate one raw message. Never raises on bad input."""
    received_at = received_at or dt.datetime.now(dt.UTC)
    if len(payload) > MAX_PAYLOAD_BYTES:
        return Rejection("too_large", f"{len(payload)} bytes; the limit is {MAX_PAYLOAD_BYTES}")
    try:
        text = payload.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        return Rejection("bad_encoding", f"not UTF-8: {error}")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        return Rejection("not_json", f"not JSON: {error}")
    if not isinstance(data, dict):
        return Rejection("not_object", f"expected a JSON object, got {type(data).__name__}")
    try:
        raw = RawArticle.model_validate(data)
    except ValidationError as error:
        too_long = any(e["type"] == "string_too_long" and e["loc"] == ("body",) for e in error.errors())
        return Rejection("too_large" if too_long else "invalid", _first_errors(error))
    if raw.lang:
        lang = normalise_language(raw.lang)
        if lang is None:
            return Rejection("unsupported_language", f"lang {raw.lang!r} is not fr or en")
    else:
        lang = detect(f"{raw.title}\n{raw.body}")
        if lang is None:
            return Rejection("unsupported_language", "language not given and not detected as fr or en")

    digest = article_content_hash(raw.title, raw.body)
    source = raw.source or (urlsplit(raw.url).hostname if raw.url else None) or "unknown"
    return Article(
        id=derive_id(raw, digest),
        url=raw.url,
        source=source,
        lang=lang,  # type: ignore[arg-type]
        published_at=_published_date(raw.published_at, received_at),
        title=raw.title,
        body=raw.body,
        received_at=received_at,
        content_hash=digest,
    )


def is_republication(seen_hash: str | None, article: Article) -> bool:
    """An exact re-publication has the same id and the same content; a changed text is a correction."""
    return seen_hash is not None and seen_hash == article.content_hash
