"""`troopwatch`: the command line. This is the composition root: the one place allowed to
import every service (to run a worker by name, or the whole pipeline offline)."""

from __future__ import annotations

import asyncio
import contextlib
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from schemas.topics import CATALOGUE, RAW_ARTICLES
from services.common.settings import ServiceSettings

app = typer.Typer(
    help=(
        "troopwatch: troop movements from a live news stream.\n\n"
        "Publish articles to Kafka, run the three services (ingestor -> extractor -> aggregator), "
        "or run the same pipeline offline over a file."
    ),
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
topics_app = typer.Typer(help="Create or list troopwatch's Kafka topics (from the topic catalogue).")
app.add_typer(topics_app, name="topics")
err = Console(stderr=True)


class Service(StrEnum):
    ingestor = "ingestor"
    extractor = "extractor"
    aggregator = "aggregator"


def fail(message: str, code: int = 2) -> None:
    err.print(f"[bold red]error:[/] {message}")
    raise typer.Exit(code)


@app.command()
def worker(name: Annotated[Service, typer.Argument(help="Which service to run.")]) -> None:
    """Run one service as a Faust worker (configured by TROOPWATCH_* environment variables)."""
    from services.common.runner import run_worker

    if name is Service.ingestor:
        from services.ingestor.app import create_app as make_ingestor
        from services.ingestor.settings import IngestorSettings

        settings: ServiceSettings = IngestorSettings()
        run_worker(name.value, settings, make_ingestor(settings))  # type: ignore[arg-type]
    elif name is Service.extractor:
        from services.extractor.app import create_app as make_extractor
        from services.extractor.settings import ExtractorSettings

        settings = ExtractorSettings()
        run_worker(name.value, settings, make_extractor(settings))  # type: ignore[arg-type]
    else:
        from services.aggregator.app import create_app as make_aggregator
        from services.aggregator.settings import AggregatorSettings

        settings = AggregatorSettings()
        run_worker(name.value, settings, make_aggregator(settings))  # type: ignore[arg-type]


@topics_app.command("create")
def topics_create() -> None:
    """Create every missing topic of the catalogue (partitions, compaction) on the broker."""
    from services.common.admin import BrokerUnavailable, ensure_topics

    settings = ServiceSettings()
    try:
        created = asyncio.run(ensure_topics(settings.bootstrap_servers, settings.topic_prefix))
    except BrokerUnavailable as error:
        fail(f"{error}. Is the broker running? Try `make kafka-up`.")
    err.print(f"topics created: {', '.join(created) if created else 'none (all present)'}")


@topics_app.command("list")
def topics_list() -> None:
    """Print the topic catalogue: name, key, partitions, compaction, schema."""
    settings = ServiceSettings()
    table = Table("role", "topic", "key", "partitions", "compacted", "schema")
    for spec in CATALOGUE:
        table.add_row(
            spec.role,
            spec.full_name(settings.topic_prefix),
            spec.key,
            str(spec.partitions),
            "yes" if spec.compacted else "no",
            spec.model.__name__,
        )
    Console().print(table)


@app.command()
def publish(
    path: Annotated[str, typer.Argument(help="JSONL file (one article a line), plain text file, or - for stdin.")],
    title: Annotated[str | None, typer.Option(help="Title, for a plain text article.")] = None,
    lang: Annotated[str | None, typer.Option(help="fr or en, for a plain text article (else detected).")] = None,
    url: Annotated[str | None, typer.Option(help="URL, for a plain text article.")] = None,
    source: Annotated[str | None, typer.Option(help="Source name, for a plain text article.")] = None,
    article_id: Annotated[str | None, typer.Option("--id", help="Article id, for a plain text article.")] = None,
    published_at: Annotated[str | None, typer.Option(help="YYYY-MM-DD, for a plain text article.")] = None,
    text: Annotated[bool, typer.Option("--text", help="Treat the input as one plain text article.")] = False,
) -> None:
    """Put articles on the raw-articles topic for the ingestor."""
    from tqdm import tqdm

    from services.cli.publishing import PublishError, Record, jsonl_records, looks_like_jsonl, send_records, text_record

    settings = ServiceSettings()
    topic = settings.topic(RAW_ARTICLES.name)
    if path != "-" and not Path(path).is_file():
        fail(f"no such file: {path}")
    as_text = text or (path != "-" and not looks_like_jsonl(Path(path)))
    data = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    records: list[Record] = (
        [
            text_record(
                data.decode("utf-8", "replace"),
                title=title,
                lang=lang,
                url=url,
                source=source,
                article_id=article_id,
                published_at=published_at,
            )
        ]
        if as_text
        else list(jsonl_records(data.splitlines()))
    )
    bar = tqdm(total=len(records), unit="article", desc="publishing", disable=len(records) < 2, file=sys.stderr)
    try:
        sent = asyncio.run(send_records(settings.bootstrap_servers, topic, records, on_sent=lambda _: bar.update()))
    except PublishError as error:
        bar.close()
        fail(str(error))
    bar.close()
    err.print(f"published {sent} article(s) to {topic}")


@app.command()
def consume(
    topic: Annotated[str, typer.Argument(help="Topic name or catalogue role (events, totals, dead_letters, ...).")],
    limit: Annotated[int, typer.Option(help="Stop after this many messages (0: no limit).")] = 0,
    idle: Annotated[
        float, typer.Option(help="Without --follow: stop once nothing new came for this many seconds.")
    ] = 3.0,
    follow: Annotated[bool, typer.Option(help="Keep waiting for new messages.")] = False,
) -> None:
    """Print a topic's messages from the beginning as JSON lines (key, headers, value)."""
    from schemas.topics import BY_ROLE

    settings = ServiceSettings()
    name = settings.topic(BY_ROLE[topic].name) if topic in BY_ROLE else topic
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_consume(settings.bootstrap_servers, name, limit, idle, follow))


