#!/usr/bin/env bash
# The deadline burst (issue 9): N open steps whose budgets end at the same instant; the engine clock
# jumps past their escalation ladder; how long until every step is flagged, escalated and notified,
# each exactly once, on one node and on two nodes sharing the database.
#
#   bench/burst.sh            20 000 steps
#   bench/burst.sh --quick    500 steps (a few minutes)
#
# For each of the two runs (1 node, then 2 nodes) it recreates the database motcua_bench_burst,
# starts the packaged application (profiles postgres,demo; notification sender off, so "notified"
# means a row queued in the notification outbox), sets node A's demo clock to T0 = 06:00 (Vietnam)
# on the next Monday, creates 8 communes each with a reception official and a unit head, and
# receives N marriage registrations at the counter through POST /api/dossiers on node A (8
# clients, one commune each: a commune's dossier-code counter is locked until the receiving
# transaction commits; bench/Burst.java). Received before the 07:30 opening, every dossier's
# reception step (budget PT1H) starts at 07:30 and all N budgets end at 08:30 whatever the minutes
# the intake took. The ladder of each step: SOON_DUE 08:15, OVERDUE 08:30, UNIT_HEAD Tuesday 08:30,
# SUPERVISOR Wednesday 08:30 (read back from the timer jobs, not assumed); the dossiers' own rungs
# (5 working days) are due Thursday and later, so the burst is made of step rungs only. Then the
# clock of every node jumps to one minute past the last measured rung (BURST_UNTIL, default
# SUPERVISOR: all four) and the script polls the database until every rung of every step is
# recorded and no ladder timer is left, and checks each (step, rung) for one event, its flag, its
# escalation (candidate group) and one outbox row per recipient.
#
# Environment: BURST_JAR (skip the build), BURST_PORT_A (18082), BURST_PORT_B (18083), BURST_UNTIL
# (OVERDUE | UNIT_HEAD | SUPERVISOR), BURST_CLIENTS (8 clients and as many communes, at most 29),
# BURST_TIMEOUT (600 s per burst), BURST_PROFILE_DIR (if set: a JFR recording of each node, thread
# dumps and pg_stat_activity samples during each burst go there), BURST_KEEP=1 (keep the logs).
# Needs PostgreSQL on 127.0.0.1:5432 with the role motcua_test (src/test/env/prepare.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

N=20000 MODE=full
if [ "${1:-}" = "--quick" ]; then N=500 MODE=quick; fi
PORT_A=${BURST_PORT_A:-18082}
PORT_B=${BURST_PORT_B:-18083}
UNTIL=${BURST_UNTIL:-SUPERVISOR}
CLIENTS=${BURST_CLIENTS:-8}
if [ "$CLIENTS" -lt 1 ] || [ "$CLIENTS" -gt 29 ]; then echo "burst: BURST_CLIENTS is 1 to 29" >&2; exit 2; fi
TIMEOUT=${BURST_TIMEOUT:-600}
PROFILE_DIR=${BURST_PROFILE_DIR:-}
DB=motcua_bench_burst
PROCEDURE=marriage-registration
STEP=Task_Reception
ADMIN="admin:demo"
case "$UNTIL" in
  OVERDUE) RUNGS="SOON_DUE OVERDUE" ;;
  UNIT_HEAD) RUNGS="SOON_DUE OVERDUE UNIT_HEAD" ;;
  SUPERVISOR) RUNGS="SOON_DUE OVERDUE UNIT_HEAD SUPERVISOR" ;;
  *) echo "burst: BURST_UNTIL must be OVERDUE, UNIT_HEAD or SUPERVISOR" >&2; exit 2 ;;
esac
R=$(echo "$RUNGS" | wc -w)
RUNG_LIST=$(printf "'%s'," $RUNGS); RUNG_LIST=${RUNG_LIST%,}
RUNG_VALUES=$(printf "('%s')," $RUNGS); RUNG_VALUES=${RUNG_VALUES%,}
OUT=$(mktemp -d /tmp/burst.XXXXXX)
if [ -n "$PROFILE_DIR" ]; then mkdir -p "$PROFILE_DIR"; fi
NODES=()
stop_nodes() {
  for pid in "${NODES[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODES[@]}"; do wait "$pid" 2>/dev/null || true; done
  NODES=()
}
finish() {
  status=$?
  stop_nodes
  if [ "$status" -ne 0 ] || [ -n "${BURST_KEEP:-}" ]; then
    echo "burst: logs kept in $OUT" >&2
  else
    rm -rf "$OUT"
  fi
}
trap finish EXIT
trap 'exit 130' INT TERM
log() { echo "burst: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# the role and the server; prepare.sh also drops the tests' databases, so only when something lacks
psql_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "$1"
  else
    sudo -n su postgres -c "psql -d postgres -tAc \"$1\""
  fi
}
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null \
  || [ "$(psql_admin "select 1 from pg_roles where rolname = 'motcua_test'")" != "1" ]; then
  bash src/test/env/prepare.sh >/dev/null
