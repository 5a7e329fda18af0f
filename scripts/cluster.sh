#!/usr/bin/env bash
# Two nodes of the packaged application on one PostgreSQL database, behind Debian's HAProxy with
# health checks (docker/haproxy.cfg), on this machine without Docker.
#
#   scripts/cluster.sh start [--demo]   checks PostgreSQL, builds the jar if missing, starts the
#                                       two nodes and HAProxy, prints the URL
#   scripts/cluster.sh stop             stops HAProxy and the nodes
#   scripts/cluster.sh status           the processes, each node's health, HAProxy's view of them
#
# The database: DB_URL (default jdbc:postgresql://127.0.0.1:5432/motcua), DB_USER, DB_PASSWORD, as
# for one node (README "Running on PostgreSQL"); so are the keys (MOTCUA_AUDIT_KEY,
# MOTCUA_AUDIT_SIGNING_KEY, MOTCUA_AUDIT_PUBLIC_KEY, MOTCUA_STATUS_LINK_KEY, MOTCUA_ADMIN_PASSWORD),
# the same on both nodes. `--demo` adds the demo profile: its public demo keys and the demo
# organisation (admin/demo), for a try-out only.
# Ports: CLUSTER_PORT (HAProxy, 8080), CLUSTER_NODE1_PORT (8081), CLUSTER_NODE2_PORT (8082),
# CLUSTER_STATS_PORT (HAProxy's statistics page, 8404), all on 127.0.0.1 unless CLUSTER_BIND is set.
# Logs and process ids: CLUSTER_DIR (./data/cluster). JAVA_OPTS: the nodes' JVM options (-Xmx1g).
set -euo pipefail
cd "$(dirname "$0")/.."

DIR=${CLUSTER_DIR:-./data/cluster}
BIND=${CLUSTER_BIND:-127.0.0.1}
PORT=${CLUSTER_PORT:-8080}
NODE_PORTS=("${CLUSTER_NODE1_PORT:-8081}" "${CLUSTER_NODE2_PORT:-8082}")
STATS_PORT=${CLUSTER_STATS_PORT:-8404}
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/motcua}
log() { echo "cluster: $*" >&2; }
alive() { [ -f "$DIR/$1.pid" ] && kill -0 "$(cat "$DIR/$1.pid")" 2>/dev/null; }
healthy() { curl -sf --max-time 2 "http://127.0.0.1:$1/actuator/health" 2>/dev/null | grep -q UP; }

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
ensure_haproxy() {
  command -v haproxy >/dev/null || [ -x /usr/sbin/haproxy ] && return 0
  log "installing Debian's haproxy"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq haproxy >/dev/null \
    || { log "cannot install haproxy (apt-get install haproxy, as root)"; exit 1; }
}
haproxy_bin() { command -v haproxy || echo /usr/sbin/haproxy; }

check_postgres() {
  # jdbc:postgresql://host[:port]/database[?...]
  local rest=${DB_URL#jdbc:postgresql://} host port
  rest=${rest%%/*}
  host=${rest%%:*}
  port=5432
  [ "$rest" = "$host" ] || port=${rest#*:}
  if ! pg_isready -q -h "$host" -p "$port" 2>/dev/null; then
    log "PostgreSQL does not answer on $host:$port (DB_URL=$DB_URL)"
    exit 1
  fi
}

start_node() { # name port profiles
  local name=$1 port=$2 profiles=$3
  if alive "$name"; then log "$name already runs (pid $(cat "$DIR/$name.pid"))"; return; fi
  # shellcheck disable=SC2086
  nohup java ${JAVA_OPTS:--Xmx1g} -jar "$JAR" --spring.profiles.active="$profiles" \
    --server.port="$port" --server.address="$BIND" \
    --camunda.bpm.generic-properties.properties.hostname="$name" \
    >"$DIR/$name.log" 2>&1 &
  echo $! >"$DIR/$name.pid"
  log "$name starting on port $port (pid $!, log $DIR/$name.log)"
}

wait_healthy() { # name port
  for _ in $(seq 1 480); do
    healthy "$2" && { log "$1 is up"; return; }
    alive "$1" || { tail -40 "$DIR/$1.log" >&2; log "$1 stopped during start-up"; exit 1; }
    sleep 0.5
  done
  log "$1 did not become healthy in 4 minutes (log $DIR/$1.log)"
  exit 1
}

start() {
  local profiles=postgres
  [ "${1:-}" = "--demo" ] && profiles=postgres,demo
  mkdir -p "$DIR"
  check_postgres
  ensure_haproxy
  JAR=$(ls target/motcua-*.jar 2>/dev/null | grep -v original | head -1 || true)
  if [ -z "$JAR" ]; then
    log "building the application (target/motcua-*.jar is missing)"
    ./mvnw -q -B -DskipTests package
    JAR=$(ls target/motcua-*.jar | grep -v original | head -1)
  fi
  # the first node migrates the database alone; the second starts on the migrated schema
  start_node node1 "${NODE_PORTS[0]}" "$profiles"
  wait_healthy node1 "${NODE_PORTS[0]}"
  start_node node2 "${NODE_PORTS[1]}" "$profiles"
  wait_healthy node2 "${NODE_PORTS[1]}"
  if ! alive haproxy; then
    MOTCUA_LB_BIND="$BIND:$PORT" MOTCUA_LB_STATS="$BIND:$STATS_PORT" \
      MOTCUA_NODE1="127.0.0.1:${NODE_PORTS[0]}" MOTCUA_NODE2="127.0.0.1:${NODE_PORTS[1]}" \
      nohup "$(haproxy_bin)" -db -f docker/haproxy.cfg >"$DIR/haproxy.log" 2>&1 &
    echo $! >"$DIR/haproxy.pid"
  fi
  for _ in $(seq 1 40); do healthy "$PORT" && break; sleep 0.25; done
  healthy "$PORT" || { cat "$DIR/haproxy.log" >&2; log "HAProxy does not answer on $PORT"; exit 1; }
  log "HAProxy statistics: http://$BIND:$STATS_PORT/"
  echo "http://$BIND:$PORT/"
}

stop() {
  for name in haproxy node2 node1; do
    if alive "$name"; then
      kill "$(cat "$DIR/$name.pid")"
      for _ in $(seq 1 60); do alive "$name" || break; sleep 0.5; done
      log "$name stopped"
    fi
    rm -f "$DIR/$name.pid"
  done
}

status() {
  local port=("" "${NODE_PORTS[@]}")
  for i in 1 2; do
    if alive "node$i"; then
      healthy "${port[$i]}" && h=UP || h=DOWN
      echo "node$i: pid $(cat "$DIR/node$i.pid"), port ${port[$i]}, health $h"
    else
      echo "node$i: stopped"
    fi
  done
  if alive haproxy; then
    echo "haproxy: pid $(cat "$DIR/haproxy.pid"), http://$BIND:$PORT/"
    curl -sf --max-time 2 "http://$BIND:$STATS_PORT/;csv" | awk -F, '$1 == "nodes" && $2 ~ /^node/ { print "  " $2 ": " $18 }'
  else
    echo "haproxy: stopped"
  fi
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) stop ;;
  status) status ;;
  *) echo "usage: scripts/cluster.sh start [--demo] | stop | status" >&2; exit 2 ;;
esac