async def _consume(bootstrap: str, topic: str, limit: int, idle: float, follow: bool) -> None:
    from aiokafka import AIOKafkaConsumer
    from aiokafka.errors import KafkaConnectionError

    consumer = AIOKafkaConsumer(topic, bootstrap_servers=bootstrap, auto_offset_reset="earliest", group_id=None)
    try:
        await consumer.start()
    except KafkaConnectionError as error:
        await consumer.stop()
        fail(f"cannot reach Kafka at {bootstrap}: {error}. Is the broker running? Try `make kafka-up`.")
    seen = 0
    try:
        while True:
            batch = await consumer.getmany(timeout_ms=int(idle * 1000))
            records = [r for rs in batch.values() for r in rs]
            if not records and not follow:
                return
            for record in records:
                try:
                    value: object = json.loads(record.value) if record.value else None
                except (json.JSONDecodeError, UnicodeDecodeError):
                    value = record.value.decode("utf-8", "replace") if record.value else None
                print(
                    json.dumps(
                        {
                            "partition": record.partition,
                            "offset": record.offset,
                            "key": record.key.decode("utf-8", "replace") if record.key else None,
                            "headers": {k: v.decode("utf-8", "replace") for k, v in record.headers},
                            "value": value,
                        },
                        ensure_ascii=False,
                    ),
                    flush=True,
                )
                seen += 1
                if limit and seen >= limit:
                    return
    finally:
        await consumer.stop()


