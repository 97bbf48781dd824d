"""The realistic sets (tests/data/realistic: news items written from memory of real events and annotated
by the rules, independently of the engine) through the reference scorer. r1, r3, r5, r6, r9, r10, r13, r14,
r21-r24, r29-r34, r37, r38, r41, r42, r45 and r46 were used for error analysis, r2, r4, r7, r8, r11, r12, r15-r20,
r25-r28, r35, r36, r39, r40, r43, r44, r47 and r48 only for figures.
Only ever raise these floors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from .scoring import score_gold_file

REALISTIC = Path(__file__).resolve().parents[2] / "data" / "realistic"
FULL_F1_FLOORS = {
    "r1": 0.91,
    "r2": 0.77,
    "r3": 0.85,
    "r4": 0.79,
    "r5": 0.85,
    "r6": 0.87,
    "r7": 0.76,
    "r8": 0.64,
    "r9": 0.78,
    "r10": 0.83,
    "r11": 0.61,
    "r12": 0.69,
    "r13": 0.82,
    "r14": 0.69,
    "r15": 0.61,
    "r16": 0.60,
    "r17": 0.46,
    "r18": 0.67,
    "r19": 0.63,
    "r20": 0.55,
    "r21": 0.74,
    "r22": 0.81,
    "r23": 0.61,
    "r24": 0.84,
    "r25": 0.69,
    "r26": 0.50,
    "r27": 0.63,
    "r28": 0.62,
    "r29": 0.75,
    "r30": 0.62,
    "r31": 0.66,
    "r32": 0.79,
    "r33": 0.66,
    "r34": 0.69,
    "r35": 0.65,
    "r36": 0.54,
    "r37": 0.78,
    "r38": 0.71,
    "r39": 0.64,
    "r40": 0.60,
    "r41": 0.73,
    "r42": 0.72,
    "r43": 0.57,
    "r44": 0.56,
    "r45": 0.60,
    "r46": 0.65,
    "r47": 0.60,
    "r48": 0.69,
}


@pytest.mark.parametrize(("name", "floor"), sorted(FULL_F1_FLOORS.items()))
def test_realistic_full_f1_floor(name: str, floor: float, tmp_path: Path) -> None:
    report = score_gold_file(REALISTIC / f"{name}-gold.jsonl", tmp_path / "pred.jsonl")
    assert report["all"]["full"]["f1"] >= floor, json.dumps(report["all"])
