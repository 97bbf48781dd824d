"""The troopwatch Grafana dashboard, generated from code (grafanalib).

    python -m deploy.grafana.dashboard          # (re)writes deploy/grafana/dashboards/troopwatch.json
    python -m deploy.grafana.dashboard --check  # exit 1 if the committed JSON is stale

Every panel queries the Prometheus datasource provisioned by
deploy/grafana/provisioning/datasources/prometheus.yml (uid `troopwatch-prometheus`).
tests/unit/test_dashboard.py checks that the committed JSON is what this produces and that
every metric it queries exists; tests/e2e/test_prometheus.py evaluates every query against a
real Prometheus scraping the live services.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attr
from grafanalib._gen import DashboardEncoder
from grafanalib.core import (
    Dashboard,
    GridPos,
    Panel,
    Table,
    TableSortByField,
    Target,
    Time,
    TimeSeries,
)

OUTPUT = Path(__file__).resolve().parent / "dashboards" / "troopwatch.json"

DATASOURCE_UID = "troopwatch-prometheus"
DATASOURCE = {"type": "prometheus", "uid": DATASOURCE_UID}
DASHBOARD_UID = "troopwatch"
# Kept equal to services.aggregator.totals.MEASURES by tests/unit/test_dashboard.py (not imported
# here, so that `python deploy/grafana/dashboard.py` works without the services on the path).
MEASURES = ("sent", "received", "alerted", "withdrawn")

# Panel titles the tests refer to.
TOTALS_TABLE = "Totals per country"
TOTALS_SERIES = "Totals per country over time"
TOTALS_MAP = "Where troops go (troops received per country)"
FLOWS = "Troop flows: actor, origin → destination"
EVENTS_PER_MINUTE = "Events per minute, by type"
ARTICLES_PER_SECOND = "Articles per second through each service"
CONSUMER_LAG = "Consumer lag (messages), by service and topic"
DEAD_LETTERS = "Dead letters per minute, by service and reason"
EXTRACTION_LATENCY = "Extraction latency p50 / p99"
PUBLISH_TO_TOTALS = "Publish-to-totals latency p99"


def totals_expr(measure: str) -> str:
    """Current total of one measure per country (the per-country gauges of the aggregator)."""
    return f"sum by (country) (troopwatch_troops_{measure})"


def target(expr: str, ref: str, legend: str = "", *, table: bool = False) -> Target:
    """A Prometheus query; `table` makes it an instant query in table format (one row per series)."""
    return Target(
        expr=expr,
        refId=ref,
        legendFormat=legend,
        format="table" if table else "time_series",
        instant=table,
        intervalFactor=1,  # one point per step (grafanalib's default of 2 halves the resolution)
        datasource=DATASOURCE,
    )


@attr.s
class Geomap(Panel):
    """Grafana's Geomap panel, which grafanalib 0.7.1 lacks: countries placed by a "lookup" of
    their ISO code in Grafana's gazetteer, markers sized and coloured by value."""

    location_field: str = attr.ib(default="country")
    value_field: str = attr.ib(default="Value")
    layer_name: str = attr.ib(default="countries")
    unit: str = attr.ib(default="none")

    def to_json_data(self) -> dict[str, Any]:
        return self.panel_json(
            {
                "type": "geomap",
                "fieldConfig": {
                    "defaults": {
                        "color": {"mode": "continuous-YlRd"},
                        "unit": self.unit,
                        "custom": {"hideFrom": {"legend": False, "tooltip": False, "viz": False}},
                    },
                    "overrides": [],
                },
                "options": {
                    "view": {"id": "zero", "lat": 25, "lon": 10, "zoom": 1.3, "allLayers": True},
                    "controls": {"showZoom": True, "mouseWheelZoom": True, "showAttribution": True},
                    "basemap": {"type": "default", "name": "Basemap", "config": {}},
                    "layers": [
                        {
                            "type": "markers",
                            "name": self.layer_name,
                            "config": {
                                "showLegend": True,
                                "style": {
                                    "size": {"field": self.value_field, "min": 5, "max": 40, "fixed": 5},
                                    "color": {"field": self.value_field, "fixed": "dark-green"},
                                    "opacity": 0.6,
                                    "symbol": {"mode": "fixed", "fixed": "img/icons/marker/circle.svg"},
                                    "text": {"mode": "field", "field": self.location_field, "fixed": ""},
                                    "textConfig": {
                                        "fontSize": 11,
                                        "offsetX": 0,
                                        "offsetY": 0,
                                        "textAlign": "center",
                                        "textBaseline": "middle",
                                    },
                                },
                            },
                            "location": {
                                "mode": "lookup",
                                "lookup": self.location_field,
                                "gazetteer": "public/gazetteer/countries.json",
                            },
                            "tooltip": True,
                        }
                    ],
                    "tooltip": {"mode": "details"},
                },
            }
        )


def _organize(rename: dict[str, str], exclude: tuple[str, ...] = ("Time",)) -> dict[str, Any]:
    return {
        "id": "organize",
        "options": {"excludeByName": dict.fromkeys(exclude, True), "indexByName": {}, "renameByName": rename},
    }


