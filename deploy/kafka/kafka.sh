#!/usr/bin/env bash
# Single-node Apache Kafka broker (KRaft, broker+controller in one JVM) that the
# project installs from Maven Central and runs itself -- no Docker needed.
#
# Usage: deploy/kafka/kafka.sh install|start|stop|restart|status|logs [-f]
#        deploy/kafka/kafka.sh topics  <kafka-topics args>           (e.g. --list)
#        deploy/kafka/kafka.sh groups  <kafka-consumer-groups args>  (e.g. --list)
#
# Environment:
#   TROOPWATCH_KAFKA_STATE            state dir (default <repo>/var/kafka): libs/,
#                                     data/, logs/, config, pid file
#   TROOPWATCH_KAFKA_PORT             PLAINTEXT listener on 127.0.0.1 (default 9092)
#   TROOPWATCH_KAFKA_CONTROLLER_PORT  KRaft controller listener  (default 9093)
#   TROOPWATCH_KAFKA_HEAP             broker heap, e.g. 512m (default 512m)
#   TROOPWATCH_KAFKA_START_TIMEOUT    seconds to wait for readiness (default 120)
#   TROOPWATCH_KAFKA_STOP_TIMEOUT     seconds before SIGKILL on stop (default 30)
#   TROOPWATCH_KAFKA_MVN_ARGS         extra Maven args for install, e.g.
#                                     "-Dmaven.repo.local=/tmp/m2"
#
# Requires: java >= 17, and mvn for `install` (only until libs/ exists).
set -euo pipefail

SCRIPT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$SCRIPT_DIR/../.." && pwd)"
POM="$SCRIPT_DIR/pom.xml"

STATE="${TROOPWATCH_KAFKA_STATE:-$REPO_ROOT/var/kafka}"
mkdir -p "$STATE"
STATE="$(cd "$STATE" && pwd)"
PORT="${TROOPWATCH_KAFKA_PORT:-9092}"
CONTROLLER_PORT="${TROOPWATCH_KAFKA_CONTROLLER_PORT:-9093}"
HEAP="${TROOPWATCH_KAFKA_HEAP:-512m}"
START_TIMEOUT="${TROOPWATCH_KAFKA_START_TIMEOUT:-120}"
STOP_TIMEOUT="${TROOPWATCH_KAFKA_STOP_TIMEOUT:-30}"

LIBS="$STATE/libs"
DATA="$STATE/data"
LOGS="$STATE/logs"
CONF="$STATE/server.properties"
LOG4J_CONF="$STATE/log4j2.properties"
TOOLS_LOG4J_CONF="$STATE/tools-log4j2.properties"
CLIENT_CONF="$STATE/client.properties"
PIDFILE="$STATE/kafka.pid"
MARKER="$LIBS/.installed"
CLUSTER_ID_FILE="$STATE/cluster.id"
PORTS_FILE="$STATE/ports"
LOCKFILE="$STATE/kafka.sh.lock"
SERVER_LOG="$LOGS/server.log"
STDOUT_LOG="$LOGS/kafka.out"

KAFKA_VERSION="$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$POM" | head -n1)"

log() { printf 'kafka.sh: %s\n' "$*"; }
err() { printf 'kafka.sh: ERROR: %s\n' "$*" >&2; }
die() { err "$*"; exit 1; }

need() { command -v "$1" >/dev/null 2>&1 || die "'$1' not found on PATH ($2)"; }

# Serialise install/start/stop on one state dir (two `make kafka-up` at once).
with_lock() {
  if command -v flock >/dev/null 2>&1; then
    exec 9>"$LOCKFILE"
    flock -w 300 9 || die "could not lock $LOCKFILE (another kafka.sh still running?)"
  fi
}

pom_sum() { sha256sum "$POM" | cut -d' ' -f1; }
marker_text() { printf 'kafka=%s pom=%s\n' "$KAFKA_VERSION" "$(pom_sum)"; }

is_installed() {
  [[ -f "$MARKER" && -f "$LIBS/kafka_2.13-$KAFKA_VERSION.jar" ]] &&
    [[ "$(cat "$MARKER")" == "$(marker_text)" ]]
}

