"""Shared helpers: articles built from one written-for-the-test sentence; spaCy loaded once."""

from __future__ import annotations

import datetime as dt
import hashlib

import pytest

from schemas.models import Article, TroopEvent
from services.extractor.engine import extract
from services.extractor.engine.pipeline import get_nlp


@pytest.fixture(scope="session", autouse=True)
def _pipelines() -> None:
    for lang in ("fr", "en"):
        get_nlp(lang)


def make_article(body: str, lang: str = "en", title: str = "", article_id: str = "t-1") -> Article:
    return Article(
        id=article_id,
        source="test",
        lang=lang,
        published_at=dt.date(2024, 3, 1),
        title=title,
        body=body,  # type: ignore[arg-type]
        received_at=dt.datetime(2024, 3, 1, 12, tzinfo=dt.UTC),
        content_hash=hashlib.sha256(f"{title}\n{body}".encode()).hexdigest(),
    )


def run(body: str, lang: str = "en", title: str = "") -> list[TroopEvent]:
    return extract(make_article(body, lang, title))


def keys(events: list[TroopEvent]) -> set[tuple]:
    return {(e.type, e.actor, e.count, e.origin, tuple(sorted(e.destinations)), e.is_summary) for e in events}


def counted(events: list[TroopEvent]) -> set[tuple]:
    return {(e.type, e.actor, e.count) for e in events if e.count is not None}


def fits(want: tuple, got: tuple) -> bool:
    """An expected event key matches a produced one; None in `want` leaves that field unchecked."""
    return want[:3] == got[:3] and all(w is None or w == g for w, g in zip(want, got, strict=True))


def assert_events(got: set[tuple], expected: set[tuple]) -> None:
    """Exactly as many events as expected, each expected key matched by one produced."""
    assert len(got) == len(expected), got
    assert all(any(fits(w, g) for g in got) for w in expected), got
