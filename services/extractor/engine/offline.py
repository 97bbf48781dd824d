"""Articles from JSONL lines for offline runs (CLI, evaluation): defaults filled, bad lines reported."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from pydantic import ValidationError

from schemas.models import Article, article_content_hash
from services.common.language import detect_language


@dataclass(frozen=True, slots=True)
class LineError:
    line: int
    reason: str


def _parse(raw: dict[str, object], now: dt.datetime) -> Article:
    title = str(raw.get("title") or "")
    body = raw.get("body")
    if not isinstance(body, str) or not body.strip():
        if not title:
            raise ValueError("no body")
        body = body or ""
    lang = raw.get("lang") or detect_language(f"{title}\n{body}")
    if lang is None:
        raise ValueError("language is neither fr nor en")
    return Article(
        id=str(raw["id"]) if raw.get("id") else article_content_hash(title, str(body))[:16],
        url=raw.get("url"),  # type: ignore[arg-type]
        source=str(raw.get("source") or "offline"),
        lang=lang,  # type: ignore[arg-type]
        published_at=raw.get("published_at") or now.date(),  # type: ignore[arg-type]
        title=title,
        body=str(body),
        received_at=now,
        content_hash=article_content_hash(title, str(body)),
    )


def iter_articles(lines: Iterable[str]) -> Iterator[Article | LineError]:
    """One Article per JSON line, or a LineError with the 1-based line number; blank lines skipped."""
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        try:
            raw = json.loads(line)
            if not isinstance(raw, dict):
                raise ValueError("not a JSON object")
            yield _parse(raw, dt.datetime.now(dt.UTC))
        except (ValueError, KeyError, ValidationError) as error:
            yield LineError(number, f"{type(error).__name__}: {error}".splitlines()[0][:300])
