#!/usr/bin/env bash
# The demo (run by `make demo` once the broker and services are up): publish the seed article,
# show its totals, publish the dev articles, show the totals again, say where to look.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
SHARED="${TROOPWATCH_SHARED:-$ROOT/../shared}"
TW=.venv/bin/troopwatch
AGG="http://127.0.0.1:${TROOPWATCH_AGGREGATOR_WEB_PORT:-6068}"

[[ -f "$SHARED/gold/seed-article-fr.txt" ]] || { echo "demo: $SHARED/gold not found (set TROOPWATCH_SHARED)" >&2; exit 1; }

# Wait until the totals have changed from $1 and then stayed the same for 3 s, or stayed as they
# were for 8 s (a second `make demo` republishes articles the ingestor has already seen).
wait_settled() {
  local before="$1" last="" same=0
  for _ in $(seq 1 240); do
    now="$($TW totals --url "$AGG" --json 2>/dev/null || true)"
    if [[ -n "$now" && "$now" == "$last" ]]; then
      same=$((same + 1))
      if [[ "$now" != "$before" && $same -ge 6 ]] || [[ $same -ge 16 ]]; then return 0; fi
    else
      same=0
    fi
    last="$now"; sleep 0.5
  done
  echo "demo: totals did not settle within 2 minutes; see var/log/*.log" >&2
}

echo
echo "== 1. The seed article (RFI, 2 Feb 2022)"
before="$($TW totals --url "$AGG" --json 2>/dev/null || true)"
$TW publish "$SHARED/gold/seed-article-fr.txt" --text --lang fr --source rfi --published-at 2022-02-02 \
  --id seed-rfi-2022-02-02 --url "https://www.rfi.fr/fr/am%C3%A9riques/20220202-us-troops"
wait_settled "$before"
$TW totals --url "$AGG"

echo
echo "== 2. The dev articles ($SHARED/gold/dev.jsonl)"
before="$($TW totals --url "$AGG" --json 2>/dev/null || true)"
$TW publish "$SHARED/gold/dev.jsonl"
wait_settled "$before"
$TW totals --url "$AGG"

if [[ -x deploy/prometheus/run.sh ]] && command -v prometheus >/dev/null 2>&1; then
  deploy/prometheus/run.sh start && PROM="Prometheus:  http://127.0.0.1:${TROOPWATCH_PROMETHEUS_PORT:-9090}"
else
  PROM="Prometheus:  not installed here (apt-get install prometheus); docker-compose.yml brings it with Grafana"
fi

cat <<MSG

== Where to look (everything keeps running; \`make down\` stops it all)
  Totals:      curl $AGG/totals   |  curl $AGG/totals/US  |  curl '$AGG/events?country=US'
  API docs:    curl $AGG/openapi.json
  Metrics:     http://127.0.0.1:6066/metrics (ingestor)  :6067 (extractor)  :6068 (aggregator)
  $PROM
  Topics:      deploy/kafka/kafka.sh topics --list
               .venv/bin/troopwatch topics list
  Read a topic: .venv/bin/troopwatch consume troopwatch.totals  (or any Kafka client on 127.0.0.1:9092)
  Logs:        var/log/{ingestor,extractor,aggregator}.log  (grep an article_id to follow it)
MSG