@app.command()
def totals(
    url: Annotated[str, typer.Option(help="The aggregator's HTTP address.")] = "http://127.0.0.1:6068",
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Print the current totals per country from the aggregator (GET /totals)."""
    import httpx

    try:
        response = httpx.get(f"{url}/totals", timeout=10)
        response.raise_for_status()
    except httpx.HTTPError as error:
        fail(f"cannot read totals from {url}: {error}")
    body = response.json()
    if as_json:
        print(json.dumps(body, indent=2, sort_keys=True))
        return
    print_totals(body.get("totals", body))


@app.command("extract")
def extract_command(
    path: Annotated[
        str, typer.Argument(help="Articles as JSONL (id, title, body; lang, published_at, url optional), or -.")
    ],
    output: Annotated[
        Path | None, typer.Option("-o", "--output", help="Write events as JSONL here (default stdout).")
    ] = None,
) -> None:
    """Extract troop events from an article file, offline (no Kafka)."""
    from services.cli.offline import LineRejected, ingest_lines
    from services.extractor.engine import extract

    lines, total = _read_lines(path)
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    articles = events = 0
    with _progress(total, "extracting") as bar:
        for item in ingest_lines(lines):
            bar.update()
            if isinstance(item, LineRejected):
                err.print(f"[yellow]line {item.line}: skipped ({item.reason}): {item.detail}[/]")
                continue
            articles += 1
            for event in extract(item):
                events += 1
                out.write(event.model_dump_json() + "\n")
    if output:
        out.close()
    err.print(f"{articles} article(s), {events} event(s)" + (f" -> {output}" if output else ""))


@app.command("replay")
def replay_command(
    path: Annotated[str, typer.Argument(help="Articles as JSONL, or -.")],
    totals_out: Annotated[Path, typer.Option("--totals", help="Write totals JSON here (score.py totals format).")],
    events_out: Annotated[Path | None, typer.Option("--events", help="Also write the events as JSONL.")] = None,
    window_days: Annotated[int | None, typer.Option(help="Matching window for repeated reports, days.")] = None,
) -> None:
    """Run the whole pipeline offline: validation, extraction, aggregation — the services' code, no Kafka."""
    from services.aggregator.ledger import DEFAULT_WINDOW_DAYS, totals_json
    from services.cli.offline import LineRejected, replay

    lines, total = _read_lines(path)
    with _progress(total, "replaying") as bar:

        def seen(item: object) -> None:
            bar.update()
            if isinstance(item, LineRejected):
                err.print(f"[yellow]line {item.line}: skipped ({item.reason}): {item.detail}[/]")

        result = replay(lines, window_days if window_days is not None else DEFAULT_WINDOW_DAYS, on_article=seen)
    totals_out.parent.mkdir(parents=True, exist_ok=True)
    totals_out.write_text(json.dumps(totals_json(result.ledger), indent=2, sort_keys=True) + "\n", encoding="utf-8")
    if events_out:
        events_out.parent.mkdir(parents=True, exist_ok=True)
        with events_out.open("w", encoding="utf-8") as handle:
            for event in result.events:
                handle.write(event.model_dump_json() + "\n")
    err.print(
        f"{result.articles} article(s), {len(result.events)} event(s), {len(result.rejected)} rejected line(s) "
        f"-> {totals_out}"
    )
    print_totals(totals_json(result.ledger))


def _read_lines(path: str) -> tuple[list[bytes], int]:
    if path == "-":
        lines = sys.stdin.buffer.read().splitlines()
    else:
        file = Path(path)
        if not file.is_file():
            fail(f"no such file: {path}")
        lines = file.read_bytes().splitlines()
    return lines, sum(1 for line in lines if line.strip())


def _progress(total: int, desc: str):
    from tqdm import tqdm

    return tqdm(total=total, unit="article", desc=desc, file=sys.stderr, disable=total < 2 or not sys.stderr.isatty())


def print_totals(rows: dict[str, dict[str, int]]) -> None:
    table = Table("country", "sent", "received", "alerted", "withdrawn", title="troop totals")
    for country in sorted(rows):
        r = rows[country]
        table.add_row(country, *(f"{r.get(m, 0):,}" for m in ("sent", "received", "alerted", "withdrawn")))
    Console().print(table)


def main() -> None:  # pragma: no cover - console entry
    app()


if __name__ == "__main__":  # pragma: no cover
    app()
