package vn.motcua.submission.internal;

import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time codes of six digits proving an address ({@code submission_otp}): only HMACs of the code
 * and of the address are stored; a code is valid for {@code motcua.submission.code-validity}, used
 * once, and locked by {@code max-tries} wrong tries (the right code is refused from then on). Only
 * the newest code of an address counts. Every statement commits on its own, so that a wrong try is
 * counted even though the request fails.
 */
@Component
class OneTimeCodes {

  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Secrets secrets;
  private final SubmissionSettings settings;
  private final Clock clock;

  OneTimeCodes(JdbcClient jdbc, Secrets secrets, SubmissionSettings settings, Clock clock) {
    this.jdbc = jdbc;
    this.secrets = secrets;
    this.settings = settings;
    this.clock = clock;
  }

  /** A new code for the address, valid from now; the address's earlier codes no longer count. */
  Issued issue(Contacts.Channel channel, String address) {
    UUID id = UUID.randomUUID();
    String code = "%06d".formatted(RANDOM.nextInt(1_000_000));
    Instant now = clock.instant();
    Instant expires = now.plus(settings.codeValidity());
    jdbc.sql(
            "insert into submission_otp (id, address_hash, channel, code_hash, created_at,"
                + " expires_at) values (?, ?, ?, ?, ?, ?)")
        .params(
            id,
            secrets.hash(address),
            channel.name(),
            codeHash(id, code),
            Timestamp.from(now),
            Timestamp.from(expires))
        .update();
    return new Issued(id, code, expires);
  }

  /** Forgets a code that could not be sent. */
  void withdraw(UUID id) {
    jdbc.sql("delete from submission_otp where id = ?").param(id).update();
  }

  /**
   * Uses the address's newest code: succeeds once with the right code before it expires and before
   * it is locked.
   *
   * @throws SubmissionProblems.CodeRefusedException wrong, expired, used, or none
   * @throws SubmissionProblems.CodeLockedException locked by wrong tries
   */
  void use(String address, String code) {
    Instant now = clock.instant();
    Optional<Row> found =
        jdbc.sql(
                "select id, code_hash, expires_at, tries, used_at from submission_otp"
                    + " where address_hash = ? order by created_at desc, id limit 1")
            .param(secrets.hash(address))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("id", UUID.class),
                        rs.getString("code_hash"),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getInt("tries"),
                        rs.getTimestamp("used_at") != null))
            .optional();
    int max = settings.maxTries();
    if (found.isEmpty() || found.get().used() || !found.get().expiresAt().isAfter(now)) {
      throw new SubmissionProblems.CodeRefusedException(0);
    }
    Row row = found.get();
    if (row.tries() >= max) {
      throw new SubmissionProblems.CodeLockedException();
    }
    if (!Secrets.same(codeHash(row.id(), code), row.codeHash())) {
      jdbc.sql("update submission_otp set tries = tries + 1 where id = ? and tries < ?")
          .params(row.id(), max)
          .update();
      int tries =
          jdbc.sql("select tries from submission_otp where id = ?")
              .param(row.id())
              .query(Integer.class)
              .single();
      if (tries >= max) {
        throw new SubmissionProblems.CodeLockedException();
      }
      throw new SubmissionProblems.CodeRefusedException(max - tries);
    }
    int used =
        jdbc.sql(
                "update submission_otp set used_at = ? where id = ? and used_at is null"
                    + " and tries < ? and expires_at > ?")
            .params(Timestamp.from(now), row.id(), max, Timestamp.from(now))
            .update();
    if (used != 1) {
      throw new SubmissionProblems.CodeRefusedException(0);
    }
  }

  private String codeHash(UUID id, String code) {
    return secrets.hash(id + ":" + code);
  }

  /** A code just issued: its row, the code itself (to send, never stored) and its expiry. */
  record Issued(UUID id, String code, Instant expiresAt) {}

  private record Row(UUID id, String codeHash, Instant expiresAt, int tries, boolean used) {}
}
