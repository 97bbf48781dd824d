"""Shared fixtures. Tests that need Kafka use the real broker that `make test` starts
(TROOPWATCH_TEST_KAFKA=1, TROOPWATCH_BROKER); without it they are skipped, and with it an
unreachable broker is a failure, never a skip."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("TROOPWATCH_SHARED", REPO_ROOT.parent / "shared"))
GOLD_DIR = Path(os.environ.get("TROOPWATCH_GOLD_DIR", SHARED / "gold"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if os.environ.get("TROOPWATCH_TEST_KAFKA") == "1":
        return
    skip = pytest.mark.skip(reason="needs the real broker: run `make test` (it starts one)")
    for item in items:
        if "kafka" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def gold_dir() -> Path:
    if not GOLD_DIR.is_dir():
        pytest.fail(f"gold data not found at {GOLD_DIR} (set TROOPWATCH_SHARED)")
    return GOLD_DIR
