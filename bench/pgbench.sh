#!/usr/bin/env bash
# pgbench as the physical reference (issue 9): what the local PostgreSQL does on this machine with
# no application in front, so the application's figures can be read against it. Recreates the
# database motcua_bench_pgbench, initialises it with pgbench, runs the simple-update workload (-N:
# TPC-B-like without the branch and teller updates) and the select-only one (-S) with 8 clients on
# 2 threads, prints a Markdown table on stdout (pgbench's own output goes to stderr), and drops the
# database at the end.
#
#   bench/pgbench.sh            scale 10 (1M accounts), 30 s per workload
#   bench/pgbench.sh --quick    scale 2 (200k accounts), 5 s per workload
#
# Needs PostgreSQL on 127.0.0.1:5432 with the role motcua_test; runs src/test/env/prepare.sh only
# when the server does not answer or the role is missing (that script recreates the test databases).
# Installs pgbench from Debian's packages when it is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

SCALE=10 DURATION=30 MODE=full
if [ "${1:-}" = "--quick" ]; then SCALE=2 DURATION=5 MODE=quick; fi
CLIENTS=8 THREADS=2
DB=motcua_bench_pgbench
OUT=$(mktemp -d)

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo -n "$@"; else return 1; fi; }
psql_admin() {
  if psql -h 127.0.0.1 -U postgres -d postgres -tAc "select 1" >/dev/null 2>&1; then
    psql -h 127.0.0.1 -U postgres -d postgres -tAc "$1"
  else
    as_root su postgres -c "psql -d postgres -tAc \"$1\""
  fi
}

# Debian: /usr/bin/pgbench (postgresql-client-common) runs the binary of the newest installed
# PostgreSQL, which ships with the server package; postgresql-contrib pulls that in.
if ! pgbench --version >/dev/null 2>&1; then
  echo "pgbench: installing pgbench (postgresql-client, postgresql-contrib)" >&2
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql-client postgresql-contrib >/dev/null
  pgbench --version >/dev/null || { echo "pgbench: cannot install pgbench (needs root or sudo)" >&2; exit 1; }
fi
if ! pg_isready -q -h 127.0.0.1 -p 5432 2>/dev/null \
  || [ "$(psql_admin "select 1 from pg_roles where rolname = 'motcua_test'" 2>/dev/null)" != "1" ]; then
  bash src/test/env/prepare.sh >&2
fi

trap 'psql_admin "drop database if exists $DB with (force)" >/dev/null 2>&1 || true; rm -rf "$OUT"' EXIT
psql_admin "drop database if exists $DB with (force)" >/dev/null 2>&1
psql_admin "create database $DB owner motcua_test" >/dev/null
export PGHOST=127.0.0.1 PGPORT=5432 PGUSER=motcua_test PGPASSWORD=motcua_test

echo "pgbench: initialising $DB at scale $SCALE" >&2
pgbench -i -q -s "$SCALE" "$DB" >&2

run() { # name, flag
  echo "pgbench: $1, $CLIENTS clients, $THREADS threads, ${DURATION}s" >&2
  pgbench "$2" -c "$CLIENTS" -j "$THREADS" -T "$DURATION" "$DB" | tee "$OUT/$2.txt" >&2
  local tps latency
  tps=$(awk '/^tps = / { print $3; exit }' "$OUT/$2.txt")
  latency=$(awk '/^latency average = / { print $4; exit }' "$OUT/$2.txt")
  printf '| %s | %s | %.1f | %.2f |\n' "$1" "$CLIENTS" "$tps" "$latency" >>"$OUT/table.md"
}
run "simple update (-N), scale $SCALE" -N
run "select only (-S), scale $SCALE" -S

VERSION=$(psql -d "$DB" -tAc "show server_version")
echo
echo "pgbench ($MODE): PostgreSQL $VERSION on 127.0.0.1, scale $SCALE ($((SCALE * 100000)) accounts), $CLIENTS clients, $THREADS threads, ${DURATION}s per workload."
echo
echo "| pgbench | clients | tps | latency avg ms |"
echo "| --- | ---: | ---: | ---: |"
cat "$OUT/table.md"
