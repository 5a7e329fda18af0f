package vn.motcua.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code audit_entry} and {@code audit_head} tables. Appends insert rows with an id from a
 * sequence and nothing else shared; only the sequencer reads and moves the head.
 */
@Repository
class AuditLog {

  /** The chain's last entry: its seq (0 when empty) and hash. */
  record Head(long seq, String hash) {}

  private static final String CONTENT =
      "at, actor, on_behalf_of, action, subject_type, subject_id, dossier_code,"
          + " before_state, after_state, reason, detail";
  private static final String COLUMNS =
      "id, seq, at, actor, on_behalf_of, action, subject_type, subject_id, dossier_code,"
          + " before_state, after_state, reason, detail, prev_hash, entry_hash, key_id";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  AuditLog(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  Head head() {
    return jdbc.sql("select seq, entry_hash from audit_head where id = 1")
        .query((rs, row) -> new Head(rs.getLong("seq"), rs.getString("entry_hash")))
        .single();
  }

  void moveHead(Head head) {
    jdbc.sql("update audit_head set seq = ?, entry_hash = ? where id = 1")
        .params(head.seq(), head.hash())
        .update();
  }

  /** Writes an entry without its place in the log: an id from the sequence, no shared row. */
  void insert(AuditEntry e) {
    jdbc.sql("insert into audit_entry (" + CONTENT + ") values (?,?,?,?,?,?,?,?,?,?,?)")
        .params(
            e.at().atOffset(ZoneOffset.UTC),
            e.actor(),
            e.onBehalfOf(),
            e.action(),
            e.subjectType(),
            e.subjectId(),
            e.dossierCode(),
            e.beforeState(),
            e.afterState(),
            e.reason(),
            e.detail())
        .update();
  }

  /** The oldest {@code size} entries not sealed yet, in append order. */
  List<AuditEntry> unsealed(int size) {
    return jdbc.sql(
            "select " + COLUMNS + " from audit_entry where seq is null order by id limit " + size)
        .query(AuditLog::entry)
        .list();
  }

  /** How many entries wait for the sequencer. */
  long unsealedCount() {
    return jdbc.sql("select count(*) from audit_entry where seq is null")
        .query(Long.class)
        .single();
  }

  /** Whether any entry waits for the sequencer. */
  boolean anyUnsealed() {
    return !jdbc.sql("select id from audit_entry where seq is null order by id limit 1")
        .query(Long.class)
        .list()
        .isEmpty();
  }

  /** Stores the place, link and seal the sequencer gave these entries, and when. */
  void sealed(List<AuditEntry> entries, Instant sealedAt) {
    int[][] counts =
        template.batchUpdate(
            "update audit_entry set seq = ?, prev_hash = ?, entry_hash = ?, key_id = ?, sealed_at = ?"
                + " where id = ? and seq is null",
            entries,
            1000,
            (ps, e) -> {
              ps.setLong(1, e.seq());
              ps.setString(2, e.prevHash());
              ps.setString(3, e.entryHash());
              ps.setString(4, e.keyId());
              ps.setObject(5, sealedAt.atOffset(ZoneOffset.UTC));
              ps.setLong(6, e.id());
            });
    for (int[] batch : counts) {
      for (int count : batch) {
        if (count == 0) {
          throw new IllegalStateException("an audit entry was sealed twice");
        }
      }
    }
  }

  /** The state after of the subject's latest entry (its current state), null when none. */
  String lastState(String subjectType, String subjectId) {
    return jdbc.sql(
            "select after_state from audit_entry where subject_type = ? and subject_id = ?"
                + " order by id desc limit 1")
        .params(subjectType, subjectId)
        .query((rs, row) -> Optional.ofNullable(rs.getString(1)))
        .optional()
        .flatMap(state -> state)
        .orElse(null);
  }

  List<AuditEntry> ofDossier(String code) {
    return jdbc.sql("select " + COLUMNS + " from audit_entry where dossier_code = ? order by id")
        .param(code)
        .query(AuditLog::entry)
        .list();
  }

  /** The latest {@code limit} entries of one subject (a calendar year, a task), oldest first. */
  List<AuditEntry> ofSubject(String subjectType, String subjectId, int limit) {
    List<AuditEntry> latest =
        new ArrayList<>(
            jdbc.sql(
                    "select "
                        + COLUMNS
                        + " from audit_entry where subject_type = ? and subject_id = ?"
                        + " order by id desc limit "
                        + limit)
                .params(subjectType, subjectId)
                .query(AuditLog::entry)
                .list());
    Collections.reverse(latest);
    return latest;
  }

  /** Up to {@code size} entries after seq {@code after}, up to seq {@code last}, in order. */
  List<AuditEntry> batch(long after, long last, int size) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from audit_entry where seq > ? and seq <= ? order by seq limit "
                + size)
        .params(after, last)
        .query(AuditLog::entry)
        .list();
  }

  /** The entries with these seqs, for the links around a dossier's entries. */
  List<AuditEntry> bySeq(List<Long> seqs) {
    if (seqs.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from audit_entry where seq in (:seqs)")
        .param("seqs", seqs)
        .query(AuditLog::entry)
        .list();
  }

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getObject("seq", Long.class),
        rs.getObject("at", OffsetDateTime.class).toInstant(),
        rs.getString("actor"),
        rs.getString("on_behalf_of"),
        rs.getString("action"),
        rs.getString("subject_type"),
        rs.getString("subject_id"),
        rs.getString("dossier_code"),
        rs.getString("before_state"),
        rs.getString("after_state"),
        rs.getString("reason"),
        rs.getString("detail"),
        rs.getString("prev_hash"),
        rs.getString("entry_hash"),
        rs.getString("key_id"));
  }
}
