#!/usr/bin/env bash
# The deadline burst (issue 9): N open steps whose budgets end at the same instant; the engine clock
# jumps past their escalation ladder; how long until every step is flagged, escalated and notified,
# each exactly once, on one node and on two nodes sharing the database.
#
#   bench/burst.sh            20 000 steps
#   bench/burst.sh --quick    500 steps (a few minutes)
#
# Set-up, once: a database of its own (motcua_bench_burst_seed), the packaged application on it
# (profiles postgres,demo, as bench/run starts it; the notification sender off, so "notified" means
# a row queued in the notification outbox), node A's demo clock at T0 = 06:00 (Vietnam) on the next
# Monday, 8 communes each with a reception official and a unit head (the province's inspector is
# their supervisor), and N construction permits received at the counter through POST
# /api/dossiers (bench/Burst.java: 8 clients, each the reception official of its own commune,
# because a commune's dossier-code counter is locked until the receiving transaction commits).
# Received before the 07:30 opening, every reception step (budget PT4H) starts at 07:30, so all N
# budgets end at 11:30 however long the intake took. Each step's ladder (one timer at a time, for
# its next rung): SOON_DUE 10:30, OVERDUE 11:30, UNIT_HEAD Tuesday 11:30, SUPERVISOR Wednesday 11:30;
# the dossiers' own rungs (15 calendar days) fall in the following week, so the burst is step rungs
# only. (Until December 2026 the burst ran marriage registrations, whose reception budget is PT1H:
# marriage is now due the same working day, so its own rungs would fall inside the burst.)
#
# Then two runs on copies of that database (CREATE DATABASE motcua_bench_burst TEMPLATE …, so both
# start from the same dossiers and timers): one node, then nodes A and B. Each starts its node(s)
# afresh, jumps the clock of every node to one minute past the last measured rung (BURST_UNTIL,
# default SUPERVISOR: all four rungs), polls the database until every rung of every step is recorded
# and no ladder timer is left (at most BURST_TIMEOUT), then checks each (step, rung) for exactly one
# event, its flag, its escalation (the candidate group added) and one outbox row per member of the
# group told, plus the dossier history, the candidate links and the job log for doubles. During the
# burst it samples pg_stat_activity and the CPU time of the nodes and of their PostgreSQL sessions.
#
# Environment: BURST_JAR (skip the build), BURST_PORT_A (18082), BURST_PORT_B (18083), BURST_UNTIL
# (OVERDUE | UNIT_HEAD | SUPERVISOR), BURST_N (override the number of steps), BURST_CLIENTS (8
# clients and as many communes, at most 29), BURST_TIMEOUT (600 s per burst),
# BURST_PROFILE_DIR (if set: a JFR recording of each node and thread dumps every 10 s go there),
# BURST_KEEP=1 (keep the logs directory), BURST_DB (the database, default ${BENCH_DB}_burst,
# motcua_bench_burst; its seed is BURST_DB_seed), BENCH_HISTORY (the nodes' engine history level:
# full, audit, activity or none; the application's own when unset). What-if experiments, printed with the results:
# BURST_SEED_SQL (SQL run on the seed after the intake, e.g. an index), BURST_DB_PARAMS (appended
# to the nodes' JDBC URL, e.g. options=-c%20jit%3Doff).
# Needs PostgreSQL on 127.0.0.1:5432 with the role motcua_test (src/test/env/prepare.sh).
set -euo pipefail
cd "$(dirname "$0")/.."

