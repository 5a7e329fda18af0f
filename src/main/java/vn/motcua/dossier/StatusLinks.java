package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The public status link of a dossier, {@code <motcua.public-base-url>/status/<code>?t=<token>},
 * printed as a QR code on receipt 01. The token (the first 10 characters of the base32 HMAC-SHA256
 * of the code under {@code motcua.status-link.key}) keeps codes, which are sequential, from being
 * enumerated. The {@code demo} profile has a demo key; elsewhere the application refuses to start
 * without one, as for the audit keys.
 */
@Component
public class StatusLinks {

  static final int TOKEN_LENGTH = 10;
  private static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final String baseUrl;
  private final SecretKeySpec key;

  StatusLinks(
      @Value("${motcua.public-base-url}") String baseUrl,
      @Value("${motcua.status-link.key:}") String key) {
    if (key == null || key.isBlank()) {
      throw new IllegalStateException(
          "motcua.status-link.key (MOTCUA_STATUS_LINK_KEY) is required: base64, 32 bytes or more");
    }
    byte[] secret = Base64.getDecoder().decode(key.strip());
    if (secret.length < 32) {
      throw new IllegalStateException("motcua.status-link.key must hold at least 32 bytes");
    }
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    this.key = new SecretKeySpec(secret, "HmacSHA256");
  }

  /** The public link of the dossier's status page, with its token. */
  public String link(String code) {
    return link("/status/", code);
  }

  /**
   * The public link of another of the dossier's pages opened by the same token, e.g. {@code
   * /public/supplement/}: {@code <motcua.public-base-url><page><code>?t=<token>}.
   */
  public String link(String page, String code) {
    return baseUrl + page + code + "?t=" + token(code);
  }

  public String token(String code) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return base32(mac.doFinal(code.getBytes(StandardCharsets.UTF_8))).substring(0, TOKEN_LENGTH);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Whether {@code token} is the code's (compared in constant time). */
  public boolean verify(String code, String token) {
    return token != null
        && MessageDigest.isEqual(
            token(code).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }

  private static String base32(byte[] bytes) {
    StringBuilder out = new StringBuilder();
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    return out.toString();
  }
}
