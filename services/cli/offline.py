"""The whole pipeline without Kafka: the same validation, extraction and aggregation code the
services run, applied to a file (`troopwatch extract`, `troopwatch replay`, `make eval`)."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from schemas.models import Article, TroopEvent
from services.aggregator.ledger import DEFAULT_WINDOW_DAYS, Ledger
from services.extractor.engine import extract
from services.ingestor.validation import Rejection, is_republication, validate_article


@dataclass(frozen=True)
class LineRejected:
    line: int
    reason: str
    detail: str


@dataclass
class ReplayResult:
    ledger: Ledger
    events: list[TroopEvent] = field(default_factory=list)
    rejected: list[LineRejected] = field(default_factory=list)
    articles: int = 0
    duplicates: int = 0


def ingest_lines(lines: Iterable[bytes]) -> Iterator[Article | LineRejected]:
    """Validate each non-blank line as the ingestor would; drop exact re-publications."""
    seen: dict[str, str] = {}
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        result = validate_article(line.strip())
        if isinstance(result, Rejection):
            yield LineRejected(number, result.reason, result.detail)
            continue
        if is_republication(seen.get(result.id), result):
            continue
        seen[result.id] = result.content_hash
        yield result


def replay(
    lines: Iterable[bytes],
    window_days: int = DEFAULT_WINDOW_DAYS,
    on_article: Callable[[Article | LineRejected], None] | None = None,
) -> ReplayResult:
    result = ReplayResult(ledger=Ledger(window_days))
    for item in ingest_lines(lines):
        if on_article:
            on_article(item)
        if isinstance(item, LineRejected):
            result.rejected.append(item)
            continue
        result.articles += 1
        for event in extract(item):
            result.events.append(event)
            result.ledger.add(event)
    return result