N=20000 MODE=full
if [ "${1:-}" = "--quick" ]; then N=500 MODE=quick; fi
TIMEOUT=${BURST_TIMEOUT:-600}
N=${BURST_N:-$N}
PORT_A=${BURST_PORT_A:-18082}
PORT_B=${BURST_PORT_B:-18083}
UNTIL=${BURST_UNTIL:-SUPERVISOR}
CLIENTS=${BURST_CLIENTS:-8}
PROFILE_DIR=${BURST_PROFILE_DIR:-}
DB=${BURST_DB:-${BENCH_DB:-motcua_bench}_burst}
SEED=${DB}_seed
HISTORY_LEVEL=${BENCH_HISTORY:-}
case "$HISTORY_LEVEL" in ""|full|audit|activity|none) ;; *) echo "burst: BENCH_HISTORY is full, audit, activity or none" >&2; exit 2 ;; esac
PROCEDURE=construction-permit-house
STEP=Task_Reception
ADMIN="admin:demo"
if [ "$CLIENTS" -lt 1 ] || [ "$CLIENTS" -gt 29 ]; then echo "burst: BURST_CLIENTS is 1 to 29" >&2; exit 2; fi
case "$UNTIL" in
  OVERDUE) RUNGS="SOON_DUE OVERDUE" ;;
  UNIT_HEAD) RUNGS="SOON_DUE OVERDUE UNIT_HEAD" ;;
  SUPERVISOR) RUNGS="SOON_DUE OVERDUE UNIT_HEAD SUPERVISOR" ;;
  *) echo "burst: BURST_UNTIL must be OVERDUE, UNIT_HEAD or SUPERVISOR" >&2; exit 2 ;;
esac
R=$(echo "$RUNGS" | wc -w)
ESCALATIONS=$(echo "$RUNGS" | grep -o 'UNIT_HEAD\|SUPERVISOR' | wc -l)
RUNG_LIST=$(printf "'%s'," $RUNGS); RUNG_LIST=${RUNG_LIST%,}
RUNG_VALUES=$(printf "('%s')," $RUNGS); RUNG_VALUES=${RUNG_VALUES%,}
OUT=$(mktemp -d /tmp/burst.XXXXXX)
LOAD0=$(cut -d' ' -f1-3 /proc/loadavg)
if [ -n "$PROFILE_DIR" ]; then mkdir -p "$PROFILE_DIR"; fi
NODES=()
SAMPLER=
log() { echo "burst: $*" >&2; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 > 0) printf "%.1f", a / b; else print "-" }'; }

# the role and the server; prepare.sh also drops the tests' databases, so only when something lacks
psql_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "$1"
  else
    sudo -n su postgres -c "psql -d postgres -tAc \"$1\""
  fi
}
stop_nodes() {
  for pid in "${NODES[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${NODES[@]}"; do wait "$pid" 2>/dev/null || true; done
  NODES=()
}
AUTOVACUUM=
finish() {
  status=$?
  if [ -n "$SAMPLER" ]; then kill "$SAMPLER" 2>/dev/null || true; fi
  if [ -n "$AUTOVACUUM" ]; then kill "$AUTOVACUUM" 2>/dev/null || true; fi
  stop_nodes
  psql_admin "drop database if exists $SEED with (force)" >/dev/null 2>&1 || true
  if [ "$status" -ne 0 ] || [ -n "${BURST_KEEP:-}" ]; then
    echo "burst: logs kept in $OUT" >&2
  else
    rm -rf "$OUT"
  fi
}
trap finish EXIT
trap 'exit 130' INT TERM

if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null \
  || [ "$(psql_admin "select 1 from pg_roles where rolname = 'motcua_test'")" != "1" ]; then
  bash src/test/env/prepare.sh >/dev/null
fi
export PGPASSWORD=motcua_test
CUR_DB=$SEED
sql() { psql -h 127.0.0.1 -U motcua_test -d "$CUR_DB" -v ON_ERROR_STOP=1 -qtAX -F '|' -c "$1"; }

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

