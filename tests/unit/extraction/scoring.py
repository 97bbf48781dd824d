"""The reference scorer (../shared/eval/score.py) run on the engine's output for a gold file: one
helper for every floor test."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from services.extractor.engine import extract
from services.extractor.engine.offline import Article, iter_articles

SHARED = Path(__file__).resolve().parents[4] / "shared"


def scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_gold_file(gold: Path, pred: Path) -> dict:
    """Extract every article of `gold` into `pred` and return score.py's event report."""
    with gold.open(encoding="utf-8") as src, pred.open("w", encoding="utf-8") as dst:
        for item in iter_articles(src):
            assert isinstance(item, Article), item
            for event in extract(item):
                dst.write(event.model_dump_json() + "\n")
    report, *_ = scorer().score_events(str(gold), str(pred))
    return report
