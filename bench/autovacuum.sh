#!/usr/bin/env bash
# Stands in for PostgreSQL's autovacuum while a workload runs, for servers where it is off (the CI
# machines here set autovacuum = off): every 20 s, the tables of database $1 that autovacuum would
# pick at its default thresholds are analyzed (rows changed since the last analyze > 50 + 10% of
# the table) or vacuumed (dead rows > 50 + 20%). Without it, tables that start empty in a run keep
# no statistics and PostgreSQL plans every query as if they were empty: Camunda's task query by
# business key took 8.7 ms instead of 0.3 ms (see BENCHMARKS.md). Runs until killed; used by
# bench/run and bench/bare.sh around their drivers, for both applications alike.
set -uo pipefail
DB=$1
export PGPASSWORD=${PGPASSWORD:-motcua_test}
q() { psql -h 127.0.0.1 -U motcua_test -d "$DB" -tAqX -c "set client_min_messages = error" -c "$1" 2>/dev/null; }
while true; do
  sleep 20
  for t in $(q "select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                where s.n_dead_tup > 50 + 0.2 * greatest(c.reltuples, 0)"); do
    q "vacuum (analyze) \"$t\"" >/dev/null
  done
  for t in $(q "select s.relname from pg_stat_user_tables s join pg_class c on c.oid = s.relid
                where s.n_mod_since_analyze > 50 + 0.1 * greatest(c.reltuples, 0)"); do
    q "analyze \"$t\"" >/dev/null
  done
done