# start_node NAME PORT: the packaged application on $CUR_DB, as bench/run starts it
declare -A STARTUP
start_node() {
  local name=$1 port=$2 started pid
  started=$(now)
  java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres,demo --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$CUR_DB${BURST_DB_PARAMS:+?$BURST_DB_PARAMS}" \
    --spring.datasource.username=motcua_test --spring.datasource.password=motcua_test \
    --motcua.notification.sender.enabled=false --logging.level.root=WARN \
    --camunda.bpm.generic-properties.properties.hostname="$name" \
    ${HISTORY_LEVEL:+--camunda.bpm.history-level=$HISTORY_LEVEL} \
    >"$OUT/$name-$RUN.log" 2>&1 &
  pid=$!
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

# ---------------------------------------------------------------- set-up, once, on the seed
RUN=setup
log "set-up: database $SEED, node A, clock at $T0 (Vietnam)"
psql_admin "drop database if exists $SEED with (force)" >/dev/null
psql_admin "create database $SEED owner motcua_test" >/dev/null
start_node nodeA "$PORT_A"
move_clock "$PORT_A" "$T0"

t=$(now)
DESKS=()
for i in $(seq 0 $((CLIENTS - 1))); do
  code="000.00.$((70 + i)).H99"
  curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT_A/api/agencies" \
    -d "{\"code\":\"$code\",\"name\":\"UBND xã Đột Biến $i\",\"parentCode\":\"000.00.00.H99\"}" >/dev/null
  curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT_A/api/officials" \
    -d "{\"id\":\"burst.tn$i\",\"fullName\":\"Tiếp nhận $i\",\"email\":\"tn$i@bench.motcua.vn\",\"agency\":\"$code\",\"roles\":[\"reception\"],\"password\":\"bench-passphrase-26\"}" >/dev/null
  curl -sf -u "$ADMIN" -H 'Content-Type: application/json' "http://127.0.0.1:$PORT_A/api/officials" \
    -d "{\"id\":\"burst.vp$i\",\"fullName\":\"Trưởng bộ phận $i\",\"email\":\"vp$i@bench.motcua.vn\",\"agency\":\"$code\",\"roles\":[\"unit-head\"],\"password\":\"bench-passphrase-26\"}" >/dev/null
  DESKS+=("burst.tn$i:bench-passphrase-26@$code")
done
SETUP_ORG=$(since "$t")

log "set-up: receiving $N dossiers ($PROCEDURE) on node A, $CLIENTS clients"
java bench/Burst.java "http://127.0.0.1:$PORT_A" "$N" "$CLIENTS" "$PROCEDURE" "${DESKS[@]}" \
  >"$OUT/intake.txt"
INTAKE=$(cat "$OUT/intake.txt")
field() { echo "$INTAKE" | grep -oE "$1=[0-9.]+" | cut -d= -f2; }
log "set-up: $INTAKE"
CLOCK_AFTER=$(curl -sf -u "$ADMIN" "http://127.0.0.1:$PORT_A/api/demo/clock" \
  | grep -oE '"localNow":"[^"]+"' | cut -d'"' -f4)
log "set-up: node A's clock after the intake: $CLOCK_AFTER (the steps start at the 07:30 opening)"

# every measured rung: N steps reach it at one instant; the clock goes one minute past the last.
# A step holds one ladder timer at a time (the next rung's): SOON_DUE is read from those timers,
# OVERDUE from the steps' due dates, and UNIT_HEAD and SUPERVISOR are one and two working days
# after it (the defaults, motcua.deadline.*-after = P1D; Tuesday and Wednesday of a week that
# starts on a Monday: a holiday there would leave rungs unrecorded and the burst would time out).
LAST_RUNG_AT=0
RUNG_TIMES=
rung_instants() {
  case "$1" in
    SOON_DUE) sql "select count(*), count(distinct duedate_), min(duedate_) from act_ru_job
      where handler_type_ = 'timer-task-listener'
        and handler_cfg_ = '$STEP\$taskListener~ladder-SOON_DUE'" ;;
    *) local days
      case "$1" in OVERDUE) days=0 ;; UNIT_HEAD) days=1 ;; SUPERVISOR) days=2 ;; esac
      sql "select count(*), count(distinct due_date_), min(due_date_) + interval '$days days'
        from act_ru_task where task_def_key_ = '$STEP'" ;;
  esac
}
for rung in $RUNGS; do
  IFS='|' read -r count distinct at <<<"$(rung_instants "$rung")"
  [ "$count" = "$N" ] && [ "$distinct" = "1" ] \
    || { log "rung $rung: $count steps at $distinct instants, expected $N at one"; exit 1; }
  at=$(date -d "$at" +%s)
  local_at=$(TZ=Asia/Ho_Chi_Minh date -d "@$at" '+%a %H:%M')
  RUNG_TIMES="$RUNG_TIMES${RUNG_TIMES:+, }$rung $local_at"
  log "set-up: rung $rung: $count steps reach it at $local_at (Vietnam)"
  if [ "$at" -gt "$LAST_RUNG_AT" ]; then LAST_RUNG_AT=$at; fi
