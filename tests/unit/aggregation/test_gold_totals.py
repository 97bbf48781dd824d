"""Totals from perfect extraction: the gold events of dev.jsonl and seed.jsonl, scored by score.py.

The gold `cluster` field is not given to the aggregator; it is only used here to check that
the matching never merges two different real-world moves.

Measured (dev + seed, 2022 reports): window 7 days gives WAPE 0.0325, above the 0.03 target,
because two moves are re-reported later than 7 days after their first report:
  * us-alert-8500-2022-01-24: CNN 2022-01-24, then Le Monde and RFI (seed) on 2022-02-02
    (9 days) restate the alert as background -> US alerted 19000 instead of 10500;
  * us-1000-de-ro-2022-02-02: lemonde-2022-02-25-roumanie-vilseck-fr re-reports the move
    23 days later -> US sent and RO received each +1000.
A 14-day window (the README's own background example, "put on alert last week", reaches up to
13 days back) merges the first and gives WAPE 0.0062; only the 23-day re-report is left.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from schemas.models import Evidence, TroopEvent
from services.aggregator.ledger import aggregate, totals_json
from services.aggregator.matching import DEFAULT_WINDOW_DAYS, group_reports

TARGET_WAPE = 0.03
RECOMMENDED_WINDOW_DAYS = 14

_REPO = Path(__file__).resolve().parents[3]
GOLD_DIR = Path(os.environ.get("TROOPWATCH_GOLD_DIR", _REPO.parent / "shared" / "gold"))
SCORE_PY = GOLD_DIR.parent / "eval" / "score.py"
GOLD_FILES = ("dev.jsonl", "seed.jsonl")


@pytest.fixture(autouse=True)
def _gold_present() -> None:
    # A missing yardstick is a failure, not a skip: CI always has ../shared beside the repo.
    missing = [name for name in GOLD_FILES if not (GOLD_DIR / name).exists()]
    if missing or not SCORE_PY.exists():
        pytest.fail(f"gold files {missing} or score.py not found under {GOLD_DIR} (set TROOPWATCH_GOLD_DIR)")


def _load_score() -> ModuleType:
    spec = importlib.util.spec_from_file_location("troopwatch_score", SCORE_PY)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _articles() -> list[dict[str, Any]]:
    lines = [line for name in GOLD_FILES for line in (GOLD_DIR / name).read_text("utf-8").splitlines()]
    return [json.loads(line) for line in lines if line.strip()]


def _evidence(article: dict[str, Any], text: str) -> Evidence:
    for field in ("body", "title"):
        start = article.get(field, "").find(text)
        if start >= 0:
            return Evidence(field=field, start=start, end=start + len(text), text=text)
    return Evidence(field="body", start=0, end=len(text), text=text)


def gold_events() -> list[tuple[TroopEvent, str]]:
    """Each gold event as a TroopEvent (perfect extraction), with its gold cluster for checks."""
    events = []
    for article in _articles():
        for index, gold in enumerate(article["events"]):
            event = TroopEvent(
                event_id=f"{article['id']}#{index}",
                article_id=article["id"],
                type=gold["type"],
                actor=gold["actor"],
                count=gold["count"],
                origin=gold["origin"],
                destinations=gold["destinations"],
                is_summary=gold["is_summary"],
                evidence=_evidence(article, gold["evidence"]),
                confidence=1.0,
                extractor_version="gold",
                published_at=article["published_at"],
                lang=article["lang"],
                source=article.get("source", ""),
            )
            events.append((event, gold["cluster"]))
    return events


def score_totals(window_days: int, tmp_path: Path) -> dict[str, Any]:
    """score.py's own totals scoring of the aggregated gold events against dev + seed."""
    gold_path = tmp_path / "gold.jsonl"
    gold_path.write_text("\n".join(json.dumps(a) for a in _articles()) + "\n", "utf-8")
    pred_path = tmp_path / "totals.json"
    ledger = aggregate([event for event, _ in gold_events()], window_days=window_days)
    pred_path.write_text(json.dumps(totals_json(ledger)), "utf-8")
    return _load_score().score_totals(str(gold_path), str(pred_path))


def _differences(result: dict[str, Any]) -> list[tuple[str, str, int, int]]:
    return [(r["country"], r["measure"], r["gold"], r["pred"]) for r in result["rows"] if r["gold"] != r["pred"]]


def test_gold_totals_meet_the_target_with_the_recommended_window(tmp_path: Path) -> None:
    result = score_totals(RECOMMENDED_WINDOW_DAYS, tmp_path)
    assert result["wape"] <= TARGET_WAPE, _differences(result)


def test_gold_totals_meet_the_target_with_the_default_window(tmp_path: Path) -> None:
    assert DEFAULT_WINDOW_DAYS == RECOMMENDED_WINDOW_DAYS
    result = score_totals(DEFAULT_WINDOW_DAYS, tmp_path)
    assert result["wape"] <= TARGET_WAPE, _differences(result)


def test_a_seven_day_window_counts_a_background_restatement_twice(tmp_path: Path) -> None:
    """Why the default is not 7 days: the 8,500 alert restated 9 days later is counted again."""
    differences = _differences(score_totals(7, tmp_path))
    assert ("US", "alerted", 10500, 19000) in differences


@pytest.mark.parametrize("window_days", [0, 7, RECOMMENDED_WINDOW_DAYS, 30])
def test_matching_never_merges_two_gold_clusters(window_days: int) -> None:
    cluster_of = {event.event_id: cluster for event, cluster in gold_events()}
    for group in group_reports([event for event, _ in gold_events()], window_days):
        clusters = {cluster_of[e.event_id] for e in (group.canonical, *group.duplicates)}
        assert len(clusters) == 1, (group.canonical.event_id, clusters)


def test_every_remaining_error_is_a_missed_merge_never_a_wrong_one(tmp_path: Path) -> None:
    for window_days in (7, RECOMMENDED_WINDOW_DAYS):
        assert all(pred > gold for _, _, gold, pred in _differences(score_totals(window_days, tmp_path)))
