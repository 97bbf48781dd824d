"""Score the extractor on the gold files: `python -m services.extractor.evaluate [--verbose] [--json]`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import typer

from services.extractor.engine import extract
from services.extractor.engine.offline import LineError, iter_articles

ROOT = Path(__file__).resolve().parents[2]
GOLD_DIR = Path(os.environ.get("TROOPWATCH_GOLD_DIR", ROOT.parent / "shared" / "gold"))
SCORER = Path(os.environ.get("TROOPWATCH_SCORER", ROOT.parent / "shared" / "eval" / "score.py"))
OUT_DIR = ROOT / "var" / "eval"

app = typer.Typer(add_completion=False)


def predict(gold_path: Path, out_path: Path) -> int:
    """Write one predicted event per line; returns the number of events."""
    n = 0
    with gold_path.open(encoding="utf-8") as src, out_path.open("w", encoding="utf-8") as dst:
        for item in iter_articles(src):
            if isinstance(item, LineError):
                print(f"{gold_path}:{item.line}: {item.reason}", file=sys.stderr)
                continue
            for event in extract(item):
                dst.write(event.model_dump_json() + "\n")
                n += 1
    return n


def score(gold: Path, pred: Path, as_json: bool) -> str:
    args = [sys.executable, str(SCORER), "events", "--gold", str(gold), "--pred", str(pred)]
    args.append("--json" if as_json else "")
    return subprocess.run([a for a in args if a], check=True, capture_output=True, text=True).stdout


@app.command()
def main(
    gold_dir: Path = typer.Option(GOLD_DIR, help="Folder with seed.jsonl and dev.jsonl."),
    out_dir: Path = typer.Option(OUT_DIR, help="Where predictions go (never ../shared)."),
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Print MISS/EXTRA/PARTIAL lines."),
    as_json: bool = typer.Option(False, "--json", help="Headline figures as one JSON object."),
) -> None:
    out_dir.mkdir(parents=True, exist_ok=True)
    results = {}
    for name in ("seed", "dev"):
        gold = gold_dir / f"{name}.jsonl"
        pred = out_dir / f"{name}.pred.jsonl"
        predict(gold, pred)
        if as_json:
            report = json.loads(score(gold, pred, True))
            results[name] = {k: v["full"] | {"core_f1": v["core"]["f1"]} for k, v in report.items()}
            continue
        text = score(gold, pred, False)
        lines = text.splitlines()
        if not verbose:
            lines = [line for line in lines if not line.startswith(("MISS", "EXTRA", "PARTIAL"))]
        print(f"== {name} ({gold})")
        print("\n".join(lines))
    if as_json:
        print(json.dumps(results))


if __name__ == "__main__":
    app()