done
TARGET=$((LAST_RUNG_AT + 60))
TARGET_ISO=$(date -u -d "@$TARGET" +%Y-%m-%dT%H:%M:%SZ)
TARGET_DB=$(date -d "@$TARGET" '+%F %T')
TARGET_LOCAL=$(TZ=Asia/Ho_Chi_Minh date -d "@$TARGET" '+%a %F %H:%M')
OTHERS=$(sql "select count(*) from act_ru_job where duedate_ <= '$TARGET_DB'
  and handler_type_ <> 'timer-task-listener' and process_instance_id_ is not null")
if [ "$OTHERS" != "0" ]; then log "warning: $OTHERS other timers of the dossiers fall in the burst too"; fi
if [ -n "${BURST_SEED_SQL:-}" ]; then
  log "set-up: what-if: $BURST_SEED_SQL"
  sql "$BURST_SEED_SQL" >/dev/null
fi
# what autovacuum would do by itself within a minute of such a load
sql "set client_min_messages = error; analyze" >/dev/null
stop_nodes

# ---------------------------------------------------------------- the burst
cpu_ticks() { # PIDS... -> "pid ticks" lines (user + system, in clock ticks)
  for p in "$@"; do
    [ -r "/proc/$p/stat" ] && awk -v p="$p" '{ print p, $14 + $15 }' "/proc/$p/stat" || true
  done
}
backend_pids() { sql "select pid from pg_stat_activity where datname = '$CUR_DB' and pid <> pg_backend_pid()"; }
machine_ticks() { awk '/^cpu / { print $2 + $3 + $4 + $7 + $8 + $9, $5 + $6 }' /proc/stat; }
delta_ticks() { # START-FILE END-FILE -> total ticks spent between them by the pids of END-FILE
  awk 'NR == FNR { start[$1] = $2; next } { sum += $2 - ($1 in start ? start[$1] : 0) } END { print sum + 0 }' "$1" "$2"
}

declare -A TIME DUPS MISSED DETAIL FAILED SHARE LAST_AT METRICS WAITS CPU CLONE LOCKS
run() {
  local nodes=$1 t
  RUN="${nodes}node"
  CUR_DB=$DB
  log "run with $nodes node(s): $DB copied from the seed"
  t=$(now)
  psql_admin "drop database if exists $DB with (force)" >/dev/null
  psql_admin "create database $DB template $SEED owner motcua_test" >/dev/null
  CLONE[$nodes]=$(since "$t")
  start_node nodeA "$PORT_A"
  local pids=("$PID_nodeA")
  if [ "$nodes" -ge 2 ]; then start_node nodeB "$PORT_B"; pids+=("$PID_nodeB"); fi

  if [ -n "$PROFILE_DIR" ]; then
    for pid in "${pids[@]}"; do
      jcmd "$pid" JFR.start name=burst settings=profile filename="$PROFILE_DIR/$RUN-$pid.jfr" >/dev/null 2>&1 || true
    done
    ( while true; do
        sleep 10
        for pid in "${pids[@]}"; do jcmd "$pid" Thread.print >>"$PROFILE_DIR/$RUN-$pid-threads.txt" 2>/dev/null || true; done
      done ) &
    SAMPLER=$!
  fi
  local samples="$OUT/pg-$RUN.txt"
  : >"$samples"
  cpu_ticks "${pids[@]}" >"$OUT/jvm-start"
  cpu_ticks $(backend_pids) >"$OUT/pg-start"
  local machine_start
  machine_start=$(machine_ticks)

  log "moving the clock of $nodes node(s) to $TARGET_LOCAL (Vietnam)"
  local started done_at="" expected=$((N * R)) row events pending notes failed elapsed last_report=0
  # autovacuum's work during the burst, as on a server where it is on (bench/autovacuum.sh)
  bash bench/autovacuum.sh "$DB" & AUTOVACUUM=$!
  started=$(now)
  move_clock "$PORT_A" "$TARGET_ISO"
  if [ "$nodes" -ge 2 ]; then move_clock "$PORT_B" "$TARGET_ISO"; fi
  while true; do
    row=$(sql "select
        (select count(*) from deadline_event where task_key <> 'dossier' and rung in ($RUNG_LIST)),
        (select count(*) from act_ru_job where handler_type_ = 'timer-task-listener'
           and duedate_ <= '$TARGET_DB'),
        (select count(*) from notification),
        (select count(*) from act_ru_job where exception_msg_ is not null)")
    IFS='|' read -r events pending notes failed <<<"$row"
    elapsed=$(since "$started")
    if [ "$events" -ge "$expected" ] && [ "$pending" = "0" ]; then
      done_at=$elapsed
      break
    fi
    # what the sessions of the nodes are doing right now
    sql "select state, coalesce(wait_event_type, 'CPU'), coalesce(wait_event, '-'),
           case when state = 'active' then left(regexp_replace(query, '\s+', ' ', 'g'), 70) else '' end
         from pg_stat_activity where datname = '$CUR_DB' and pid <> pg_backend_pid()
           and state <> 'idle'" >>"$samples" || true
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
  local wall machine_end
  wall=$(since "$started")
  kill "$AUTOVACUUM" 2>/dev/null || true; AUTOVACUUM=
  machine_end=$(machine_ticks)
  cpu_ticks "${pids[@]}" >"$OUT/jvm-end"
  cpu_ticks $(backend_pids) >"$OUT/pg-end"
  if [ -n "$PROFILE_DIR" ]; then
    kill "$SAMPLER" 2>/dev/null || true; wait "$SAMPLER" 2>/dev/null || true; SAMPLER=
    for pid in "${pids[@]}"; do jcmd "$pid" JFR.stop name=burst >/dev/null 2>&1 || true; done
    cp "$samples" "$PROFILE_DIR/"
  fi
  TIME[$nodes]=${done_at:-"> $TIMEOUT (time limit)"}
  if [ -n "$done_at" ]; then log "all $expected rungs of $N steps handled in $done_at s"; fi

  # CPU during the burst: the nodes, their PostgreSQL sessions, the whole machine (2 cores = 200%)
  local hz jvm pg busy idle
  hz=$(getconf CLK_TCK)
  jvm=$(delta_ticks "$OUT/jvm-start" "$OUT/jvm-end")
  pg=$(delta_ticks "$OUT/pg-start" "$OUT/pg-end")
  read -r busy idle <<<"$machine_end"
  read -r b0 i0 <<<"$machine_start"
  CPU[$nodes]="nodes $(ratio "$jvm" "$hz") s, their PostgreSQL sessions $(ratio "$pg" "$hz") s, in ${wall} s on $(nproc) cores; machine busy $(awk -v b=$((busy - b0)) -v i=$((idle - i0)) 'BEGIN { printf "%.0f", 100 * b / (b + i) }')%"
  # the sessions sampled (every poll): running, waiting for the application, waiting on a lock…
  WAITS[$nodes]=$(awk -F'|' '{
      n++
      if ($2 == "Lock") k = "lock wait (" $3 "): " $4
      else if ($1 == "idle in transaction") k = "idle in transaction (the node works)"
      else if ($2 == "CPU") k = "running: " $4
      else k = $2 " " $3 ": " $4
      c[k]++ }
    END { for (k in c) printf "%d%% %s\n", 100 * c[k] / n, k }' "$samples" | sort -rn | head -5 | paste -sd ';' | sed 's/;/; /g')
  # the lock-wait share: sampled sessions waiting on a heavyweight lock (a row, a tuple, a
  # transaction id…) over the sampled active sessions (what the target reads), and over all the
  # sampled sessions not idle (idle in transaction too: a node working between two statements)
  LOCKS[$nodes]=$(awk -F'|' '{ all++; if ($1 == "active") n++; if ($2 == "Lock") k++ }
    END { if (n) printf "%.1f %d %d %.1f %d", 100 * k / n, k, n, 100 * k / all, all; else print "- 0 0 - 0" }' "$samples")

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
         group by 1 having count(*) > $ESCALATIONS) d),
      (select count(*) from (select job_id_ from act_hi_job_log where job_state_ = 2
         and job_def_type_ = 'timer-task-listener' group by 1 having count(*) > 1) d),
      (select count(*) from act_hi_job_log where job_state_ = 1),
      (select count(*) from deadline_event where task_key = 'dossier')
    from pairs")
  local steps no_event dup_event note_missing note_dup flag_missing esc_missing link_dup told hist_dup job_dup job_failed dossier_rungs
  IFS='|' read -r steps no_event dup_event note_missing note_dup flag_missing esc_missing link_dup told hist_dup job_dup job_failed dossier_rungs <<<"$row"
  DUPS[$nodes]=$((dup_event + note_dup + link_dup + hist_dup + job_dup))
  MISSED[$nodes]=$((no_event + note_missing + flag_missing + esc_missing + N - steps))
  DETAIL[$nodes]="events missing $no_event, doubled $dup_event; outbox rows missing $note_missing, doubled $note_dup (expected $told); OVERDUE flags missing $flag_missing; escalations missing $esc_missing, candidate links doubled $link_dup; dossier history doubled $hist_dup; ladder jobs run twice $job_dup; dossier rungs fired $dossier_rungs"
  FAILED[$nodes]=$job_failed
  log "checks: ${DETAIL[$nodes]}; failed job executions $job_failed"
  SHARE[$nodes]=$(sql "select string_agg(hostname_ || ' ' || n, ', ' order by hostname_) from
      (select hostname_, count(*) n from act_hi_job_log where job_state_ = 2
       and job_def_type_ = 'timer-task-listener' group by 1) d")
  LAST_AT[$nodes]=$(sql "select string_agg(rung || ' +' || s || ' s', ', ' order by s) from
      (select rung, round(extract(epoch from max(at) - to_timestamp($TARGET))::numeric, 0) s
       from deadline_event group by 1) d")
  if [ -n "$PROFILE_DIR" ]; then cp "$OUT"/node*-"$RUN".log "$PROFILE_DIR"/ 2>/dev/null || true; fi
  # the engines report their job executor metrics when they close
  stop_nodes
  METRICS[$nodes]=$(sql "select string_agg(m, '; ' order by m) from (
      select split_part(reporter_, '\$', 1) || ': ' || string_agg(replace(name_, 'job-', '') || ' ' || v, ', ' order by name_) m
      from (select reporter_, name_, sum(value_) v from act_ru_meter_log
            where name_ in ('job-acquisition-attempt', 'job-acquired-success', 'job-acquired-failure',
                            'job-execution-rejected', 'job-locked-exclusive')
              and timestamp_ >= '$TARGET_DB' group by 1, 2) d group by reporter_) e")
}

run 1
run 2

echo
echo "Deadline burst, $MODE: $N open steps (reception of $PROCEDURE, budget PT4H, over $CLIENTS communes)"
echo "received before opening so that all budgets end at the same instant; the clock then jumps to"
echo "$TARGET_LOCAL, one minute past rungs $(echo "$RUNGS" | tr ' ' ',') ($R timers per step, $((N * R)) in all)."
echo "handled/s = steps whose $R rungs are all recorded, per second; missed = (step, rung) pairs not"
echo "handled (no event, outbox row, flag or escalation) when all were done or the time limit was reached."
if [ -n "${BURST_SEED_SQL:-}${BURST_DB_PARAMS:-}" ]; then
  echo
  echo "**What-if, not the application as it ships:**${BURST_SEED_SQL:+ on the seed \`$BURST_SEED_SQL\`}${BURST_DB_PARAMS:+; JDBC URL parameters \`$BURST_DB_PARAMS\`}."
fi
echo
echo "| deadline burst | steps | nodes | time to all handled (s) | handled/s | duplicates | missed |"
echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: |"
for n in 1 2; do
  echo "| $(echo "$RUNGS" | tr ' ' ',') | $N | $n | ${TIME[$n]} | $(ratio "$N" "${TIME[$n]}") | ${DUPS[$n]} | ${MISSED[$n]} |"
done
echo
echo "| measure | value |"
echo "| --- | ---: |"
echo "| set-up: start-up of node A to healthy (s) | ${STARTUP[nodeA-setup]} |"
echo "| set-up: $CLIENTS communes with their officials through the admin API (s) | $SETUP_ORG |"
echo "| set-up: $N dossiers received at the counter, $CLIENTS clients (s) | $(field seconds) |"
echo "| set-up: intake rate (dossiers/s) | $(field rate) |"
echo "| set-up: intake latency p50 / p95 (ms) | $(field p50ms) / $(field p95ms) |"
echo "| set-up: ladder instants (Vietnam) | $RUNG_TIMES |"
for n in 1 2; do
  echo "| $n node(s): database copied from the seed (s) | ${CLONE[$n]} |"
  echo "| $n node(s): start-up to healthy (s) | ${STARTUP[nodeA-${n}node]}$([ "$n" -ge 2 ] && echo " / ${STARTUP[nodeB-${n}node]}") |"
  echo "| $n node(s): rung timers run per second | $(ratio $((N * R)) "${TIME[$n]}") |"
  echo "| $n node(s): ladder timers run per node | ${SHARE[$n]} |"
  echo "| $n node(s): failed job executions (retried) | ${FAILED[$n]} |"
  echo "| $n node(s): last event of each rung after the clock moved | ${LAST_AT[$n]} |"
  echo "| $n node(s): job executor metrics | ${METRICS[$n]:--} |"
  echo "| $n node(s): CPU during the burst | ${CPU[$n]} |"
  echo "| $n node(s): their PostgreSQL sessions, sampled | ${WAITS[$n]:--} |"
done
# the targets of issue 23: two nodes no slower than one, both within 90 s, lock waits at most 2%
# of the sampled active sessions; "met" only at or within the target (2% over is not met)
status() { # VALUE le|ge LIMIT
  awk -v v="$1" -v op="$2" -v l="$3" 'BEGIN {
    if (v !~ /^[0-9.]+$/) { print "not met"; exit }
    ok = op == "le" ? v + 0 <= l + 0 : v + 0 >= l + 0; print ok ? "met" : "not met" }'
}
SPEEDUP=$(awk -v a="${TIME[1]}" -v b="${TIME[2]}" 'BEGIN {
  if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.2f", a / b; else print "-" }')
echo
echo "| burst target | figure | target | status |"
echo "| --- | ---: | --- | --- |"
echo "| two nodes / one node, speed (time of one / time of two) | ${SPEEDUP}× | ≥ 1.0× | $(status "$SPEEDUP" ge 1.0) |"
for n in 1 2; do
  echo "| $n node(s): time to all handled (s) | ${TIME[$n]} | ≤ 90 s | $(status "${TIME[$n]}" le 90) |"
done
for n in 1 2; do
  read -r share waiting active of_all all <<<"${LOCKS[$n]}"
  if [ "${active:-0}" = 0 ]; then
    # no sampled session was active (all idle in transaction while the nodes worked): nothing to judge
    echo "| $n node(s): sampled active sessions waiting on a lock (none of $all sampled sessions not idle was active) | - | ≤ 2% | n/a |"
  else
    echo "| $n node(s): sampled active sessions waiting on a lock ($of_all% of all $all sampled sessions not idle) | $share% ($waiting of $active) | ≤ 2% | $(status "$share" le 2) |"
  fi
done
echo
for n in 1 2; do echo "Checks, $n node(s): ${DETAIL[$n]}."; done
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f", $2 / 1048576}' /proc/meminfo) GiB, PostgreSQL $(psql -h 127.0.0.1 -U motcua_test -d postgres -tAc 'show server_version' 2>/dev/null | cut -d' ' -f1), $(java -version 2>&1 | head -1); load average at the start $LOAD0, at the end $(cut -d' ' -f1-3 /proc/loadavg); T0 $T0 (Vietnam); commit $(git rev-parse --short HEAD)$(git diff --quiet || echo '+changes')."
echo "Engine history level: ${HISTORY_LEVEL:-as the application sets it (camunda.bpm.history-level)}."
# a rung doubled or missed is a failed check (the report above is printed all the same)
for n in 1 2; do
  if [ "${DUPS[$n]}" != 0 ] || [ "${MISSED[$n]}" != 0 ]; then
    log "check failed: $n node(s): ${DUPS[$n]} duplicates, ${MISSED[$n]} missed"
    exit 1
  fi
done