fi
export PGPASSWORD=motcua_test
sql() { psql -h 127.0.0.1 -U motcua_test -d "$DB" -v ON_ERROR_STOP=1 -qtAX -F '|' -c "$1"; }

if [ -n "${BURST_JAR:-}" ]; then
  JAR=$BURST_JAR
else
  log "building the application"
  ./mvnw -q -B -DskipTests package
  JAR=$(ls target/motcua-*.jar | grep -v original | head -1)
fi

# T0: 06:00 in Vietnam on the next Monday (the demo clock only moves forward)
MONDAY=$(TZ=Asia/Ho_Chi_Minh date -d 'next monday' +%F)
T0="${MONDAY}T06:00"

recreate_db() {
  psql_admin "drop database if exists $DB with (force)" >/dev/null
  psql_admin "create database $DB owner motcua_test" >/dev/null
}

# start_node NAME PORT: the packaged application on the shared database, as bench/run starts it
start_node() {
  local name=$1 port=$2 started
  started=$(now)
  java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres,demo --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=motcua_test --spring.datasource.password=motcua_test \
    --motcua.notification.sender.enabled=false --logging.level.root=WARN \
    --camunda.bpm.generic-properties.properties.hostname="$name" \
    >"$OUT/$name-$RUN.log" 2>&1 &
  local pid=$!
  NODES+=("$pid")
  eval "PID_$name=$pid"
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && break
    kill -0 "$pid" 2>/dev/null || { tail -50 "$OUT/$name-$RUN.log" >&2; exit 1; }
    sleep 0.25
  done
  curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null \
    || { log "$name did not become healthy"; tail -50 "$OUT/$name-$RUN.log" >&2; exit 1; }
  STARTUP["$name-$RUN"]=$(since "$started")
  log "$name up on port $port in ${STARTUP["$name-$RUN"]} s (pid $pid)"
}

move_clock() { # PORT ISO-INSTANT
  curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "http://127.0.0.1:$1/api/demo/clock" \
    -d "{\"to\":\"$2\"}" >/dev/null || { log "moving the clock of port $1 to $2 failed"; exit 1; }
}

# one commune per client under the demo province, each with a reception official and a unit
# head; the province's inspector (thanhtra.tinh) is every commune's supervisor
setup_communes() {
  local base=$1 desks=()
  for i in $(seq 0 $((CLIENTS - 1))); do
    local code="000.00.$((70 + i)).H99"
    curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "$base/api/agencies" \
      -d "{\"code\":\"$code\",\"name\":\"UBND xã Đột Biến $i\",\"parentCode\":\"000.00.00.H99\"}" >/dev/null
    curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "$base/api/officials" \
      -d "{\"id\":\"burst.tn$i\",\"fullName\":\"Tiếp nhận $i\",\"email\":\"tn$i@bench.motcua.vn\",\"agency\":\"$code\",\"roles\":[\"reception\"],\"password\":\"bench-pass\"}" >/dev/null
    curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "$base/api/officials" \
      -d "{\"id\":\"burst.vp$i\",\"fullName\":\"Trưởng bộ phận $i\",\"email\":\"vp$i@bench.motcua.vn\",\"agency\":\"$code\",\"roles\":[\"unit-head\"],\"password\":\"bench-pass\"}" >/dev/null
    desks+=("burst.tn$i:bench-pass@$code")
  done
  DESKS=("${desks[@]}")
}

