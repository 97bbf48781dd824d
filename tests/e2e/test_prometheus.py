"""The dashboard proven on real data: the three services run as processes on the real broker, the
dev articles (and a few bad messages) go through them, a real Prometheus scrapes them with the
project's configuration, and every query of every panel of the committed dashboard returns data
through Prometheus's HTTP API; the totals panel equals the aggregator's GET /totals."""

from __future__ import annotations

import asyncio
import json
import math
import shutil
import time
from pathlib import Path
from typing import Any

import httpx
import pytest
import yaml
from prometheus_client.parser import text_string_to_metric_families

from deploy.grafana import dashboard
from schemas.topics import RAW_ARTICLES
from tests.conftest import REPO_ROOT
from tests.support.kafka import create_topics, new_prefix, produce
from tests.support.processes import ManagedProcess, Pipeline, free_port

pytestmark = [pytest.mark.kafka, pytest.mark.prometheus, pytest.mark.slow]

PROMETHEUS_DIR = REPO_ROOT / "deploy" / "prometheus"
SCRAPE_INTERVAL_S = 1
# Bad messages published with the articles, so that the dead-letter panel has something to show.
BAD_MESSAGES = [b"this is not json", b'["not", "an", "object"]']


# -- Prometheus ------------------------------------------------------------------------------


def project_config(ports: dict[str, int]) -> dict[str, Any]:
    """The committed prometheus.yml with only what a test run must change: the targets' ports
    (the services run on free ports), the intervals (a short run) and the rule file paths (the
    committed rules.yml, by absolute path since the config is written elsewhere)."""
    config = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    jobs = {job["job_name"] for job in config["scrape_configs"]}
    assert jobs == set(ports), f"scrape jobs {jobs} are not the services {set(ports)}"
    for job in config["scrape_configs"]:
        for static in job["static_configs"]:
            hosts = {target.rsplit(":", 1)[0] for target in static["targets"]}
            assert hosts == {"127.0.0.1"}, hosts
            static["targets"] = [f"127.0.0.1:{ports[job['job_name']]}"]
    interval = f"{SCRAPE_INTERVAL_S}s"
    config["global"].update(scrape_interval=interval, scrape_timeout=interval, evaluation_interval=interval)
    config["rule_files"] = [str(PROMETHEUS_DIR / path) for path in config["rule_files"]]
    assert all(Path(path).is_file() for path in config["rule_files"])
    return config


class Prometheus(ManagedProcess):
    ready_path = "/-/ready"

    def __init__(self, binary: str, config: dict[str, Any], workdir: Path) -> None:
        config_path = workdir / "prometheus.yml"
        config_path.write_text(yaml.safe_dump(config, sort_keys=False))
        port = free_port()
        command = [
            binary,
            f"--config.file={config_path}",
            f"--storage.tsdb.path={workdir / 'prometheus-data'}",
            f"--web.listen-address=127.0.0.1:{port}",
        ]
        super().__init__("prometheus", command, workdir / "prometheus.log", port)

    def api(self, path: str, **params: str) -> Any:
        response = httpx.get(f"{self.url}/api/v1/{path}", params=params, timeout=10)
        body = response.json()
        assert body.get("status") == "success", f"{path} {params}: {body}"
        return body["data"]

    def query(self, expr: str) -> list[dict[str, Any]]:
        data = self.api("query", query=expr)
        assert data["resultType"] == "vector", f"{expr}: {data['resultType']}"
        return data["result"]


def values(result: list[dict[str, Any]]) -> list[float]:
    return [float(sample["value"][1]) for sample in result]


# -- the services ------------------------------------------------------------------------------


def scrape(url: str) -> dict[str, float]:
    """Sample name + labels -> value, read from a service's /metrics page."""
    samples: dict[str, float] = {}
    for family in text_string_to_metric_families(httpx.get(f"{url}/metrics", timeout=5).text):
        for sample in family.samples:
            key = sample.name + json.dumps(sample.labels, sort_keys=True) if sample.labels else sample.name
            samples[key] = sample.value
    return samples


def total(samples: dict[str, float], name: str) -> float:
    return sum(v for k, v in samples.items() if k == name or k.startswith(name + "{"))


