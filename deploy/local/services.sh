#!/usr/bin/env bash
# Start, stop or show the three troopwatch services as background processes on this machine.
# Logs: var/log/<service>.log (JSON lines); pids: var/run/<service>.pid.
# Usage: deploy/local/services.sh start|stop|status
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"
RUN="$ROOT/var/run"
LOGS="$ROOT/var/log"
mkdir -p "$RUN" "$LOGS"
SERVICES=(ingestor extractor aggregator)
declare -A PORT=([ingestor]=${TROOPWATCH_INGESTOR_WEB_PORT:-6066} [extractor]=${TROOPWATCH_EXTRACTOR_WEB_PORT:-6067} [aggregator]=${TROOPWATCH_AGGREGATOR_WEB_PORT:-6068})

running() { [[ -f "$RUN/$1.pid" ]] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

start() {
  for s in "${SERVICES[@]}"; do
    if running "$s"; then echo "services: $s already running (pid $(cat "$RUN/$s.pid"))"; continue; fi
    TROOPWATCH_LOG_FORMAT="${TROOPWATCH_LOG_FORMAT:-json}" nohup .venv/bin/python -m "services.$s" \
      >>"$LOGS/$s.log" 2>&1 &
    echo $! >"$RUN/$s.pid"
    echo "services: started $s (pid $!, log var/log/$s.log)"
  done
  for s in "${SERVICES[@]}"; do
    for _ in $(seq 1 120); do
      if curl -fsS "http://127.0.0.1:${PORT[$s]}/healthz" >/dev/null 2>&1; then break; fi
      if ! running "$s"; then echo "services: $s exited; last lines of var/log/$s.log:" >&2; tail -20 "$LOGS/$s.log" >&2; exit 1; fi
      sleep 0.5
    done
    curl -fsS "http://127.0.0.1:${PORT[$s]}/healthz" >/dev/null || { echo "services: $s did not answer on port ${PORT[$s]}" >&2; exit 1; }
    echo "services: $s answers on http://127.0.0.1:${PORT[$s]}"
  done
}

stop() {
  for s in "${SERVICES[@]}" prometheus; do
    [[ -f "$RUN/$s.pid" ]] || continue
    pid="$(cat "$RUN/$s.pid")"
    if kill -0 "$pid" 2>/dev/null; then
      kill -TERM "$pid" 2>/dev/null || true
      for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
      kill -0 "$pid" 2>/dev/null && kill -KILL "$pid" 2>/dev/null || true
      echo "services: stopped $s"
    fi
    rm -f "$RUN/$s.pid"
  done
}

status() {
  for s in "${SERVICES[@]}" prometheus; do
    if running "$s"; then echo "$s: running (pid $(cat "$RUN/$s.pid"))"; else echo "$s: stopped"; fi
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
