"""The dev set through the reference scorer: full F1 must not fall below the floor reached."""

import json
from pathlib import Path

import pytest

from .scoring import SHARED, score_gold_file

# Only ever raise these.
DEV_FULL_F1_FLOOR = 0.98
DEV_FULL_F1_FLOOR_BY_LANG = {"en": 0.96, "fr": 1.0}


@pytest.fixture(autouse=True)
def _gold_present() -> None:
    # A missing yardstick is a failure, not a skip: CI always has ../shared beside the repo.
    if not (SHARED / "gold" / "dev.jsonl").exists():
        pytest.fail(f"shared gold set not found under {SHARED}")


@pytest.fixture(scope="module")
def dev_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return score_gold_file(SHARED / "gold" / "dev.jsonl", tmp_path_factory.mktemp("dev") / "dev.pred.jsonl")


def test_dev_full_f1_floor(dev_report: dict) -> None:
    full = dev_report["all"]["full"]["f1"]
    assert full >= DEV_FULL_F1_FLOOR, json.dumps(dev_report["all"])


@pytest.mark.parametrize("lang", sorted(DEV_FULL_F1_FLOOR_BY_LANG))
def test_dev_full_f1_floor_per_language(dev_report: dict, lang: str) -> None:
    full = dev_report[f"lang:{lang}"]["full"]["f1"]
    assert full >= DEV_FULL_F1_FLOOR_BY_LANG[lang], json.dumps(dev_report[f"lang:{lang}"])


def test_gate_costs_no_recall(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from services.extractor.engine import runner

    def recall(name: str) -> float:
        report = score_gold_file(SHARED / "gold" / "dev.jsonl", tmp_path / f"{name}.jsonl")
        return report["all"]["core"]["recall"]

    gated = recall("gated")
    monkeypatch.setattr(runner, "gate_passes", lambda text: True)
    monkeypatch.setattr(runner, "sentence_passes", lambda sentence: True)
    assert gated == recall("ungated")


# Only ever raise this: the founding article, fully annotated.
SEED_FULL_F1_FLOOR = 1.0


def test_seed_full_f1_floor(tmp_path: Path) -> None:
    report = score_gold_file(SHARED / "gold" / "seed.jsonl", tmp_path / "seed.pred.jsonl")
    assert report["all"]["full"]["f1"] >= SEED_FULL_F1_FLOOR, json.dumps(report["all"])
