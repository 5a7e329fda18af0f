package vn.motcua.submission.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The HMAC key of the module ({@code motcua.submission.key}, or one generated at start-up): hashes
 * of one-time codes and addresses, signatures of proof tokens.
 */
@Component
@EnableConfigurationProperties(SubmissionSettings.class)
class Secrets {

  private final SecretKeySpec key;

  Secrets(SubmissionSettings settings) {
    byte[] secret;
    if (settings.key() == null || settings.key().isBlank()) {
      secret = new byte[32];
      new SecureRandom().nextBytes(secret);
    } else {
      secret = Base64.getDecoder().decode(settings.key().strip());
      if (secret.length < 32) {
        throw new IllegalStateException("motcua.submission.key must hold at least 32 bytes");
      }
    }
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The HMAC-SHA256 of {@code text}, lower-case hex. */
  String hash(String text) {
    return HexFormat.of().formatHex(mac(text.getBytes(StandardCharsets.UTF_8)));
  }

  byte[] mac(byte[] bytes) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(bytes);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Constant-time comparison of two hex or base64 strings. */
  static boolean same(String a, String b) {
    return a != null
        && b != null
        && MessageDigest.isEqual(
            a.getBytes(StandardCharsets.US_ASCII), b.getBytes(StandardCharsets.US_ASCII));
  }
}
