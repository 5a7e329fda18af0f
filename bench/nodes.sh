# Our nodes and the load balancer in front of two of them, for bench/run (sourced; uses JAR, DB, OUT,
# HISTORY_LEVEL and psql through bench_sql).
#
# start_node NAME PORT LOG: the packaged application on $DB (profiles postgres, demo; the demo keys,
# the same on every node), the engine's hostname NAME (its job log and metrics tell the nodes
# apart, as bench/burst.sh starts them), the history level of BENCH_HISTORY if set; waits until it
# is healthy and leaves its pid in NODE_PID.
start_node() {
  local name=$1 port=$2 log=$3
  java -Xmx1g -jar "$JAR" --spring.profiles.active=postgres,demo --server.port="$port" \
    --spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    --spring.datasource.username=motcua_test --spring.datasource.password=motcua_test \
    --motcua.notification.sender.enabled=false --logging.level.root=WARN \
    --logging.level.vn.motcua.notification.sms=INFO \
    --motcua.public.limits.default.requests=1000000000 --motcua.public.limits.default.per=PT1M \
    --camunda.bpm.generic-properties.properties.hostname="$name" \
    ${HISTORY_LEVEL:+--camunda.bpm.history-level=$HISTORY_LEVEL} \
    >"$log" 2>&1 &
  NODE_PID=$!
  for _ in $(seq 1 480); do
    curl -sf "http://127.0.0.1:$port/actuator/health" >/dev/null 2>&1 && return 0
    kill -0 "$NODE_PID" 2>/dev/null || { tail -50 "$log" >&2; exit 1; }
    sleep 0.25
  done
  echo "bench: $name not healthy after 120 s" >&2
  tail -50 "$log" >&2
  exit 1
}

# start_haproxy PORT BACKEND-PORT...: Debian's haproxy in the foreground (-db) on a configuration
# generated in $OUT: round robin over the nodes, each checked every second on its health endpoint;
# its statistics (requests per node) at /haproxy-stats. Leaves its pid in HAPROXY and returns when
# every node is up behind it.
start_haproxy() {
  local port=$1 i=0 backend
  shift
  command -v haproxy >/dev/null \
    || { echo "bench: haproxy is missing (apt-get install haproxy; src/test/env/prepare.sh)" >&2; exit 1; }
  {
    echo "global"
    echo "  maxconn 512"
    echo "defaults"
    echo "  mode http"
    echo "  timeout connect 5s"
    echo "  timeout client 60s"
    echo "  timeout server 60s"
    echo "frontend bench"
    echo "  bind 127.0.0.1:$port"
    echo "  stats enable"
    echo "  stats uri /haproxy-stats"
    echo "  default_backend nodes"
    echo "backend nodes"
    echo "  balance roundrobin"
    echo "  option httpchk GET /actuator/health"
    echo "  http-check expect status 200"
    for backend in "$@"; do
      i=$((i + 1))
      echo "  server node$i 127.0.0.1:$backend check inter 1s fall 2 rise 1"
    done
  } >"$OUT/haproxy.cfg"
  haproxy -c -q -f "$OUT/haproxy.cfg" >&2
  haproxy -db -f "$OUT/haproxy.cfg" >"$OUT/haproxy.log" 2>&1 &
  HAPROXY=$!
  for _ in $(seq 1 60); do
    [ "$(haproxy_up "$port")" = "$#" ] && return 0
    kill -0 "$HAPROXY" 2>/dev/null || { cat "$OUT/haproxy.log" >&2; exit 1; }
    sleep 0.5
  done
  echo "bench: the nodes are not all up behind haproxy after 30 s" >&2
  exit 1
}

# haproxy_up PORT: how many servers haproxy's health checks see up
haproxy_up() {
  curl -sf "http://127.0.0.1:$1/haproxy-stats;csv" | awk -F, '$1 == "nodes" && $2 != "BACKEND" && $18 == "UP" { n++ } END { print n + 0 }'
}

# haproxy_shares: the requests haproxy sent to each node ("node1 1234, node2 1230")
haproxy_shares() {
  curl -sf "http://127.0.0.1:$LB_PORT/haproxy-stats;csv" \
    | awk -F, '$1 == "nodes" && $2 != "BACKEND" { printf "%s%s %s", sep, $2, $8; sep = ", " }'
}

# history_level_ran: the engine's history level as the database records it
history_level_ran() {
  case "$(bench_sql -tAc "select value_ from act_ge_property where name_ = 'historyLevel'")" in
    0) echo none ;; 1) echo activity ;; 2) echo audit ;; 3) echo full ;; *) echo unknown ;;
  esac
}
