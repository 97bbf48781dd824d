"""The held-out set (tests/data/heldout, written by the annotation rules independently of the
engine) through the reference scorer. Half of it (ids 001-020) was later used for error analysis;
the other half (021-040) only for figures. Only ever raise these floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .scoring import score_gold_file

HELDOUT = Path(__file__).resolve().parents[2] / "data" / "heldout" / "heldout.jsonl"
HELDOUT_FULL_F1_FLOOR = 0.91
HELDOUT_CORE_F1_FLOOR = 0.98


@pytest.fixture(scope="module")
def heldout_report(tmp_path_factory: pytest.TempPathFactory) -> dict:
    return score_gold_file(HELDOUT, tmp_path_factory.mktemp("heldout") / "pred.jsonl")


def test_heldout_full_f1_floor(heldout_report: dict) -> None:
    assert heldout_report["all"]["full"]["f1"] >= HELDOUT_FULL_F1_FLOOR, json.dumps(heldout_report["all"])


def test_heldout_core_f1_floor(heldout_report: dict) -> None:
    assert heldout_report["all"]["core"]["f1"] >= HELDOUT_CORE_F1_FLOOR, json.dumps(heldout_report["all"])
