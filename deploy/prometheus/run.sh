#!/usr/bin/env bash
# Start or stop a local Prometheus (the Debian `prometheus` binary) with troopwatch's
# configuration: deploy/prometheus/prometheus.yml (+ rules.yml), storage in var/prometheus,
# listening on 127.0.0.1:${TROOPWATCH_PROMETHEUS_PORT:-9090}, pid in var/run/prometheus.pid,
# log in var/log/prometheus.log. `deploy/local/services.sh stop` stops it too.
# Usage: deploy/prometheus/run.sh start|stop|status
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUN="$ROOT/var/run"
LOGS="$ROOT/var/log"
DATA="$ROOT/var/prometheus"
PID_FILE="$RUN/prometheus.pid"
PORT="${TROOPWATCH_PROMETHEUS_PORT:-9090}"
URL="http://127.0.0.1:$PORT"

running() { [[ -f "$PID_FILE" ]] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; }

start() {
  if running; then echo "prometheus: already running (pid $(cat "$PID_FILE")) on $URL"; return 0; fi
  command -v prometheus >/dev/null 2>&1 || {
    echo "prometheus: not installed (run deploy/prometheus/install.sh as root, or apt-get install prometheus)" >&2
    exit 1
  }
  mkdir -p "$RUN" "$LOGS" "$DATA"
  nohup prometheus \
    --config.file="$ROOT/deploy/prometheus/prometheus.yml" \
    --storage.tsdb.path="$DATA" \
    --storage.tsdb.retention.time=7d \
    --web.listen-address="127.0.0.1:$PORT" \
    >>"$LOGS/prometheus.log" 2>&1 &
  echo $! >"$PID_FILE"
  for _ in $(seq 1 60); do
    if curl -fsS "$URL/-/ready" >/dev/null 2>&1; then
      echo "prometheus: started (pid $(cat "$PID_FILE"), log var/log/prometheus.log) on $URL"
      return 0
    fi
    if ! running; then
      echo "prometheus: exited; last lines of var/log/prometheus.log:" >&2
      tail -20 "$LOGS/prometheus.log" >&2
      rm -f "$PID_FILE"
      exit 1
    fi
    sleep 0.5
  done
  echo "prometheus: not ready on $URL after 30s; see var/log/prometheus.log" >&2
  exit 1
}

stop() {
  [[ -f "$PID_FILE" ]] || { echo "prometheus: not running"; return 0; }
  pid="$(cat "$PID_FILE")"
  if kill -0 "$pid" 2>/dev/null; then
    kill -TERM "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
    echo "prometheus: stopped"
  fi
  rm -f "$PID_FILE"
}

status() {
  if running; then echo "prometheus: running (pid $(cat "$PID_FILE")) on $URL"; else echo "prometheus: stopped"; fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
