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

# verify_point: the whole log verified, the keyed chain (GET /api/audit/verify) and the Merkle tree
# with its heads (GET /api/audit/tree/verify), each twice and the second timed (the first warms
# the code and the caches): "entries|chain s|tree s|chain verdict|tree verdict"
verify_point() {
  local entries chain tree chain_ok tree_ok
  entries=$(bench_sql -tAc "select count(*) from audit_entry")
  timed_verify /api/audit/verify
  chain=$TIMED chain_ok=$VERDICT
  timed_verify /api/audit/tree/verify
  tree=$TIMED tree_ok=$VERDICT
  echo "$entries|$chain|$tree|$chain_ok|$tree_ok"
}
TIMED= VERDICT=
timed_verify() { # PATH: sets TIMED (s) and VERDICT
  local started body
  curl -s -m 900 -u "$ADMIN" "$BASE$1" >/dev/null || true
  started=$(date +%s.%N)
  body=$(curl -s -m 900 -u "$ADMIN" "$BASE$1" || true)
  TIMED=$(since_ms "$started")
  if echo "$body" | grep -q '"ok":true'; then VERDICT=intact; else VERDICT="not intact: ${body:0:200}"; fi
}

# audit_measures: a dossier's inclusion proof (GET /api/dossiers/{code}/proof, the dossier with the
# most entries, bench/Driver.java: 8 clients, warm-up then the window) into $OUT/proof.md; sets
# PROOF_ENTRIES
PROOF_ENTRIES=
audit_measures() {
  local code user
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
}

# verify_row P1 P2 LABEL FIELD: the targets' row of one verification (FIELD 2: the chain, 3: the
# tree) from two verify_point results at two sizes of the log: the later time scaled linearly to
# 1M entries (what the status reads: fixed costs included, so an upper bound), and the marginal
# estimate, the later time plus the cost per entry between the two points for the entries to come
verify_row() {
  local p1=$1 p2=$2 label=$3 field=$4 n1 t1 n2 t2 ok linear marginal
  n1=$(cut -d'|' -f1 <<<"$p1") t1=$(cut -d'|' -f"$field" <<<"$p1")
  n2=$(cut -d'|' -f1 <<<"$p2") t2=$(cut -d'|' -f"$field" <<<"$p2")
  ok=$(cut -d'|' -f$((field + 2)) <<<"$p2")
  linear=$(per_million "$t2" "$n2")
  marginal=$(awk -v n1="$n1" -v t1="$t1" -v n2="$n2" -v t2="$t2" 'BEGIN {
    if (n2 > n1 && t2 > t1) printf "%.1f s", t2 + (1000000 - n2) * (t2 - t1) / (n2 - n1); else print "-" }')
  echo "| $label, 1M entries, s (measured: $t1 s on $n1 entries, $t2 s on $n2, $ok; scaled linearly from the latter; marginal estimate $marginal) | $linear | ≤ 30 s | $(met "$linear" le 30) |"
}

since_ms() { awk -v s="$1" -v e="$(date +%s.%N)" 'BEGIN { printf "%.3f", e - s }'; }

# per_million SECONDS ENTRIES: SECONDS scaled linearly to 1 000 000 entries
per_million() { awk -v s="$1" -v n="$2" 'BEGIN { if (n > 0) printf "%.1f", s * 1000000 / n; else print "-" }'; }

# verify_million TARGET: the log filled up to TARGET entries with copies of the run's own entries
# (their content, each under a subject of its own and no dossier), inserted by SQL unsealed as an
# action writes them; the node's periodic sequencer numbers, links, HMACs and seals them into the
# tree as it would the actions' own; then GET /api/audit/verify (the keyed chain and the Merkle
# tree with every signed head) twice, the second timed: "entries|sealed per s|verify s|verdict"
verify_million() {
  local target=$1 have add started sealed_rate left
  have=$(bench_sql -tAc "select count(*) from audit_entry")
  add=$((target - have))
  sealed_rate=-
  if [ "$have" -gt 0 ] && [ "$add" -gt 0 ]; then
    started=$(date +%s.%N)
    bench_sql -c "insert into audit_entry (at, actor, on_behalf_of, action, subject_type,
        subject_id, before_state, after_state, reason, detail)
      select e.at, e.actor, e.on_behalf_of, e.action, e.subject_type,
             'bench-copy-' || g || '-' || e.id, e.before_state, e.after_state, e.reason, e.detail
      from generate_series(1, ceil($add::numeric / $have)::int) g cross join audit_entry e
      order by g, e.id limit $add" >/dev/null
    for _ in $(seq 1 2400); do
      left=$(bench_sql -tAc "select count(*) from audit_entry where seq is null")
      [ "$left" = 0 ] && break
      sleep 0.5
    done
    sealed_rate=$(awk -v n="$add" -v s="$(since_ms "$started")" 'BEGIN { printf "%.0f", n / s }')
  fi
  timed_verify /api/audit/verify
  echo "$(bench_sql -tAc "select count(*) from audit_entry")|$sealed_rate|$TIMED|$VERDICT"
}
