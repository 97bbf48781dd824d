"""Whole-pipeline speed offline: `python -m services.cli.bench [--limit N]`.

Ingest validation, extraction and aggregation (the services' pure code, no Kafka) over the news
stream, on one core, reported as articles/s and as a ratio to a baseline measured in the same run
(JSON parse of every line), since machines here are noisy and only the ratio travels.
"""

from __future__ import annotations

import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

import typer
from tqdm import tqdm

from services.aggregator.ledger import Ledger
from services.extractor.engine import extract
from services.extractor.engine.pipeline import get_nlp
from services.ingestor.validation import Rejection, validate_article

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("TROOPWATCH_CORPUS", ROOT.parent / "shared" / "corpus" / "news-stream.jsonl.gz"))

app = typer.Typer(add_completion=False, help=__doc__)


@app.command()
def main(
    limit: int | None = typer.Option(None, help="Only the first N articles."),
    corpus: Path = typer.Option(CORPUS, help="gzip JSONL news stream."),
    as_json: bool = typer.Option(False, "--json", help="One JSON object instead of text."),
) -> None:
    if not corpus.is_file():
        typer.echo(f"error: corpus not found at {corpus} (set TROOPWATCH_CORPUS)", err=True)
        raise typer.Exit(2)
    with gzip.open(corpus, "rb") as handle:
        lines = [line for _, line in zip(range(limit or sys.maxsize), handle, strict=False)]
    for lang in ("fr", "en"):
        get_nlp(lang)  # model loading is start-up cost, not per-article cost

    started = time.perf_counter()
    for line in lines:
        json.loads(line)
    baseline_s = time.perf_counter() - started

    ledger = Ledger()
    rejected = events = 0
    started = time.perf_counter()
    for line in tqdm(lines, unit="article", desc="pipeline", file=sys.stderr, disable=not sys.stderr.isatty()):
        article = validate_article(line)
        if isinstance(article, Rejection):
            rejected += 1
            continue
        for event in extract(article):
            events += 1
            ledger.add(event)
    pipeline_s = time.perf_counter() - started
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {
        "articles": len(lines),
        "rejected": rejected,
        "events": events,
        "pipeline_articles_per_s": round(len(lines) / pipeline_s, 1),
        "baseline_articles_per_s": round(len(lines) / baseline_s, 1),
        "pipeline_to_baseline_ratio": round(baseline_s / pipeline_s, 4),
        "peak_rss_mb": round(rss_mb, 1),
        "countries_with_totals": len(ledger.totals()),
    }
    if as_json:
        print(json.dumps(result))
        return
    print(
        f"pipeline (validate + extract + aggregate, 1 core): {result['pipeline_articles_per_s']:,} articles/s "
        f"over {len(lines):,} articles; baseline (JSON parse): {result['baseline_articles_per_s']:,} articles/s; "
        f"ratio {result['pipeline_to_baseline_ratio']}; {events} events, {rejected} rejected; "
        f"peak RSS {result['peak_rss_mb']} MB"
    )


if __name__ == "__main__":
    app()