# --- process helpers ---------------------------------------------------------

# Is $1 a live java process running *this* state dir's broker?
is_our_broker() {
  local pid="$1" cmd
  [[ "$pid" =~ ^[0-9]+$ ]] || return 1
  [[ -r "/proc/$pid/cmdline" ]] || return 1
  cmd="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"
  [[ "$cmd" == *"kafka.Kafka $CONF"* ]]
}

# Prints the broker pid if running (pid file first, then a scan for an orphan
# started with this very server.properties), returns 1 if not running.
broker_pid() {
  local pid=""
  if [[ -f "$PIDFILE" ]]; then
    pid="$(cat "$PIDFILE" 2>/dev/null || true)"
    if is_our_broker "$pid"; then echo "$pid"; return 0; fi
  fi
  local p
  for p in /proc/[0-9]*; do
    p="${p#/proc/}"
    if is_our_broker "$p"; then echo "$p"; return 0; fi
  done
  return 1
}

# Alive, and not a dead zombie (a broker that died while we are its parent).
# A JVM whose main thread has exited shows "Z" while its other threads still
# run, so a zombie only counts as dead when it has no thread left but itself.
proc_alive() {
  local st
  kill -0 "$1" 2>/dev/null || return 1
  st="$(awk '{print $3}' "/proc/$1/stat" 2>/dev/null || true)"
  [[ -n "$st" ]] || return 1
  [[ "$st" != "Z" ]] && return 0
  (($(find "/proc/$1/task" -mindepth 1 -maxdepth 1 2>/dev/null | wc -l) > 1))
}

port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") >/dev/null 2>&1; }

