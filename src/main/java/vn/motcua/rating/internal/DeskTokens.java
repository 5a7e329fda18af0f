package vn.motcua.rating.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time tokens of the desk's tablet page: 144 random bits handed to the page a reception officer
 * opens for one dossier, kept as their SHA-256, valid {@link #VALID} and used once (in the rating's
 * transaction, so a refused rating does not spend it).
 */
@Component
class DeskTokens {

  /** Time enough for the applicant to answer at the counter. */
  static final Duration VALID = Duration.ofMinutes(30);

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;

  DeskTokens(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String issue(String code, String officer, Instant now) {
    byte[] bytes = new byte[18];
    random.nextBytes(bytes);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    jdbc.sql(
            "insert into rating_desk_token (token_hash, dossier_code, officer, expires_at)"
                + " values (?, ?, ?, ?)")
        .params(hash(token), code, officer, RatingRepository.utc(now.plus(VALID)))
        .update();
    return token;
  }

  /** The officer who opened the page, if the token is the dossier's, unused and unexpired. */
  Optional<String> consume(String code, String token, Instant now) {
    String hash = hash(token);
    int used =
        jdbc.sql(
                "update rating_desk_token set used_at = ? where token_hash = ? and dossier_code = ?"
                    + " and used_at is null and expires_at > ?")
            .params(RatingRepository.utc(now), hash, code, RatingRepository.utc(now))
            .update();
    if (used != 1) {
      return Optional.empty();
    }
    return jdbc.sql("select officer from rating_desk_token where token_hash = ?")
        .param(hash)
        .query(String.class)
        .optional();
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