async def wait_until_processed(pipeline: Pipeline, published: int, timeout_s: float = 300) -> dict[str, Any]:
    """Wait until every published message went through all three services (counted by their own
    metrics) and GET /totals has stopped changing; return GET /totals."""
    deadline = time.monotonic() + timeout_s
    last: Any = None
    stable = 0
    state = ""
    while time.monotonic() < deadline:
        ingestor = scrape(pipeline["ingestor"].url)
        extractor = scrape(pipeline["extractor"].url)
        aggregator = scrape(pipeline["aggregator"].url)
        received = total(ingestor, "troopwatch_articles_received_total")
        valid = total(ingestor, "troopwatch_articles_valid_total")
        invalid = total(ingestor, "troopwatch_articles_invalid_total")
        through = total(ingestor, "troopwatch_articles_forwarded_total") + total(
            ingestor, "troopwatch_articles_duplicate_total"
        )
        forwarded = total(ingestor, "troopwatch_articles_forwarded_total")
        extracted = total(extractor, "troopwatch_extractor_articles_total")
        events = total(extractor, "troopwatch_events_extracted_total")
        aggregated = total(aggregator, "troopwatch_aggregator_events_total")
        state = (
            f"received {received}/{published}, valid {valid}, invalid {invalid}, forwarded {forwarded}, "
            f"extracted {extracted}, events {events}, aggregated {aggregated}"
        )
        done = (
            received == published
            and valid + invalid == received
            and through == valid
            and extracted == forwarded
            and aggregated == events
        )
        response = httpx.get(f"{pipeline['aggregator'].url}/totals", timeout=5)
        now = response.json() if response.status_code == 200 else None
        if done and now and now == last:
            stable += 1
            if stable >= 4:
                return now
        else:
            stable = 0
        last = now
        await asyncio.sleep(0.5)
    raise AssertionError(f"the pipeline did not finish within {timeout_s}s: {state}\n{pipeline.logs()}")


# -- the test ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def prometheus_binary() -> str:
    binary = shutil.which("prometheus")
    if binary is None:
        pytest.fail(
            "the `prometheus` binary is not installed: run deploy/prometheus/install.sh as root "
            "(Debian package prometheus); `make test` does it"
        )
    return binary


def dashboard_queries() -> list[tuple[str, str, str]]:
    model = json.loads(dashboard.OUTPUT.read_text(encoding="utf-8"))
    queries = list(dashboard.panel_queries(model))
    assert len({title for title, _, _ in queries}) == len(model["panels"])
    return queries


def totals_panel(evaluate: Any) -> dict[str, dict[str, float]]:
    """What the totals table panel shows: its queries (one per measure) evaluated by `evaluate`,
    country by country."""
    queries = [expr for title, _, expr in dashboard_queries() if title == dashboard.TOTALS_TABLE]
    assert len(queries) == len(dashboard.MEASURES)
    totals: dict[str, dict[str, float]] = {}
    for expr in queries:
        measure = next(m for m in dashboard.MEASURES if expr == dashboard.totals_expr(m))
        for sample in evaluate(expr):
            totals.setdefault(sample["metric"]["country"], {})[measure] = float(sample["value"][1])
    return totals


def differences(shown: dict[str, dict[str, float]], api: dict[str, dict[str, int]]) -> list[str]:
    """Country by country, measure by measure; countries missing from GET /totals (it lists only
    non-zero ones) must show 0."""
    problems = []
    for country in sorted(set(shown) | set(api)):
        for measure in dashboard.MEASURES:
            expected = api.get(country, {}).get(measure, 0)
            got = shown.get(country, {}).get(measure)
            if got != expected:
                problems.append(f"{country} {measure}: Prometheus {got}, GET /totals {expected}")
    return problems


