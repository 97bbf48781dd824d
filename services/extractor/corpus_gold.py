"""Gold for annotated articles of the unlabeled corpus: the repo keeps only ids, cuts and events
(tests/data/corpus-annotated/annotations.jsonl); the texts come from ../shared/corpus at build time.

`python -m services.extractor.corpus_gold [OUT]` writes the gold file (default var/eval/corpus-gold.jsonl).
"""

from __future__ import annotations

import gzip
import json
import os
from pathlib import Path

import typer

ROOT = Path(__file__).resolve().parents[2]
ANNOTATIONS = ROOT / "tests" / "data" / "corpus-annotated" / "annotations.jsonl"
CORPUS = Path(os.environ.get("TROOPWATCH_CORPUS", ROOT.parent / "shared" / "corpus" / "news-stream.jsonl.gz"))
OUT = ROOT / "var" / "eval" / "corpus-gold.jsonl"


def build(annotations: Path = ANNOTATIONS, corpus: Path = CORPUS, out: Path = OUT) -> int:
    """Write one gold article per annotation line, in the annotations' order; returns the count.
    Long pages were annotated on their first paragraphs only (`body_chars`)."""
    notes = [json.loads(line) for line in annotations.read_text(encoding="utf-8").splitlines() if line.strip()]
    wanted = {n["id"] for n in notes}
    texts: dict[str, dict] = {}
    with gzip.open(corpus, "rt", encoding="utf-8") as src:
        for line in src:
            article = json.loads(line)
            if article["id"] in wanted:
                texts[article["id"]] = article
    missing = wanted - texts.keys()
    if missing:
        raise SystemExit(f"{len(missing)} annotated id(s) not in {corpus}, e.g. {sorted(missing)[0]}")
    out.parent.mkdir(parents=True, exist_ok=True)
    with out.open("w", encoding="utf-8") as dst:
        for note in notes:
            article = texts[note["id"]]
            body = article["body"] if note["body_chars"] is None else article["body"][: note["body_chars"]]
            gold = {k: article[k] for k in ("id", "lang", "source", "published_at", "title")}
            dst.write(json.dumps(gold | {"body": body, "events": note["events"]}, ensure_ascii=False) + "\n")
    return len(notes)


def main(out: Path = typer.Argument(OUT, help="Where the gold file goes (never ../shared).")) -> None:
    n = build(out=out)
    typer.echo(f"{n} annotated corpus article(s) -> {out}", err=True)


if __name__ == "__main__":
    typer.run(main)
