package vn.motcua.notification.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.stereotype.Repository;
import vn.motcua.notification.Notification;
import vn.motcua.notification.Notifications;

/**
 * The {@code notification} table as the outbox's writers and readers see it. Writes go through the
 * application's DataSource with Spring's transaction of the caller, which is also the engine's
 * transaction inside a BPMN listener or job. Named {@code notifications} for BPMN expressions.
 */
@Repository("notifications")
class JdbcNotifications implements Notifications {

  private final JdbcClient jdbc;
  private final RecipientEmails emails;
  private final Clock clock;
  private final String insert;

  JdbcNotifications(JdbcClient jdbc, DataSource dataSource, RecipientEmails emails, Clock clock) {
    this.jdbc = jdbc;
    this.emails = emails;
    this.clock = clock;
    this.insert = insertStatement(isPostgreSql(dataSource));
  }

  @Override
  public void send(
      String dedupKey,
      Collection<String> recipientUserIds,
      String subject,
      String body,
      String dossierCode) {
    require(dedupKey != null && !dedupKey.isBlank() && dedupKey.length() <= 255, "dedupKey");
    require(subject != null && !subject.isBlank() && subject.length() <= 255, "subject");
    require(body != null && body.length() <= 4000, "body");
    require(
        recipientUserIds != null
            && recipientUserIds.stream().allMatch(id -> id != null && !id.isBlank()),
        "recipientUserIds");
    String dossier = dossierCode == null || dossierCode.isBlank() ? null : dossierCode;
    OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
    for (String recipient : new LinkedHashSet<>(recipientUserIds)) {
      String email = emails.of(recipient);
      try {
        jdbc.sql(insert)
            .params(
                dedupKey, recipient, email, subject, body, dossier, now, now, dedupKey, recipient)
            .update();
      } catch (DuplicateKeyException alreadyQueued) {
        // another transaction queued the same pair between our check and our insert (H2)
      }
    }
  }

  @Override
  public List<Notification> of(String userId) {
    return jdbc.sql(
            "select id, subject, body, dossier_code, created_at, read_at from notification"
                + " where recipient = ? and channel is null order by created_at desc, id desc limit ?")
        .params(userId, INBOX_SIZE)
        .query(
            (rs, row) ->
                new Notification(
                    rs.getLong("id"),
                    rs.getString("subject"),
                    rs.getString("body"),
                    rs.getString("dossier_code"),
                    rs.getObject("created_at", OffsetDateTime.class).toInstant(),
                    instant(rs.getObject("read_at", OffsetDateTime.class))))
        .list();
  }

  @Override
  public long unread(String userId) {
    return jdbc.sql(
            "select count(*) from notification where recipient = ? and channel is null"
                + " and read_at is null")
        .param(userId)
        .query(Long.class)
        .single();
  }

  /** Marks the user's own notification read (once); {@code false} if the user has no such one. */
  boolean markRead(long id, String userId) {
    return jdbc.sql(
                "update notification set read_at = coalesce(read_at, ?)"
                    + " where id = ? and recipient = ?")
            .params(clock.instant().atOffset(ZoneOffset.UTC), id, userId)
            .update()
        == 1;
  }

  /** Marks every unread notification of the user read; returns how many. */
  int markAllRead(String userId) {
    return jdbc.sql("update notification set read_at = ? where recipient = ? and read_at is null")
        .params(clock.instant().atOffset(ZoneOffset.UTC), userId)
        .update();
  }

  /**
   * Inserts the row unless its (dedup_key, recipient) exists. Two transactions racing on the same
   * pair both pass the check; the unique constraint then stops the second. PostgreSQL would abort
   * the caller's whole transaction on that error, so there {@code on conflict do nothing} waits for
   * the first and skips quietly; H2 (no such clause outside its PostgreSQL mode) fails only the
   * statement, and the {@link DuplicateKeyException} is ignored.
   */
  private static String insertStatement(boolean postgreSql) {
    return "insert into notification (dedup_key, recipient, email, subject, body, dossier_code,"
        + " created_at, next_attempt_at)"
        + " select ?, ?, ?, ?, ?, ?, ?, ?"
        + " where not exists (select 1 from notification where dedup_key = ? and recipient = ?)"
        + (postgreSql ? " on conflict (dedup_key, recipient) do nothing" : "");
  }

  static boolean isPostgreSql(DataSource dataSource) {
    try {
      String product =
          JdbcUtils.extractDatabaseMetaData(
              dataSource, metaData -> metaData.getDatabaseProductName());
      return "PostgreSQL".equalsIgnoreCase(product);
    } catch (MetaDataAccessException e) {
      throw new IllegalStateException("cannot tell which database the outbox is on", e);
    }
  }

  private static Instant instant(OffsetDateTime at) {
    return at == null ? null : at.toInstant();
  }

  private static void require(boolean valid, String parameter) {
    if (!valid) {
      throw new IllegalArgumentException("invalid notification " + parameter);
    }
  }
}
