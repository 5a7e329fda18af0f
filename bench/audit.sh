# The audit trail under the lifecycle load, for bench/run (sourced; uses BASE, DB, OUT, WARMUP,
# WINDOW, ADMIN, SUPERVISOR and bench_sql).
#
# db_now: the database's wall clock (audit_entry.written_at and sealed_at are on it)
db_now() { bench_sql -tAc "select clock_timestamp()"; }

# sealing_delay FROM TO: over the entries written between FROM and TO, how long each waited to be
# sealed (sealed_at - written_at, the sequencer's order and hashes): "entries|unsealed|p50 s|p99 s|
# max s", after waiting at most 30 s for the last of them; an entry still unsealed then counts with
# its wait so far. Empty when audit_entry has no such columns (a build before the sequencer).
sealing_delay() {
  local from=$1 to=$2 left
  [ "$(bench_sql -tAc "select count(*) from information_schema.columns
      where table_name = 'audit_entry' and column_name in ('written_at', 'sealed_at')")" = 2 ] || return 0
  for _ in $(seq 1 60); do
    left=$(bench_sql -tAc "select count(*) from audit_entry
      where written_at between '$from' and '$to' and sealed_at is null")
    [ "$left" = 0 ] && break
    sleep 0.5
  done
  bench_sql -tAF '|' -c "select count(*), count(*) filter (where sealed_at is null),
      round(percentile_cont(0.5) within group (order by d)::numeric, 3),
      round(percentile_cont(0.99) within group (order by d)::numeric, 3),
      round(max(d)::numeric, 3)
    from (select sealed_at, extract(epoch from coalesce(sealed_at, clock_timestamp()) - written_at) d
          from audit_entry where written_at between '$from' and '$to') e"
}

# audit_measures: a dossier's inclusion proof (GET /api/dossiers/{code}/proof, the dossier with the
# most entries, bench/Driver.java: 8 clients, warm-up then the window) into $OUT/proof.md; the whole
# log verified once, chain (GET /api/audit/verify) and Merkle tree (GET /api/audit/tree/verify),
# timed, with the number of entries (sets VERIFY_ENTRIES, VERIFY_S, VERIFY_OK, TREE_VERIFY_S,
# TREE_VERIFY_OK, PROOF_ENTRIES)
VERIFY_ENTRIES= VERIFY_S= VERIFY_OK= TREE_VERIFY_S= TREE_VERIFY_OK= PROOF_ENTRIES=
audit_measures() {
  local code user started body
  IFS='|' read -r code PROOF_ENTRIES <<<"$(bench_sql -tAF '|' -c "select dossier_code, count(*)
      from audit_entry where dossier_code is not null group by 1 order by 2 desc, 1 limit 1")"
  : >"$OUT/proof.md"
  if [ -n "$code" ]; then
    user=$ADMIN
    curl -sf -u "$user" "$BASE/api/dossiers/$code/proof" >/dev/null || user=$SUPERVISOR
    java bench/Driver.java "$BASE" "$WARMUP" "$WINDOW" \
      "a dossier's inclusion proofs ($PROOF_ENTRIES entries)|$user|/api/dossiers/$code/proof" \
      | tail -n +3 >"$OUT/proof.md"
  fi
  VERIFY_ENTRIES=$(bench_sql -tAc "select count(*) from audit_entry")
  started=$(date +%s.%N)
  body=$(curl -s -m 600 -u "$ADMIN" "$BASE/api/audit/verify" || true)
  VERIFY_S=$(since_ms "$started")
  VERIFY_OK=$(echo "$body" | grep -q '"ok":true' && echo intact || echo "not intact: ${body:0:200}")
  started=$(date +%s.%N)
  body=$(curl -s -m 600 -u "$ADMIN" "$BASE/api/audit/tree/verify" || true)
  TREE_VERIFY_S=$(since_ms "$started")
  TREE_VERIFY_OK=$(echo "$body" | grep -q '"ok":true' && echo intact || echo "not intact: ${body:0:200}")
}

since_ms() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", e - s }'; }

# per_million SECONDS ENTRIES: SECONDS scaled linearly to 1 000 000 entries
per_million() { awk -v s="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.1f", s * 1000000 / n; else print "-" }'; }
