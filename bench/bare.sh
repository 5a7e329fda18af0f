#!/usr/bin/env bash
# The bare peer of the benchmark (issue 9): builds and starts bench/bare, a plain Camunda 7.24 Spring
# Boot application with Một Cửa's engine settings and the birth registration procedure stripped of
# our listeners, on its own database; drives its REST API with bench/BareDriver.java (8 clients on
# loopback, warm-up then a fixed window): starts, single steps and whole four-step dossiers first,
# then bulk-starts the open instances in-process (timed apart) and measures the candidate-group task
# list over them; measures start-up time and memory, stops the application and prints the Markdown
# tables to stdout (progress goes to stderr). It does not write BENCHMARKS.md.
#
#   bench/bare.sh            100k open instances, 10 s warm-up, 30 s windows
#   bench/bare.sh --quick    2k open instances, 1 s warm-up, 3 s windows
#
# Needs PostgreSQL on 127.0.0.1:5432 with the role motcua_test (src/test/env/prepare.sh, which this
# script runs only when the server or the role is missing). Port: BARE_PORT (default 18081);
# database: BARE_DB (default ${BENCH_DB}_bare, motcua_bench_bare), so that two runs on one server
# keep apart.
set -euo pipefail
cd "$(dirname "$0")/.."

OPEN=100000 WARMUP=10 WINDOW=30
if [ "${1:-}" = "--quick" ]; then OPEN=2000 WARMUP=1 WINDOW=3; fi
PORT=${BARE_PORT:-18081}
DB=${BARE_DB:-${BENCH_DB:-motcua_bench}_bare}
BASE="http://127.0.0.1:$PORT"
OUT=$(mktemp -d)
APP=
AUTOVACUUM=
cleanup() {
  if [ -n "$AUTOVACUUM" ]; then kill "$AUTOVACUUM" 2>/dev/null || true; fi
  if [ -n "$APP" ]; then kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; fi
  rm -rf "$OUT"
}
trap cleanup EXIT
log() { echo "bare: $*" >&2; }
seconds_since() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.1f", e - s }'; }

psql_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "$1"
  else
    sudo -n su postgres -c "psql -d postgres -tAc \"$1\""
  fi
}
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null \
  || [ "$(psql_admin "select 1 from pg_roles where rolname = 'motcua_test'" 2>/dev/null)" != "1" ]; then
  bash src/test/env/prepare.sh >&2
fi
psql_admin "drop database if exists $DB with (force)" >/dev/null
psql_admin "create database $DB owner motcua_test" >/dev/null
export PGPASSWORD=motcua_test

log "building bench/bare"
./mvnw -q -B -f bench/bare/pom.xml -DskipTests package >&2
JAR=$(ls bench/bare/target/motcua-bench-bare-*.jar | grep -v original | head -1)

log "starting $JAR on port $PORT"
START=$(date +%s.%N)
java -Xmx1g -jar "$JAR" --server.port="$PORT" \
  --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
  --spring.datasource.username=motcua_test --spring.datasource.password=motcua_test \
  >"$OUT/app.log" 2>&1 &
APP=$!
# Healthy: the REST API shows the procedure to a reception officer created at start-up, so the
# users, their authorizations, the authentication filter and the deployment are in place.
for _ in $(seq 1 240); do
  curl -sf -u bench.tn50:bench-passphrase-26 "$BASE/engine-rest/process-definition/count?key=birth-registration" \
    | grep -q '"count":1' && break
  kill -0 "$APP" 2>/dev/null || { tail -50 "$OUT/app.log" >&2; exit 1; }
  sleep 0.25
done
curl -sf -u bench:bench "$BASE/engine-rest/process-definition/count" >/dev/null \
  || { log "not healthy after 60 s"; tail -50 "$OUT/app.log" >&2; exit 1; }
STARTUP=$(seconds_since "$START")
log "up in ${STARTUP}s"

log "measuring starts, steps and whole dossiers"
bash bench/autovacuum.sh "$DB" & AUTOVACUUM=$!
java bench/BareDriver.java lifecycle "$BASE" "$WARMUP" "$WINDOW" >"$OUT/lifecycle.md"
kill "$AUTOVACUUM"; AUTOVACUUM=

log "bulk-starting $OPEN open instances at the appraisal step"
BULK_START=$(date +%s.%N)
curl -sf -X POST "$BASE/bench/start?count=$OPEN&activity=Task_Appraisal" >"$OUT/bulk.json"
BULK=$(seconds_since "$BULK_START")
ANALYZE_START=$(date +%s.%N)
# vacuumed, analyzed and checkpointed as ours is after its load (bench/run)
psql -h 127.0.0.1 -U motcua_test -d "$DB" -q -c "set client_min_messages = error" -c "vacuum (analyze)" >/dev/null
psql_admin "checkpoint" >/dev/null
ANALYZED=$(seconds_since "$ANALYZE_START")
OPEN_TASKS=$(curl -sf -u bench:bench "$BASE/engine-rest/task/count" | grep -oE '[0-9]+')
GROUP_TASKS=$(curl -sf -u bench:bench "$BASE/engine-rest/task/count?candidateGroup=000.00.50.H99:specialist" | grep -oE '[0-9]+')
log "bulk start in ${BULK}s, vacuum, analyze and checkpoint in ${ANALYZED}s; $OPEN_TASKS open tasks, $GROUP_TASKS of them for 000.00.50.H99:specialist"

log "measuring the task list"
bash bench/autovacuum.sh "$DB" & AUTOVACUUM=$!
java bench/BareDriver.java tasklist "$BASE" "$WARMUP" "$WINDOW" "$OPEN" >"$OUT/tasklist.md"
kill "$AUTOVACUUM"; AUTOVACUUM=

RSS_MB=$(( $(ps -o rss= -p "$APP") / 1024 ))
HEAP=$(jcmd "$APP" GC.heap_info 2>/dev/null | grep -oE 'used [0-9]+K' | head -1 | grep -oE '[0-9]+' || echo 0)
HEAP_MB=$(( HEAP / 1024 ))
# after a full GC too, as for ours (bench/run)
jcmd "$APP" GC.run >/dev/null 2>&1 || true
sleep 1
RSS_GC_MB=$(( $(ps -o rss= -p "$APP") / 1024 ))
kill "$APP"; wait "$APP" 2>/dev/null || true; APP=

cat "$OUT/lifecycle.md"
tail -n +3 "$OUT/tasklist.md"
echo
echo "| measure | value |"
echo "| --- | ---: |"
echo "| start-up to healthy (s) | $STARTUP |"
echo "| bulk start of $OPEN open instances, in-process, timed apart (s) | $BULK |"
echo "| vacuum, analyze and checkpoint after the bulk start (s) | $ANALYZED |"
echo "| open tasks during the task-list workloads | $OPEN_TASKS |"
echo "| of them in the measured group 000.00.50.H99:specialist | $GROUP_TASKS |"
echo "| resident memory after the load (MiB) | $RSS_MB |"
echo "| resident memory after the load and a full GC (MiB) | $RSS_GC_MB |"
echo "| heap used after the load (MiB) | $HEAP_MB |"
