"""The topic catalogue, its models, checked-in JSON Schemas and example payloads agree."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from schemas.generate import EXAMPLES_DIR, JSON_DIR, rendered_schemas
from schemas.models import TroopEvent
from schemas.topics import BY_ROLE, CATALOGUE, TOTALS


def test_json_schemas_are_current() -> None:
    expected = rendered_schemas()
    on_disk = {p.name: p.read_text(encoding="utf-8") for p in JSON_DIR.glob("*.schema.json")}
    assert on_disk == expected, "schemas/json is stale: run `python -m schemas.generate`"


@pytest.mark.parametrize("spec", CATALOGUE, ids=lambda s: s.name)
def test_every_topic_has_a_valid_example(spec) -> None:
    example = EXAMPLES_DIR / f"{spec.name}.json"
    assert example.is_file(), f"missing example payload {example}"
    spec.model.model_validate_json(example.read_bytes())


def test_topic_names_and_roles_are_unique() -> None:
    assert len({s.name for s in CATALOGUE}) == len(CATALOGUE)
    assert set(BY_ROLE) == {s.role for s in CATALOGUE}


def test_totals_topic_is_compacted_and_keyed_by_country() -> None:
    assert TOTALS.compacted and TOTALS.config["cleanup.policy"] == "compact"
    assert "country" in TOTALS.key


def test_event_rejects_bad_country_code() -> None:
    example = json.loads((EXAMPLES_DIR / "troopwatch.events.json").read_text())
    example["actor"] = "usa"
    with pytest.raises(ValueError):
        TroopEvent.model_validate(example)


def test_schemas_import_nothing_of_services() -> None:
    for path in Path(JSON_DIR.parent).glob("*.py"):
        text = path.read_text(encoding="utf-8")
        assert "import services" not in text and "from services" not in text, path