# the instant (epoch seconds) every measured ladder timer of the steps is due at; fails unless all
# N steps have each rung's timer and all of one rung share one instant
rung_instants() {
  LAST_RUNG_AT=0
  for rung in $RUNGS; do
    local row count distinct at
    row=$(sql "select count(*), count(distinct duedate_), min(duedate_) from act_ru_job
      where handler_type_ = 'timer-task-listener' and handler_cfg_ = '$STEP\$taskListener~ladder-$rung'")
    IFS='|' read -r count distinct at <<<"$row"
    [ "$count" = "$N" ] && [ "$distinct" = "1" ] \
      || { log "rung $rung: $count timers at $distinct instants, expected $N at one"; exit 1; }
    RUNG_AT[$rung]=$(date -d "$at" +%s)
    log "rung $rung: $count timers due at $(TZ=Asia/Ho_Chi_Minh date -d "@${RUNG_AT[$rung]}" '+%a %F %H:%M %Z')"
    if [ "${RUNG_AT[$rung]}" -gt "$LAST_RUNG_AT" ]; then LAST_RUNG_AT=${RUNG_AT[$rung]}; fi
  done
}
declare -A RUNG_AT

profile_start() { # RUN PIDS...
  [ -n "$PROFILE_DIR" ] || return 0
  local run=$1; shift
  for pid in "$@"; do
    jcmd "$pid" JFR.start name=burst settings=profile filename="$PROFILE_DIR/$run-$pid.jfr" >/dev/null 2>&1 || true
  done
  (
    while true; do
      sleep 10
      for pid in "$@"; do
        jcmd "$pid" Thread.print >>"$PROFILE_DIR/$run-$pid-threads.txt" 2>/dev/null || true
      done
      { echo "--- $(date +%T)"
        sql "select coalesce(wait_event_type, '-'), coalesce(wait_event, '-'), state, count(*),
               left(regexp_replace(min(query), '\s+', ' ', 'g'), 100)
             from pg_stat_activity where datname = '$DB' and pid <> pg_backend_pid()
             group by 1, 2, 3 order by 4 desc" || true; } >>"$PROFILE_DIR/$run-pg_stat_activity.txt"
    done
  ) &
  SAMPLER=$!
}
profile_stop() { # PIDS...
  [ -n "$PROFILE_DIR" ] || return 0
  kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true
  for pid in "$@"; do jcmd "$pid" JFR.stop name=burst >/dev/null 2>&1 || true; done
}

# one run: NODES_COUNT (1 or 2)
run() {
  local nodes=$1
  RUN="${nodes}node"
  log "run with $nodes node(s): recreating $DB"
  recreate_db
  start_node nodeA "$PORT_A"
  move_clock "$PORT_A" "$T0"
  if [ "$nodes" -ge 2 ]; then start_node nodeB "$PORT_B"; fi

  local t
  t=$(now)
  setup_communes "http://127.0.0.1:$PORT_A"
  SETUP_ORG[$nodes]=$(since "$t")
  log "receiving $N dossiers ($PROCEDURE) on node A at $T0 (Vietnam), $CLIENTS clients"
  t=$(now)
  java bench/Burst.java "http://127.0.0.1:$PORT_A" "$N" "$CLIENTS" "$PROCEDURE" "${DESKS[@]}" \
    >"$OUT/intake-$RUN.txt"
  INTAKE[$nodes]=$(since "$t")
  INTAKE_LINE[$nodes]=$(cat "$OUT/intake-$RUN.txt")
  log "intake: ${INTAKE_LINE[$nodes]}"
  local clock_after
  clock_after=$(curl -sf -u "$ADMIN" "http://127.0.0.1:$PORT_A/api/demo/clock" | grep -oE '"localNow":"[^"]+"' | cut -d'"' -f4)
  log "node A's clock after the intake: $clock_after (the steps start at the 07:30 opening)"

  rung_instants
  TARGET=$((LAST_RUNG_AT + 60))
  TARGET_ISO=$(date -u -d "@$TARGET" +%Y-%m-%dT%H:%M:%SZ)
  TARGET_DB=$(date -d "@$TARGET" '+%F %T')
  local early
  early=$(sql "select count(*) from act_ru_job where duedate_ <= '$TARGET_DB'
    and handler_type_ <> 'timer-task-listener' and process_instance_id_ is not null")
  [ "$early" = "0" ] || log "warning: $early other timers of the dossiers (their own rungs) are due in the burst too"
  # what autovacuum would have done by itself a minute later
  sql "set client_min_messages = error; analyze" >/dev/null

  log "moving the clock of $nodes node(s) to $(TZ=Asia/Ho_Chi_Minh date -d "@$TARGET" '+%a %F %H:%M %Z')"
  local pids=("$PID_nodeA")
  if [ "$nodes" -ge 2 ]; then pids+=("$PID_nodeB"); fi
  profile_start "$RUN" "${pids[@]}"
  local started done_at="" expected=$((N * R)) row events pending notes failed
  started=$(now)
  move_clock "$PORT_A" "$TARGET_ISO"
  if [ "$nodes" -ge 2 ]; then move_clock "$PORT_B" "$TARGET_ISO"; fi
  local last_report=0
  while true; do
    row=$(sql "select
        (select count(*) from deadline_event where task_key <> 'dossier' and rung in ($RUNG_LIST)),
        (select count(*) from act_ru_job where handler_type_ = 'timer-task-listener'
           and duedate_ <= '$TARGET_DB'),
        (select count(*) from notification),
        (select count(*) from act_ru_job where exception_msg_ is not null)")
    IFS='|' read -r events pending notes failed <<<"$row"
    local elapsed
    elapsed=$(since "$started")
    if [ "$events" -ge "$expected" ] && [ "$pending" = "0" ]; then
      done_at=$elapsed
      break
    fi
    if [ "${elapsed%.*}" -ge $((last_report + 10)) ]; then
      last_report=${elapsed%.*}
      log "${elapsed} s: $events/$expected rungs recorded, $pending ladder timers left, $notes notifications, $failed jobs failing"
    fi
    if [ "${elapsed%.*}" -ge "$TIMEOUT" ]; then
      log "timeout after $TIMEOUT s: $events/$expected rungs recorded, $pending ladder timers left"
      break
    fi
    sleep 0.5
  done
  profile_stop "${pids[@]}"
  TIME[$nodes]=${done_at:-"> $TIMEOUT"}
  if [ -n "$done_at" ]; then log "all $expected rungs of $N steps handled in $done_at s"; fi

  # per (step, rung): one event, one outbox row per member of the group told, the flag, the
  # escalation's candidate group; and the dossier history, the candidate links, the job log
  row=$(sql "
    with steps as (select task_id, dossier_code, unit_group, flag from dossier_step
                   where activity_id = '$STEP'),
    rungs(r) as (values $RUNG_VALUES),
    ev as (select task_key, rung, count(*) n, min(id) id, min(escalated_to) esc
           from deadline_event where task_key <> 'dossier' group by 1, 2),
    nt as (select dedup_key, count(*) n, count(distinct recipient) d from notification group by 1),
    members as (select group_id_, count(*) n from act_id_membership group by 1),
    links as (select task_id_, group_id_, count(*) n from act_ru_identitylink
              where type_ = 'candidate' group by 1, 2),
    pairs as (
      select s.task_id, s.flag, r.r, ev.n events, ev.esc, coalesce(nt.n, 0) notes,
             coalesce(nt.d, 0) recipients, coalesce(m.n, 0) told, l.n links
      from steps s cross join rungs r
      left join ev on ev.task_key = s.task_id and ev.rung = r.r
      left join nt on nt.dedup_key = 'deadline-event:' || ev.id
      left join members m on m.group_id_ =
        case when r.r in ('SOON_DUE', 'OVERDUE') then s.unit_group else ev.esc end
      left join links l on l.task_id_ = s.task_id and l.group_id_ = ev.esc)
    select
      (select count(*) from steps),
      count(*) filter (where events is null),
      count(*) filter (where events > 1),
      count(*) filter (where events is not null and (told = 0 or recipients < told)),
      count(*) filter (where notes > told or notes > recipients),
      count(*) filter (where r = 'OVERDUE' and flag <> 'OVERDUE'),
      count(*) filter (where r in ('UNIT_HEAD', 'SUPERVISOR') and events is not null
                         and (esc is null or links is null)),
      count(*) filter (where links > 1),
      coalesce(sum(told) filter (where events is not null), 0),
      (select count(*) from (select dossier_code, kind from dossier_event
         where kind in ('StepSoonDue', 'StepOverdue') group by 1, 2 having count(*) > 1) d)
      + (select count(*) from (select dossier_code from dossier_event where kind = 'DossierEscalated'
         group by 1 having count(*) > $(echo "$RUNGS" | grep -o 'UNIT_HEAD\|SUPERVISOR' | wc -l)) d),
      (select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2
         and job_def_type_ = 'timer-task-listener' group by 1 having count(*) > 1) d),
      (select count(*) from act_hi_job_log where job_state_ = 1),
      (select count(*) from deadline_event where task_key = 'dossier')
    from pairs")
  local steps no_event dup_event note_missing note_dup flag_missing esc_missing link_dup told hist_dup job_dup job_failed dossier_rungs
  IFS='|' read -r steps no_event dup_event note_missing note_dup flag_missing esc_missing link_dup told hist_dup job_dup job_failed dossier_rungs <<<"$row"
  DUPS[$nodes]=$((dup_event + note_dup + link_dup + hist_dup + job_dup))
  MISSED[$nodes]=$((no_event + note_missing + flag_missing + esc_missing))
  [ "$steps" = "$N" ] || { log "expected $N steps, found $steps"; MISSED[$nodes]=$((MISSED[$nodes] + N - steps)); }
  DETAIL[$nodes]="events missing $no_event, duplicated $dup_event; outbox rows missing $note_missing, duplicated $note_dup (expected $told); OVERDUE flags missing $flag_missing; escalations missing $esc_missing, candidate links duplicated $link_dup; dossier history duplicated $hist_dup; jobs run twice $job_dup"
  FAILED[$nodes]=$job_failed
  DOSSIER_RUNGS[$nodes]=$dossier_rungs
  log "checks: ${DETAIL[$nodes]}; failed job executions $job_failed"
  SHARE[$nodes]=$(sql "select string_agg(hostname_ || ' ' || n, ', ' order by hostname_) from
      (select hostname_, count(*) n from act_hi_job_log where job_state_ = 2
       and job_def_type_ = 'timer-task-listener' group by 1) d")
  LAST_AT[$nodes]=$(sql "select string_agg(rung || ' +' || s || ' s', ', ' order by s) from
      (select rung, round(extract(epoch from max(at) - to_timestamp($TARGET))::numeric, 0) s
       from deadline_event group by 1) d")
  if [ -n "$PROFILE_DIR" ]; then cp "$OUT"/node*-"$RUN".log "$PROFILE_DIR"/ 2>/dev/null || true; fi
  stop_nodes
}

declare -A STARTUP TIME INTAKE INTAKE_LINE SETUP_ORG DUPS MISSED DETAIL FAILED SHARE LAST_AT DOSSIER_RUNGS
run 1
run 2

rate() { # TIME COUNT
  case "$1" in ">"*) echo "-" ;; *) awk -v n="$2" -v t="$1" 'BEGIN { printf "%.1f", n / t }' ;; esac
}
field() { echo "$1" | grep -oE "$2=[0-9.]+" | cut -d= -f2; }
echo
echo "Deadline burst, $MODE: $N open steps (reception of $PROCEDURE, budget PT1H) over $CLIENTS communes,"
echo "all due at the same instant; clock moved past rungs $(echo "$RUNGS" | tr ' ' ',') ($R per step)."
echo
echo "| deadline burst | steps | nodes | time to all handled (s) | handled/s | duplicates | missed |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in 1 2; do
  echo "| $(echo "$RUNGS" | tr ' ' ',') | $N | $n | ${TIME[$n]} | $(rate "${TIME[$n]}" "$N") | ${DUPS[$n]} | ${MISSED[$n]} |"
done
echo
echo "| measure | value |"
echo "| --- | ---: |"
for n in 1 2; do
  echo "| $n node(s): communes and officials through the admin API (s) | ${SETUP_ORG[$n]} |"
  echo "| $n node(s): start-up to healthy, node A$([ "$n" -ge 2 ] && echo ' / node B') (s) | ${STARTUP["nodeA-${n}node"]}$([ "$n" -ge 2 ] && echo " / ${STARTUP["nodeB-${n}node"]}") |"
  echo "| $n node(s): $N dossiers received on node A, $CLIENTS clients (s) | $(field "${INTAKE_LINE[$n]}" seconds) |"
  echo "| $n node(s): intake rate (dossiers/s) | $(field "${INTAKE_LINE[$n]}" rate) |"
  echo "| $n node(s): intake p50 / p95 (ms) | $(field "${INTAKE_LINE[$n]}" p50ms) / $(field "${INTAKE_LINE[$n]}" p95ms) |"
  echo "| $n node(s): rung timers run per second | $(rate "${TIME[$n]}" $((N * R))) |"
  echo "| $n node(s): ladder timers run per node | ${SHARE[$n]} |"
  echo "| $n node(s): failed job executions (retried) | ${FAILED[$n]} |"
  echo "| $n node(s): last event of each rung after the clock moved | ${LAST_AT[$n]} |"
  if [ "${DOSSIER_RUNGS[$n]}" != "0" ]; then echo "| $n node(s): dossier rungs that fired too | ${DOSSIER_RUNGS[$n]} |"; fi
done
echo
for n in 1 2; do echo "Checks, $n node(s): ${DETAIL[$n]}."; done
echo "Machine: $(nproc) cores, PostgreSQL $(psql -h 127.0.0.1 -U motcua_test -d postgres -tAc 'show server_version' 2>/dev/null || echo '?'), $(java -version 2>&1 | head -1); T0 $T0 (Vietnam), commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')."
