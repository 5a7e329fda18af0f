package vn.motcua.audit.internal;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * What a database writer does to the trail, for the tamper tests: rewrites the entries from one seq
 * on (editing the first one's reason, or not), links each to the one before, seals them with
 * whatever it has (a plain SHA-256, or the HMAC key), and moves the head row. {@link #close()} puts
 * back the rows and the head as they were, and the Merkle tree as it was (what was sealed during
 * the tampering is cut off), so that the tests sharing the database still see a valid log. Every
 * entry must be sealed when it starts.
 */
final class ChainTampering implements AutoCloseable {

  private final JdbcTemplate jdbc;
  private final AuditLog log;
  private final long from;
  private final List<Map<String, Object>> rows;
  private final Map<String, Object> head;
  private final long treeSize;

  ChainTampering(JdbcTemplate jdbc, AuditLog log, long from) {
    this.jdbc = jdbc;
    this.log = log;
    this.from = from;
    this.rows = jdbc.queryForList("select * from audit_entry where seq >= ? order by seq", from);
    this.head = jdbc.queryForMap("select seq, entry_hash from audit_head where id = 1");
    this.treeSize =
        jdbc.queryForObject("select tree_size from audit_tree_state where id = 1", Long.class);
  }

  /** Rewrites every entry from {@code from} to the head, sealed by {@code seal}. */
  void rewrite(UnaryOperator<AuditEntry> seal, String firstReason) {
    AuditLog.Head top = log.head();
    List<AuditEntry> entries = log.batch(from - 1, top.seq(), Integer.MAX_VALUE);
    String previous = entries.get(0).prevHash();
    for (AuditEntry e : entries) {
      AuditEntry rewritten =
          seal.apply(
              new AuditEntry(
                  e.seq(),
                  e.at(),
                  e.actor(),
                  e.onBehalfOf(),
                  e.action(),
                  e.subjectType(),
                  e.subjectId(),
                  e.dossierCode(),
                  e.beforeState(),
                  e.afterState(),
                  e.seq() == from && firstReason != null ? firstReason : e.reason(),
                  e.detail(),
                  previous,
                  null,
                  e.keyId()));
      jdbc.update(
          "update audit_entry set reason = ?, prev_hash = ?, entry_hash = ?, key_id = ?"
              + " where seq = ?",
          rewritten.reason(),
          rewritten.prevHash(),
          rewritten.entryHash(),
          rewritten.keyId(),
          rewritten.seq());
      previous = rewritten.entryHash();
    }
    jdbc.update("update audit_head set entry_hash = ? where id = 1", previous);
  }

  @Override
  public void close() {
    jdbc.update("delete from audit_entry where seq >= ?", from);
    for (Map<String, Object> row : rows) {
      String columns = String.join(", ", row.keySet());
      String marks = String.join(", ", row.keySet().stream().map(c -> "?").toList());
      jdbc.update(
          "insert into audit_entry (" + columns + ") values (" + marks + ")",
          row.values().toArray());
    }
    jdbc.update(
        "update audit_head set seq = ?, entry_hash = ? where id = 1",
        head.get("seq"),
        head.get("entry_hash"));
    jdbc.update("delete from audit_tree_head where tree_size > ?", treeSize);
    jdbc.update(
        "delete from audit_tree_node where (idx + 1) * power(2, height) > ?", (double) treeSize);
    jdbc.update("update audit_tree_state set tree_size = ? where id = 1", treeSize);
  }
}