# Run a Kafka command-line tool class from the installed jars.
kafka_tool() {
  local cls="$1"; shift
  java -Xmx256m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$TOOLS_LOG4J_CONF" \
    -cp "$LIBS/*" "$cls" "$@"
}

# Readiness: TCP port open, then a real Admin metadata round trip
# (kafka-topics --list) must succeed within a few seconds.
broker_answers() {
  port_open "$PORT" || return 1
  timeout 30 java -Xmx128m -XX:+UseSerialGC -XX:TieredStopAtLevel=1 \
    -Dlog4j2.configurationFile="$TOOLS_LOG4J_CONF" \
    -cp "$LIBS/*" org.apache.kafka.tools.TopicCommand \
    --bootstrap-server "127.0.0.1:$PORT" --command-config "$CLIENT_CONF" \
    --list >"$STATE/.ready-check.out" 2>&1
}

# --- config ------------------------------------------------------------------

write_configs() {
  mkdir -p "$DATA" "$LOGS"
  cat >"$CONF.tmp" <<EOF
# Generated by deploy/kafka/kafka.sh on every start -- edit the script, not this.
# Single-node KRaft broker for local development and CI.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:$CONTROLLER_PORT
listeners=PLAINTEXT://127.0.0.1:$PORT,CONTROLLER://127.0.0.1:$CONTROLLER_PORT
advertised.listeners=PLAINTEXT://127.0.0.1:$PORT
inter.broker.listener.name=PLAINTEXT
controller.listener.names=CONTROLLER
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs=$DATA

# Topics are created by the project from its catalogue (and by Faust for its
# changelog/repartition topics), never implicitly by a produce/metadata call.
auto.create.topics.enable=false
delete.topic.enable=true
num.partitions=1
default.replication.factor=1
min.insync.replicas=1

# Internal topics on a single node.
offsets.topic.replication.factor=1
offsets.topic.num.partitions=10
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=4
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0

# Small footprint.
num.network.threads=2
num.io.threads=4
background.threads=4
num.recovery.threads.per.data.dir=1
log.cleaner.threads=1
log.cleaner.dedupe.buffer.size=33554432

# Segments/retention: small segments, bounded disk use. Note that time-based
# retention looks at record timestamps (CreateTime): records produced with
# timestamps older than log.retention.hours are deleted at the next check.
log.segment.bytes=16777216
log.retention.hours=168
log.retention.bytes=268435456
log.retention.check.interval.ms=60000
EOF
  mv "$CONF.tmp" "$CONF"

  cat >"$LOG4J_CONF" <<EOF
# Generated by deploy/kafka/kafka.sh
status = warn
appender.server.type = RollingFile
appender.server.name = server
appender.server.fileName = $LOGS/server.log
appender.server.filePattern = $LOGS/server.log.%i
appender.server.layout.type = PatternLayout
appender.server.layout.pattern = [%d] %p %m (%c)%n
appender.server.policies.type = Policies
appender.server.policies.size.type = SizeBasedTriggeringPolicy
appender.server.policies.size.size = 20MB
appender.server.strategy.type = DefaultRolloverStrategy
appender.server.strategy.max = 5

appender.statechange.type = RollingFile
appender.statechange.name = statechange
appender.statechange.fileName = $LOGS/state-change.log
appender.statechange.filePattern = $LOGS/state-change.log.%i
appender.statechange.layout.type = PatternLayout
appender.statechange.layout.pattern = [%d] %p %m (%c)%n
appender.statechange.policies.type = Policies
appender.statechange.policies.size.type = SizeBasedTriggeringPolicy
appender.statechange.policies.size.size = 10MB
appender.statechange.strategy.type = DefaultRolloverStrategy
appender.statechange.strategy.max = 2

rootLogger.level = INFO
rootLogger.appenderRef.server.ref = server

logger.statechange.name = state.change.logger
logger.statechange.level = INFO
logger.statechange.additivity = false
logger.statechange.appenderRef.statechange.ref = statechange

logger.request.name = kafka.request.logger
logger.request.level = WARN
logger.network.name = kafka.network.RequestChannel\$
logger.network.level = WARN
EOF

  cat >"$TOOLS_LOG4J_CONF" <<'EOF'
# Generated by deploy/kafka/kafka.sh -- command-line tools log warnings to stderr.
status = warn
appender.stderr.type = Console
appender.stderr.name = stderr
appender.stderr.target = SYSTEM_ERR
appender.stderr.layout.type = PatternLayout
appender.stderr.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = WARN
rootLogger.appenderRef.stderr.ref = stderr
EOF

  cat >"$CLIENT_CONF" <<'EOF'
# Generated by deploy/kafka/kafka.sh -- used by the readiness check.
request.timeout.ms=5000
default.api.timeout.ms=10000
socket.connection.setup.timeout.ms=2000
socket.connection.setup.timeout.max.ms=5000
EOF
}

# --- subcommands -------------------------------------------------------------

cmd_install() {
  need java "install OpenJDK 17+"
  if is_installed; then
    log "Kafka $KAFKA_VERSION already installed in $LIBS"
    return 0
  fi
  need mvn "install Maven 3.8+; it fetches the broker jars from Maven Central"
  if pid="$(broker_pid)"; then
    die "broker (pid $pid) is running on jars that need replacing; run '$0 stop' first"
  fi
  log "installing Kafka $KAFKA_VERSION into $LIBS (Maven: $POM) ..."
  local t0=$SECONDS tmp="$STATE/libs.tmp"
  rm -rf "$tmp"
  local mvn_log="$STATE/install.log"
  # shellcheck disable=SC2086  # TROOPWATCH_KAFKA_MVN_ARGS is a word list on purpose
  if ! mvn -B -Dstyle.color=never -f "$POM" ${TROOPWATCH_KAFKA_MVN_ARGS:-} \
      dependency:copy-dependencies -DoutputDirectory="$tmp" >"$mvn_log" 2>&1; then
    rm -rf "$tmp"
    grep -E 'ERROR|FAIL' "$mvn_log" | tail -n 30 >&2 || tail -n 30 "$mvn_log" >&2
    die "Maven could not resolve the Kafka jars (full log: $mvn_log)"
  fi
  [[ -f "$tmp/kafka_2.13-$KAFKA_VERSION.jar" ]] || die "kafka_2.13-$KAFKA_VERSION.jar missing after Maven ran"
  marker_text >"$tmp/.installed"
  rm -rf "$LIBS"
  mv "$tmp" "$LIBS"
  log "installed Kafka $KAFKA_VERSION ($(find "$LIBS" -name '*.jar' | wc -l) jars) in $((SECONDS - t0)) s"
}

format_storage() {
  if [[ -f "$DATA/meta.properties" ]]; then
    return 0
  fi
  if [[ -n "$(ls -A "$DATA" 2>/dev/null)" ]]; then
    die "$DATA is not empty but has no meta.properties; move it away (or delete it) and start again"
  fi
  if [[ ! -s "$CLUSTER_ID_FILE" ]]; then
    kafka_tool kafka.tools.StorageTool random-uuid | tail -n1 >"$CLUSTER_ID_FILE.tmp"
    mv "$CLUSTER_ID_FILE.tmp" "$CLUSTER_ID_FILE"
  fi
  log "formatting KRaft storage in $DATA (cluster id $(cat "$CLUSTER_ID_FILE"))"
  kafka_tool kafka.tools.StorageTool format --ignore-formatted \
    -t "$(cat "$CLUSTER_ID_FILE")" -c "$CONF" >"$LOGS/format.log" 2>&1 ||
    { cat "$LOGS/format.log" >&2; die "kafka-storage format failed (log: $LOGS/format.log)"; }
}

wait_ready() {
  local pid="$1" deadline=$((SECONDS + START_TIMEOUT))
  while ((SECONDS < deadline)); do
    if ! proc_alive "$pid"; then
      rm -f "$PIDFILE"
      err "the broker exited during startup. Last lines of $SERVER_LOG and $STDOUT_LOG:"
      tail -n 30 "$SERVER_LOG" >&2 2>/dev/null || true
      tail -n 30 "$STDOUT_LOG" >&2 2>/dev/null || true
      return 1
    fi
    if broker_answers; then
      return 0
    fi
    sleep 1
  done
  err "the broker (pid $pid) did not answer on 127.0.0.1:$PORT within ${START_TIMEOUT}s."
  err "it is still running; see $SERVER_LOG (and $STDOUT_LOG), or '$0 stop'."
  tail -n 20 "$SERVER_LOG" >&2 2>/dev/null || true
  return 1
}

cmd_start() {
  with_lock
  cmd_install
  local pid
  if pid="$(broker_pid)"; then
    echo "$pid" >"$PIDFILE"
    local old_ports
    old_ports="$(cat "$PORTS_FILE" 2>/dev/null || true)"
    if [[ -n "$old_ports" && "$old_ports" != "$PORT $CONTROLLER_PORT" ]]; then
      die "broker already running (pid $pid) on ports '$old_ports', not '$PORT $CONTROLLER_PORT'; '$0 stop' first"
    fi
    if broker_answers; then
      log "already running (pid $pid) and answering on 127.0.0.1:$PORT"
      return 0
    fi
    log "broker running (pid $pid) but not answering yet; waiting up to ${START_TIMEOUT}s ..."
    wait_ready "$pid" || exit 1
    log "ready on 127.0.0.1:$PORT"
    return 0
  fi
  if [[ -f "$PIDFILE" ]]; then
    log "removing stale pid file $PIDFILE (pid $(cat "$PIDFILE" 2>/dev/null || echo '?') is not our broker)"
    rm -f "$PIDFILE"
  fi
  local p
  for p in "$PORT" "$CONTROLLER_PORT"; do
    if port_open "$p"; then
      die "port 127.0.0.1:$p is already in use by another process; pick other ports with TROOPWATCH_KAFKA_PORT / TROOPWATCH_KAFKA_CONTROLLER_PORT"
    fi
  done
  local old_ports
  old_ports="$(cat "$PORTS_FILE" 2>/dev/null || true)"
  if [[ -n "$old_ports" && "$old_ports" != "$PORT $CONTROLLER_PORT" ]]; then
    log "note: this state dir last ran on ports '$old_ports'; now '$PORT $CONTROLLER_PORT' (data is kept)"
  fi

  write_configs
  format_storage
  echo "$PORT $CONTROLLER_PORT" >"$PORTS_FILE"

  log "starting Kafka $KAFKA_VERSION on 127.0.0.1:$PORT (controller :$CONTROLLER_PORT), state $STATE"
  {
    echo "==== $(date -u +%FT%TZ) starting Kafka $KAFKA_VERSION"
  } >>"$STDOUT_LOG"
  # setsid: own session, so ^C in the calling terminal / make does not reach it.
  # nohup-like: stdin from /dev/null, output appended to kafka.out.
  # 9>&-: the broker must not inherit (and so hold forever) our lock fd.
  setsid java -Xms128m -Xmx"$HEAP" -XX:+UseG1GC -XX:MaxGCPauseMillis=20 \
    -XX:+ExitOnOutOfMemoryError -Djava.awt.headless=true \
    -Dkafka.logs.dir="$LOGS" -Dlog4j2.configurationFile="$LOG4J_CONF" \
    -cp "$LIBS/*" kafka.Kafka "$CONF" </dev/null >>"$STDOUT_LOG" 2>&1 9>&- &
  pid=$!
  echo "$pid" >"$PIDFILE"
  log "pid $pid; waiting for the broker to answer (up to ${START_TIMEOUT}s) ..."
  local t0=$SECONDS
  wait_ready "$pid" || exit 1
  log "ready on 127.0.0.1:$PORT after $((SECONDS - t0)) s (logs: $SERVER_LOG)"
}

cmd_stop() {
  with_lock
  local pid
  if ! pid="$(broker_pid)"; then
    rm -f "$PIDFILE"
    log "not running"
    return 0
  fi
  log "stopping broker (pid $pid) ..."
  kill -TERM "$pid" 2>/dev/null || true
  local deadline=$((SECONDS + STOP_TIMEOUT))
  while proc_alive "$pid" && ((SECONDS < deadline)); do
    sleep 0.5
  done
  if proc_alive "$pid"; then
    log "still alive after ${STOP_TIMEOUT}s; sending SIGKILL"
    kill -KILL "$pid" 2>/dev/null || true
    while proc_alive "$pid"; do sleep 0.2; done
  fi
  rm -f "$PIDFILE"
  log "stopped"
}

cmd_status() {
  local pid
  if ! pid="$(broker_pid)"; then
    echo "stopped (state $STATE)"
    return 1
  fi
  if broker_answers; then
    echo "running (pid $pid, Kafka $KAFKA_VERSION, 127.0.0.1:$PORT, state $STATE)"
    return 0
  fi
  echo "running (pid $pid) but NOT answering on 127.0.0.1:$PORT -- see $SERVER_LOG"
  return 1
}

cmd_logs() {
  [[ -f "$SERVER_LOG" ]] || die "no log yet at $SERVER_LOG"
  if [[ "${1:-}" == "-f" ]]; then
    exec tail -n 100 -F "$SERVER_LOG"
  fi
  tail -n "${1:-200}" "$SERVER_LOG"
}

cmd_passthrough() {
  local cls="$1"; shift
  is_installed || die "not installed; run '$0 install' (or start)"
  [[ -f "$TOOLS_LOG4J_CONF" ]] || write_configs
  kafka_tool "$cls" --bootstrap-server "127.0.0.1:$PORT" "$@"
}

usage() {
  sed -n '2,20p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

main() {
  local sub="${1:-}"
  [[ $# -gt 0 ]] && shift
  case "$sub" in
    install) with_lock; cmd_install ;;
    start) cmd_start ;;
    stop) cmd_stop ;;
    restart) cmd_stop; cmd_start ;;
    status) cmd_status ;;
    logs) cmd_logs "$@" ;;
    topics) cmd_passthrough org.apache.kafka.tools.TopicCommand "$@" ;;
    groups) cmd_passthrough org.apache.kafka.tools.consumer.group.ConsumerGroupCommand "$@" ;;
    -h|--help|help) usage ;;
    *) usage >&2; exit 2 ;;
  esac
}

main "$@"
