"""The dev set through the reference scorer: full F1 must not fall below the floor reached."""

import importlib.util
import json
from pathlib import Path

import pytest

from services.extractor.engine import extract
from services.extractor.engine.offline import Article, iter_articles

# Only ever raise this.
DEV_FULL_F1_FLOOR = 0.93

SHARED = Path(__file__).resolve().parents[4] / "shared"


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="shared gold set not present")
def test_dev_full_f1_floor(tmp_path: Path) -> None:
    spec = importlib.util.spec_from_file_location("score", SHARED / "eval" / "score.py")
    assert spec and spec.loader
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)
    pred = tmp_path / "dev.pred.jsonl"
    with (SHARED / "gold" / "dev.jsonl").open(encoding="utf-8") as src, pred.open("w") as dst:
        for item in iter_articles(src):
            assert isinstance(item, Article)
            for event in extract(item):
                dst.write(event.model_dump_json() + "\n")
    report, *_ = score.score_events(str(SHARED / "gold" / "dev.jsonl"), str(pred))
    full = report["all"]["full"]["f1"]
    assert full >= DEV_FULL_F1_FLOOR, json.dumps(report["all"])


@pytest.mark.skipif(not (SHARED / "gold" / "dev.jsonl").exists(), reason="shared gold set not present")
def test_gate_keeps_every_gold_evidence() -> None:
    from services.extractor.engine import gate_passes
    from services.extractor.engine.gate import sentence_passes

    for line in (SHARED / "gold" / "dev.jsonl").open(encoding="utf-8"):
        article = json.loads(line)
        for event in article["events"]:
            if event["count"] is not None:
                assert gate_passes(article["title"] + "\n" + article["body"]), article["id"]
                assert sentence_passes(event["evidence"]), event["evidence"]
