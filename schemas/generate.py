"""Write the JSON Schema of every topic's model into schemas/json/ (`python -m schemas.generate`).

The files are checked in for downstream users; a test fails when they are stale.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from schemas.topics import CATALOGUE

JSON_DIR = Path(__file__).resolve().parent / "json"
EXAMPLES_DIR = Path(__file__).resolve().parent / "examples"


def rendered_schemas() -> dict[str, str]:
    """File name -> JSON text, one per model used in the catalogue."""
    out: dict[str, str] = {}
    for spec in CATALOGUE:
        name = f"{spec.model.__name__}.schema.json"
        schema = spec.model.model_json_schema(mode="serialization")
        schema["$id"] = f"https://troopwatch.invalid/schemas/{name}"
        out[name] = json.dumps(schema, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    return out


def main() -> int:
    JSON_DIR.mkdir(exist_ok=True)
    for name, text in rendered_schemas().items():
        (JSON_DIR / name).write_text(text, encoding="utf-8")
        print(f"wrote {JSON_DIR / name}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