def panels() -> list[Panel]:
    letters = "ABCD"
    totals_table = Table(
        title=TOTALS_TABLE,
        description="Running totals per country (as GET /totals on the aggregator): troops deployed "
        "(sent), received, put on alert, withdrawn.",
        dataSource=DATASOURCE,
        targets=[target(totals_expr(m), letters[i], m, table=True) for i, m in enumerate(MEASURES)],
        transformations=[
            {"id": "merge", "options": {}},
            _organize({f"Value #{letters[i]}": m for i, m in enumerate(MEASURES)}),
        ],
        sortBy=[TableSortByField(displayName="sent", desc=True)],
        gridPos=GridPos(h=10, w=10, x=0, y=0),
    )
    totals_map = Geomap(
        title=TOTALS_MAP,
        description="Countries by ISO code, sized and coloured by the troops they received. "
        "Groupings without a place on the map (NATO, EU, UN) appear in the table only.",
        dataSource=DATASOURCE,
        targets=[target(totals_expr("received"), "A", "{{country}}", table=True)],
        gridPos=GridPos(h=10, w=14, x=10, y=0),
    )
    totals_series = TimeSeries(
        title=TOTALS_SERIES,
        dataSource=DATASOURCE,
        targets=[target(totals_expr(m), letters[i], f"{{{{country}}}} {m}") for i, m in enumerate(MEASURES)],
        legendDisplayMode="table",
        legendPlacement="right",
        legendCalcs=["lastNotNull"],
        gridPos=GridPos(h=9, w=24, x=0, y=10),
    )
    flows = Table(
        title=FLOWS,
        description="Troops deployed by an actor from an origin to a destination (counted deployments).",
        dataSource=DATASOURCE,
        targets=[
            target("sum by (actor, origin, destination) (troopwatch_troop_flow)", "A", table=True),
        ],
        transformations=[_organize({"Value": "troops"})],
        sortBy=[TableSortByField(displayName="troops", desc=True)],
        gridPos=GridPos(h=9, w=10, x=0, y=19),
    )
    events_per_minute = TimeSeries(
        title=EVENTS_PER_MINUTE,
        dataSource=DATASOURCE,
        targets=[
            target("sum by (type) (rate(troopwatch_events_extracted_total[$__rate_interval])) * 60", "A", "{{type}}"),
        ],
        unit="none",
        gridPos=GridPos(h=9, w=14, x=10, y=19),
    )
    articles_per_second = TimeSeries(
        title=ARTICLES_PER_SECOND,
        description="ingestor: raw articles received; extractor: articles processed; aggregator: articles "
        "whose events reached it (1-minute rate, recording rule service:troopwatch_articles:rate1m).",
        dataSource=DATASOURCE,
        targets=[target("service:troopwatch_articles:rate1m", "A", "{{service}}")],
        unit="reqps",
        gridPos=GridPos(h=8, w=12, x=0, y=28),
    )
    consumer_lag = TimeSeries(
        title=CONSUMER_LAG,
        dataSource=DATASOURCE,
        targets=[
            # Faust's changelog topics are only read to restore state: their "lag" is not work waiting.
            target(
                'sum by (service, topic) (troopwatch_consumer_lag_messages{topic!~".*-changelog"})',
                "A",
                "{{service}} {{topic}}",
            ),
        ],
        unit="none",
        gridPos=GridPos(h=8, w=12, x=12, y=28),
    )
    dead_letters = TimeSeries(
        title=DEAD_LETTERS,
        dataSource=DATASOURCE,
        targets=[
            target(
                "sum by (service, reason) (rate(troopwatch_dead_letters_total[$__rate_interval])) * 60",
                "A",
                "{{service}} {{reason}}",
            ),
        ],
        unit="none",
        gridPos=GridPos(h=8, w=8, x=0, y=36),
    )
    extraction_latency = TimeSeries(
        title=EXTRACTION_LATENCY,
        dataSource=DATASOURCE,
        targets=[
            target(
                f"histogram_quantile({q}, sum by (le) (rate(troopwatch_extraction_duration_seconds_bucket"
                "[$__rate_interval])))",
                ref,
                label,
            )
            for q, ref, label in ((0.5, "A", "p50"), (0.99, "B", "p99"))
        ],
        unit="s",
        gridPos=GridPos(h=8, w=8, x=8, y=36),
    )
    publish_to_totals = TimeSeries(
        title=PUBLISH_TO_TOTALS,
        description="From the ingestor receiving an article to the totals update its events caused.",
        dataSource=DATASOURCE,
        targets=[
            target(
                "histogram_quantile(0.99, sum by (le) (rate(troopwatch_publish_to_totals_seconds_bucket"
                "[$__rate_interval])))",
                "A",
                "p99",
            ),
        ],
        unit="s",
        gridPos=GridPos(h=8, w=8, x=16, y=36),
    )
    return [
        totals_table,
        totals_map,
        totals_series,
        flows,
        events_per_minute,
        articles_per_second,
        consumer_lag,
        dead_letters,
        extraction_latency,
        publish_to_totals,
    ]


def dashboard() -> Dashboard:
    return Dashboard(
        title="troopwatch",
        uid=DASHBOARD_UID,
        description="Troop movements from the news stream: per-country totals, flows, and the pipeline's health.",
        tags=["troopwatch"],
        timezone="utc",
        time=Time("now-1h", "now"),
        refresh="10s",
        schemaVersion=37,
        panels=panels(),
    ).auto_panel_ids()


def render() -> str:
    """The dashboard JSON exactly as committed (stable key order, trailing newline)."""
    return json.dumps(dashboard().to_json_data(), cls=DashboardEncoder, indent=2, sort_keys=True) + "\n"


def panel_queries(model: dict[str, Any]) -> Iterator[tuple[str, str, str]]:
    """(panel title, refId, PromQL) for every query of every panel of a dashboard JSON model."""
    for panel in model["panels"]:
        for query in panel.get("targets", []):
            yield panel["title"], query["refId"], query["expr"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail if the committed JSON differs")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    args = parser.parse_args(argv)
    text = render()
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(f"{args.output} is stale: run python -m deploy.grafana.dashboard", file=sys.stderr)
            return 1
        print(f"{args.output} is up to date")
        return 0
    args.output.parent.mkdir(parents=True, exist_ok=True)
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
