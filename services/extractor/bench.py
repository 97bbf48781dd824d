"""Extraction speed on the unlabeled news stream: `python -m services.extractor.bench [--limit N]`.

Reports articles/s on one core, p50/p99 time per article, the share gated out and peak RSS, next to a
baseline measured in the same run (JSON parse + lowercase scan of every article), since machines are
noisy and only the ratio travels.
"""

from __future__ import annotations

import datetime as dt
import gzip
import json
import os
import resource
import sys
import time
from pathlib import Path

import typer
from tqdm import tqdm

from schemas.models import Article
from services.extractor.engine import extract_with_stats
from services.extractor.engine.pipeline import get_nlp

ROOT = Path(__file__).resolve().parents[2]
CORPUS = Path(os.environ.get("TROOPWATCH_CORPUS", ROOT.parent / "shared" / "corpus" / "news-stream.jsonl.gz"))

app = typer.Typer(add_completion=False)


def _lines(path: Path, limit: int | None) -> list[str]:
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        out = []
        for line in handle:
            out.append(line)
            if limit and len(out) >= limit:
                break
    return out


def _article(raw: dict[str, str], now: dt.datetime) -> Article:
    return Article(
        id=raw["id"],
        source=raw.get("source") or "bench",
        lang=raw["lang"],  # type: ignore[arg-type]
        published_at=raw.get("published_at") or now.date(),
        title=raw.get("title") or "",  # type: ignore[arg-type]
        body=raw["body"],
        received_at=now,
        content_hash="-",
    )


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))] if ordered else 0.0


@app.command()
def main(
    limit: int | None = typer.Option(None, help="Only the first N articles."),
    corpus: Path = typer.Option(CORPUS),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    lines = _lines(corpus, limit)
    # baseline: what any consumer pays anyway
    t0 = time.perf_counter()
    hits = 0
    for line in lines:
        raw = json.loads(line)
        hits += "troop" in (raw.get("title", "") + raw.get("body", "")).lower()
    baseline = time.perf_counter() - t0

    for lang in ("fr", "en"):  # model loading is a one-off per process, not per-article cost
        get_nlp(lang)
    now = dt.datetime.now(dt.UTC)
    times: list[float] = []
    gated = events = 0
    t0 = time.perf_counter()
    for line in tqdm(lines, file=sys.stderr, unit="art", mininterval=1.0):
        article = _article(json.loads(line), now)
        start = time.perf_counter()
        result = extract_with_stats(article)
        times.append(time.perf_counter() - start)
        gated += result.gated_out
        events += len(result.events)
    total = time.perf_counter() - t0
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    report = {
        "articles": len(lines),
        "articles_per_s": round(len(lines) / total, 1),
        "p50_ms": round(_percentile(times, 0.5) * 1000, 3),
        "p99_ms": round(_percentile(times, 0.99) * 1000, 3),
        "gated_out_share": round(gated / max(1, len(lines)), 4),
        "events": events,
        "peak_rss_mb": round(rss_mb, 1),
        "baseline_articles_per_s": round(len(lines) / baseline, 1),
        "ratio_to_baseline": round(total / baseline, 1),
    }
    if as_json:
        print(json.dumps(report))
    else:
        for key, value in report.items():
            print(f"{key:<24} {value}")


if __name__ == "__main__":
    app()