async def test_every_dashboard_query_returns_data_from_prometheus_scraping_the_live_services(
    tmp_path: Path, gold_dir: Path, prometheus_binary: str
) -> None:
    articles = [line.encode() for line in (gold_dir / "dev.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert len(articles) >= 60
    prefix = new_prefix()
    await create_topics(prefix)
    pipeline = Pipeline(prefix, tmp_path).start()
    prometheus = None
    try:
        ports = {name: service.port for name, service in pipeline.services.items()}
        prometheus = Prometheus(prometheus_binary, project_config(ports), tmp_path).start()
        started = time.monotonic()

        # Every target up (and scraped once) before anything is published, so rates see the rise.
        deadline = time.monotonic() + 60
        while True:
            targets = prometheus.api("targets")["activeTargets"]
            health = {t["labels"]["job"]: t["health"] for t in targets}
            if health == dict.fromkeys(ports, "up"):
                break
            assert time.monotonic() < deadline, f"targets not up: {targets}\n{prometheus.tail()}"
            await asyncio.sleep(0.5)
        await asyncio.sleep(3 * SCRAPE_INTERVAL_S)
        rules = [r for g in prometheus.api("rules")["groups"] for r in g["rules"]]
        assert rules and all(r["health"] == "ok" for r in rules), rules

        await produce(prefix + RAW_ARTICLES.name, [*articles, *BAD_MESSAGES])
        api_totals = await wait_until_processed(pipeline, len(articles) + len(BAD_MESSAGES))
        assert api_totals, "GET /totals is empty after the dev articles"

        # The totals panel equals GET /totals, once Prometheus has scraped the settled figures.
        deadline = time.monotonic() + 30
        while problems := differences(totals_panel(prometheus.query), api_totals):
            assert time.monotonic() < deadline, "totals panel != GET /totals:\n" + "\n".join(problems)
            await asyncio.sleep(SCRAPE_INTERVAL_S)
        await asyncio.sleep(3 * SCRAPE_INTERVAL_S)  # lag gauges refresh every 5 s

        # Every query of every panel, with Grafana's $__rate_interval spanning the whole run.
        window = f"{int(time.monotonic() - started) + 10}s"
        results: dict[tuple[str, str], list[dict[str, Any]]] = {}
        by_expr: dict[str, list[dict[str, Any]]] = {}
        for title, ref, expr in dashboard_queries():
            concrete = expr.replace("$__rate_interval", window)
            assert "$" not in concrete, f"{title} {ref}: unknown Grafana variable in {expr!r}"
            result = prometheus.query(concrete)
            assert result, f"panel {title!r} query {ref} returned no data: {concrete}"
            assert all(math.isfinite(v) for v in values(result)), f"{title} {ref}: {result}"
            results[title, ref] = by_expr[expr] = result
    finally:
        if prometheus:
            prometheus.stop()
        pipeline.stop()

    # Beyond "has data": the data says what happened during the run.
    shown = totals_panel(by_expr.__getitem__)
    assert differences(shown, api_totals) == []
    assert {s["metric"]["country"] for s in results[dashboard.TOTALS_MAP, "A"]} == set(shown)
    flows = results[dashboard.FLOWS, "A"]
    assert all({"actor", "origin", "destination"} <= set(s["metric"]) for s in flows)
    assert sum(values(flows)) > 0
    by_type = {s["metric"]["type"]: float(s["value"][1]) for s in results[dashboard.EVENTS_PER_MINUTE, "A"]}
    assert by_type.get("deployment", 0) > 0, by_type
    services = {s["metric"]["service"] for s in results[dashboard.ARTICLES_PER_SECOND, "A"]}
    assert services == {"ingestor", "extractor", "aggregator"}
    lag_topics = {s["metric"]["topic"] for s in results[dashboard.CONSUMER_LAG, "A"]}
    assert any(topic.startswith(prefix) for topic in lag_topics), lag_topics
    dead = {
        (s["metric"]["service"], s["metric"]["reason"]): float(s["value"][1])
        for s in results[dashboard.DEAD_LETTERS, "A"]
    }
    assert dead[("ingestor", "not_json")] > 0 and dead[("ingestor", "not_object")] > 0, dead
    for title in (dashboard.EXTRACTION_LATENCY, dashboard.PUBLISH_TO_TOTALS):
        for (panel, ref), result in results.items():
            if panel == title:
                assert all(v > 0 for v in values(result)), f"{title} {ref}: {result}"
