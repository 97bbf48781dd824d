#!/usr/bin/env bash
# The test command behind `make test` (and so .ci/run): start a throw-away Kafka broker on its
# own port and state folder, run every test tier against it, stop the broker whatever happens.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$ROOT"

export TROOPWATCH_KAFKA_STATE="${TROOPWATCH_TEST_KAFKA_STATE:-$ROOT/var/kafka-test}"
export TROOPWATCH_KAFKA_PORT="${TROOPWATCH_TEST_KAFKA_PORT:-19092}"
export TROOPWATCH_KAFKA_CONTROLLER_PORT="${TROOPWATCH_TEST_KAFKA_CONTROLLER_PORT:-19093}"
export TROOPWATCH_BROKER="kafka://127.0.0.1:$TROOPWATCH_KAFKA_PORT"
export TROOPWATCH_TEST_KAFKA=1

# A fresh broker every run: tests must not depend on what an earlier run left behind.
deploy/kafka/kafka.sh stop >/dev/null 2>&1 || true
rm -rf "$TROOPWATCH_KAFKA_STATE/data" "$TROOPWATCH_KAFKA_STATE/cluster.id"
trap 'deploy/kafka/kafka.sh stop || true' EXIT
deploy/kafka/kafka.sh start

set +e
.venv/bin/python -m pytest "${@:-tests}" -ra -p no:cacheprovider
rc=$?
set -e
if [[ $rc -eq 5 ]]; then
  echo "run-tests: pytest collected no tests: that is a failure here" >&2
  exit 1
fi
exit $rc
