package vn.motcua.feedback.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Feedback codes ({@code PA-<yyMMdd>-<6 random characters>}: not sequential, so they cannot be
 * enumerated) and the citizen's secret token (16 random base32 characters, shown once; only its
 * SHA-256 is stored, so a reader of the database cannot open the citizen's page).
 */
final class FeedbackTokens {

  private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");
  private static final SecureRandom RANDOM = new SecureRandom();

  private FeedbackTokens() {}

  static String code(Instant at, ZoneId zone) {
    return "PA-" + DAY.format(at.atZone(zone)) + "-" + random(6);
  }

  static String token() {
    return random(16);
  }

  static String hash(String token) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code token} is the one whose hash is stored (constant time). */
  static boolean matches(String token, String storedHash) {
    return token != null
        && token.length() <= 64
        && MessageDigest.isEqual(
            hash(token).getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * How a citizen is named in the records: {@code citizen:} and their contact masked ({@code
   * citizen:a***@example.vn}, {@code citizen:09******78}).
   */
  static String citizen(String email, String phone) {
    if (email != null) {
      int at = email.indexOf('@');
      return "citizen:" + email.charAt(0) + "***" + email.substring(at);
    }
    return "citizen:"
        + phone.substring(0, 2)
        + "*".repeat(Math.max(0, phone.length() - 4))
        + phone.substring(phone.length() - 2);
  }

  private static String random(int length) {
    StringBuilder out = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      out.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return out.toString();
  }
}
