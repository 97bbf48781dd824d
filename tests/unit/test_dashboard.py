"""The Grafana dashboard and the Prometheus configuration, checked without running anything:
the committed dashboard JSON is what the generator produces, every panel queries something
that exists (a metric one of the services defines, or a recording rule built on them), metric
names follow Prometheus conventions, and promtool accepts the configuration and the rules."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import REGISTRY

# The four metric modules: importing them registers their metrics in REGISTRY, read below.
import services.aggregator.metrics
import services.common.metrics
import services.extractor.metrics
import services.ingestor.metrics
from deploy.grafana import dashboard
from services.aggregator.totals import MEASURES
from tests.conftest import REPO_ROOT

PROMETHEUS_DIR = REPO_ROOT / "deploy" / "prometheus"
GRAFANA_DIR = REPO_ROOT / "deploy" / "grafana"
METRIC_MODULES = (
    "services.common.metrics",
    "services.ingestor.metrics",
    "services.extractor.metrics",
    "services.aggregator.metrics",
)
PROMQL_WORDS = {
    "sum", "by", "without", "rate", "increase", "histogram_quantile", "label_replace", "or", "and",
    "unless", "on", "ignoring", "max", "min", "avg", "count", "le",
}  # fmt: skip


def troopwatch_families() -> dict[str, str]:
    """Metric family name -> type, for every troopwatch metric the four modules register."""
    return {m.name: m.type for m in REGISTRY.collect() if m.name.startswith("troopwatch_")}


def exported_names() -> set[str]:
    """Every sample name Prometheus sees from the troopwatch metrics (with _total, _bucket...)."""
    suffixes = {"counter": ("_total",), "histogram": ("_bucket", "_sum", "_count"), "gauge": ("",)}
    return {name + suffix for name, kind in troopwatch_families().items() for suffix in suffixes[kind]}


def recording_rules() -> dict[str, str]:
    rules = yaml.safe_load((PROMETHEUS_DIR / "rules.yml").read_text())
    return {rule["record"]: rule["expr"] for group in rules["groups"] for rule in group["rules"]}


def metric_names(expr: str) -> set[str]:
    """Metric names used by a PromQL expression: identifiers that are neither functions,
    keywords, label names inside (...) / {...}, nor strings or durations."""
    text = re.sub(r'"[^"]*"', '""', expr)  # strings
    text = re.sub(r"\[[^\]]*\]", "", text)  # range windows
    text = re.sub(r"\b(by|without|on|ignoring)\s*\([^)]*\)", "", text)  # grouping label lists
    text = re.sub(r"\{[^}]*\}", "", text)  # label matchers
    names = set(re.findall(r"[A-Za-z_:][A-Za-z0-9_:]*", text)) - PROMQL_WORDS
    return {n for n in names if not re.fullmatch(r"\d.*", n)}


def committed_model() -> dict:
    return json.loads(dashboard.OUTPUT.read_text(encoding="utf-8"))


def test_committed_dashboard_is_what_the_generator_produces() -> None:
    assert dashboard.OUTPUT.read_text(encoding="utf-8") == dashboard.render(), (
        "deploy/grafana/dashboards/troopwatch.json is stale: run python -m deploy.grafana.dashboard"
    )


def test_every_panel_has_a_query_on_the_provisioned_datasource() -> None:
    model = committed_model()
    datasource = yaml.safe_load((GRAFANA_DIR / "provisioning" / "datasources" / "prometheus.yml").read_text())
    uids = {d["uid"] for d in datasource["datasources"]}
    assert dashboard.DATASOURCE_UID in uids
    assert len(model["panels"]) >= 10
    for panel in model["panels"]:
        assert panel["targets"], f"panel {panel['title']!r} has no query"
        for query in panel["targets"]:
            assert query["expr"].strip(), f"panel {panel['title']!r} has an empty query"
            assert query["datasource"]["uid"] == dashboard.DATASOURCE_UID
    ids = [p["id"] for p in model["panels"]]
    assert len(set(ids)) == len(ids)


def test_the_panels_the_issue_asks_for_are_there() -> None:
    model = committed_model()
    by_title = {p["title"]: p for p in model["panels"]}
    assert by_title[dashboard.TOTALS_TABLE]["type"] == "table"
    assert by_title[dashboard.TOTALS_SERIES]["type"] == "timeseries"
    assert by_title[dashboard.FLOWS]["type"] == "table"
    geomap = by_title[dashboard.TOTALS_MAP]
    assert geomap["type"] == "geomap"
    (layer,) = geomap["options"]["layers"]
    assert layer["location"] == {
        "mode": "lookup", "lookup": "country", "gazetteer": "public/gazetteer/countries.json"
    }  # fmt: skip
    for title in (
        dashboard.EVENTS_PER_MINUTE,
        dashboard.ARTICLES_PER_SECOND,
        dashboard.CONSUMER_LAG,
        dashboard.DEAD_LETTERS,
        dashboard.EXTRACTION_LATENCY,
        dashboard.PUBLISH_TO_TOTALS,
    ):
        assert by_title[title]["type"] == "timeseries", title
    exprs = {title: [q["expr"] for q in by_title[title]["targets"]] for title in by_title}
    assert len(exprs[dashboard.TOTALS_TABLE]) == len(MEASURES)
    assert any("0.5," in e for e in exprs[dashboard.EXTRACTION_LATENCY])
    assert any("0.99," in e for e in exprs[dashboard.EXTRACTION_LATENCY])
    assert all("0.99," in e for e in exprs[dashboard.PUBLISH_TO_TOTALS])


def test_generator_measures_are_the_aggregators() -> None:
    assert tuple(dashboard.MEASURES) == tuple(MEASURES)


def test_every_metric_a_panel_queries_is_defined() -> None:
    defined = exported_names()
    rules = recording_rules()
    for title, ref, expr in dashboard.panel_queries(committed_model()):
        used = metric_names(expr)
        assert used, f"{title} {ref}: no metric found in {expr!r}"
        unknown = used - defined - set(rules)
        assert not unknown, f"{title} {ref}: {sorted(unknown)} not defined in {METRIC_MODULES} nor rules.yml"
    for record, expr in rules.items():
        unknown = metric_names(expr) - defined
        assert not unknown, f"rule {record}: {sorted(unknown)} not defined in {METRIC_MODULES}"


def test_metric_name_parser() -> None:
    expr = 'histogram_quantile(0.99, sum by (le, job) (rate(troopwatch_x_bucket{job="a"}[$__rate_interval]))) * 60'
    assert metric_names(expr) == {"troopwatch_x_bucket"}
    assert metric_names("service:troopwatch_articles:rate1m") == {"service:troopwatch_articles:rate1m"}


def test_metric_names_follow_prometheus_conventions() -> None:
    families = troopwatch_families()
    # Every metric the issue lists, by family name (prometheus_client strips `_total` from counters).
    expected = {
        "troopwatch_articles_received": "counter",
        "troopwatch_articles_valid": "counter",
        "troopwatch_articles_invalid": "counter",
        "troopwatch_articles_duplicate": "counter",
        "troopwatch_dead_letters": "counter",
        "troopwatch_events_extracted": "counter",
        "troopwatch_articles_gated_out": "counter",
        "troopwatch_extraction_duration_seconds": "histogram",
        "troopwatch_publish_to_totals_seconds": "histogram",
        "troopwatch_consumer_lag_messages": "gauge",
        "troopwatch_processing_errors": "counter",
        "troopwatch_extractor_articles": "counter",
        "troopwatch_aggregator_articles": "counter",
        **{f"troopwatch_troops_{m}": "gauge" for m in MEASURES},
        "troopwatch_troop_flow": "gauge",
    }
    for name, kind in expected.items():
        assert families.get(name) == kind, f"{name}: expected a {kind}, found {families.get(name)}"
    for name, kind in families.items():
        if kind == "histogram":
            assert name.endswith("_seconds"), f"{name}: durations are in seconds"
        assert not name.endswith(("_milliseconds", "_ms", "_minutes")), name
    # Counters are exposed with `_total`: none may carry it twice.
    assert not [n for n in families if n.endswith("_total")]


def test_label_sets_are_bounded() -> None:
    allowed = {"service", "reason", "topic", "partition", "lang", "type", "status", "stage", "country",
               "actor", "origin", "destination", "le"}  # fmt: skip
    for family in REGISTRY.collect():
        if not family.name.startswith("troopwatch_"):
            continue
        for sample in family.samples:
            extra = set(sample.labels) - allowed
            assert not extra, f"{family.name}: unexpected labels {extra} (ids or free text would be unbounded)"


def test_docker_scrape_config_is_the_local_one_with_service_names() -> None:
    local = yaml.safe_load((PROMETHEUS_DIR / "prometheus.yml").read_text())
    docker = yaml.safe_load((PROMETHEUS_DIR / "prometheus.docker.yml").read_text())
    expected = json.loads(json.dumps(local))
    for job in expected["scrape_configs"]:
        for static in job["static_configs"]:
            static["targets"] = [f"{job['job_name']}:{t.rsplit(':', 1)[1]}" for t in static["targets"]]
    assert docker == expected
    jobs = {job["job_name"]: job["static_configs"][0]["targets"] for job in local["scrape_configs"]}
    assert jobs == {
        "ingestor": ["127.0.0.1:6066"], "extractor": ["127.0.0.1:6067"], "aggregator": ["127.0.0.1:6068"]
    }  # fmt: skip
    assert local["global"]["scrape_interval"] == "5s"


def test_grafana_dashboard_provider_points_at_the_mounted_folder() -> None:
    provider = yaml.safe_load((GRAFANA_DIR / "provisioning" / "dashboards" / "troopwatch.yml").read_text())
    (entry,) = provider["providers"]
    assert entry["type"] == "file"
    assert entry["options"]["path"] == "/var/lib/grafana/dashboards"
    assert dashboard.OUTPUT.parent == GRAFANA_DIR / "dashboards"


@pytest.fixture(scope="module")
def promtool() -> str:
    path = shutil.which("promtool")
    if path is None:
        message = "promtool not found: install Prometheus (deploy/prometheus/install.sh, Debian package prometheus)"
        # Under `make test` (which installs it) a missing promtool is a failure; `make test-unit`
        # on a machine without Prometheus only skips these two checks.
        if os.environ.get("TROOPWATCH_TEST_KAFKA") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return path


@pytest.mark.prometheus
@pytest.mark.parametrize("config", ["prometheus.yml", "prometheus.docker.yml"])
def test_promtool_accepts_the_config(promtool: str, config: str, tmp_path: Path) -> None:
    # The docker config refers to rules.yml next to it, as it is mounted in /etc/prometheus.
    shutil.copy(PROMETHEUS_DIR / config, tmp_path / "prometheus.yml")
    shutil.copy(PROMETHEUS_DIR / "rules.yml", tmp_path / "rules.yml")
    result = subprocess.run([promtool, "check", "config", str(tmp_path / "prometheus.yml")],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert "1 rule files found" in result.stdout + result.stderr


@pytest.mark.prometheus
def test_promtool_accepts_the_rules(promtool: str) -> None:
    result = subprocess.run([promtool, "check", "rules", str(PROMETHEUS_DIR / "rules.yml")],
                            capture_output=True, text=True, check=False)  # fmt: skip
    assert result.returncode == 0, result.stdout + result.stderr
    assert f"SUCCESS: {len(recording_rules())} rules found" in result.stdout + result.stderr


def test_ingestor_reason_labels_cover_every_rejection() -> None:
    # The reasons started at 0 must be the ones validation can produce, or a panel series is missing.
    source = (REPO_ROOT / "services" / "ingestor" / "validation.py").read_text()
    first_arguments = re.findall(r'Rejection\(\s*("[a-z_]+"(?:\s+if\s+\w+\s+else\s+"[a-z_]+")?)', source)
    produced = {reason for argument in first_arguments for reason in re.findall(r'"([a-z_]+)"', argument)}
    assert "not_json" in produced, f"Rejection(...) reasons not found in validation.py: {produced}"
    assert produced == set(services.ingestor.metrics.INVALID_REASONS)
