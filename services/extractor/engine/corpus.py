"""Run the engine over an unlabeled corpus and write every predicted event with its evidence, for
reading by hand: `python -m services.extractor.engine.corpus [CORPUS.jsonl[.gz]] [OUT.jsonl]`.

Only articles that pass the troop-word gate are run (the others yield nothing by construction).
"""

from __future__ import annotations

import gzip
import json
import sys
from pathlib import Path

from .offline import LineError, iter_articles
from .runner import extract

ROOT = Path(__file__).resolve().parents[3]
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus" / "news-stream.jsonl.gz"
DEFAULT_OUT = ROOT / "var" / "eval" / "corpus-events.jsonl"


def run(corpus: Path, out: Path) -> tuple[int, int]:
    """(articles with events, events) written to `out`, one event per line."""
    opener = gzip.open if corpus.suffix == ".gz" else open
    out.parent.mkdir(parents=True, exist_ok=True)
    n_art = n_ev = 0
    with opener(corpus, "rt", encoding="utf-8") as src, out.open("w", encoding="utf-8") as dst:
        for item in iter_articles(src):
            if isinstance(item, LineError):
                continue
            events = extract(item)
            if events:
                n_art += 1
            for e in events:
                n_ev += 1
                dst.write(
                    json.dumps(
                        {
                            "article_id": e.article_id,
                            "lang": e.lang,
                            "source": e.source,
                            "type": e.type,
                            "actor": e.actor,
                            "count": e.count,
                            "origin": e.origin,
                            "destinations": e.destinations,
                            "is_summary": e.is_summary,
                            "confidence": e.confidence,
                            "title": item.title,
                            "evidence": e.evidence.text,
                        },
                        ensure_ascii=False,
                    )
                    + "\n"
                )
    return n_art, n_ev


if __name__ == "__main__":
    args = sys.argv[1:]
    corpus = Path(args[0]) if args else DEFAULT_CORPUS
    out = Path(args[1]) if len(args) > 1 else DEFAULT_OUT
    articles, events = run(corpus, out)
    print(f"{events} events from {articles} articles -> {out}")
