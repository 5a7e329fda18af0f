package vn.motcua.notification.internal;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sender's side of the {@code notification} table: due rows, the claim that makes one node the
 * owner of a row, and the outcome of a send. Each statement commits on its own (the sender runs
 * outside any transaction), so a claim is visible to other nodes at once.
 */
@Repository
class Outbox {

  /** A claimed row, as the sender needs it. */
  record Pending(
      long id,
      String dedupKey,
      String recipient,
      String email,
      String subject,
      String body,
      int attempts,
      String channel,
      String phone,
      String attachmentName,
      String attachmentType,
      String attachmentRef) {

    /** Whether the row goes to a dossier's applicant by SMS. */
    boolean isSms() {
      return "SMS".equals(channel);
    }
  }

  private static final String CLAIMABLE =
      " sent_at is null and failed_at is null and next_attempt_at <= ?"
          + " and (claim_until is null or claim_until < ?)";

  private final JdbcClient jdbc;

  Outbox(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ids of rows that are due and not claimed by a live node, oldest due first. */
  List<Long> due(Instant now, int limit) {
    return jdbc.sql(
            "select id from notification where"
                + CLAIMABLE
                + " order by next_attempt_at, id limit ?")
        .params(utc(now), utc(now), limit)
        .query(Long.class)
        .list();
  }

  /**
   * Claims the row for {@code node} until {@code until} if it is still due and unclaimed: the
   * conditional update is atomic, so of several nodes (or threads) exactly one sees a changed row.
   */
  Optional<Pending> claim(long id, String node, Instant now, Instant until) {
    int claimed =
        jdbc.sql(
                "update notification set claimed_by = ?, claim_until = ? where id = ? and"
                    + CLAIMABLE)
            .params(node, utc(until), id, utc(now), utc(now))
            .update();
    if (claimed != 1) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select id, dedup_key, recipient, email, subject, body, attempts, channel, phone,"
                + " attachment_name, attachment_type, attachment_ref from notification"
                + " where id = ?")
        .param(id)
        .query(
            (rs, row) ->
                new Pending(
                    rs.getLong("id"),
                    rs.getString("dedup_key"),
                    rs.getString("recipient"),
                    rs.getString("email"),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getInt("attempts"),
                    rs.getString("channel"),
                    rs.getString("phone"),
                    rs.getString("attachment_name"),
                    rs.getString("attachment_type"),
                    rs.getString("attachment_ref")))
        .optional();
  }

  void sent(long id, Instant at) {
    jdbc.sql(
            "update notification set sent_at = ?, claimed_by = null, claim_until = null"
                + " where id = ? and sent_at is null")
        .params(utc(at), id)
        .update();
  }

  /**
   * Records a failed attempt: tried again at {@code nextAttemptAt}, or given up ({@code failedAt})
   * when that is not {@code null}.
   */
  void failed(long id, int attempts, Instant nextAttemptAt, Instant failedAt, String error) {
    jdbc.sql(
            "update notification set attempts = ?, next_attempt_at = ?, failed_at = ?,"
                + " last_error = ?, claimed_by = null, claim_until = null"
                + " where id = ? and sent_at is null")
        .params(
            attempts,
            utc(nextAttemptAt),
            failedAt == null ? null : utc(failedAt),
            error.length() > 1000 ? error.substring(0, 1000) : error,
            id)
        .update();
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
