package vn.motcua.audit.internal;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The hash that seals an audit entry: lower-case hex HMAC-SHA256 under the key the entry names
 * ({@code key_id}, see {@link AuditSeal}), or plain SHA-256 for the entries written before keys
 * existed ({@code key_id} null), over the UTF-8 bytes of
 *
 * <pre>
 * prev_hash FIELD*   where FIELD = 0x1F ( 0x00 | length ':' value )
 * </pre>
 *
 * for the fields {@code "motcua-audit-v1"}, seq (decimal), at (ISO-8601 UTC, {@link
 * DateTimeFormatter#ISO_INSTANT}, millisecond precision), actor, on_behalf_of, action,
 * subject_type, subject_id, dossier_code, before_state, after_state, reason, detail, in this order.
 * A null field is the single byte 0x00; any other is its length in UTF-8 bytes (decimal), a colon
 * and its UTF-8 bytes, so that no two different rows serialise alike. The first entry's prev_hash
 * is {@link #GENESIS}.
 */
final class AuditHash {

  /** The prev_hash of the first entry: 64 zeros. */
  static final String GENESIS = "0".repeat(64);

  private static final String VERSION = "motcua-audit-v1";

  private AuditHash() {}

  /** The plain SHA-256 of an entry written before keys existed. */
  static String of(AuditEntry e) {
    return HexFormat.of().formatHex(sha256().digest(canonical(e)));
  }

  /** The HMAC-SHA256 of an entry under {@code key}. */
  static String hmac(SecretKeySpec key, AuditEntry e) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return HexFormat.of().formatHex(mac.doFinal(canonical(e)));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("every JDK has HmacSHA256", ex);
    }
  }

  private static byte[] canonical(AuditEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256);
    out.writeBytes(e.prevHash().getBytes(StandardCharsets.US_ASCII));
    writeFields(out, VERSION);
    writeFields(out, contentFields(e));
    return out.toByteArray();
  }

  /**
   * What an entry says, in the order both its seal and its Merkle leaf ({@link MerkleLeaf}) encode
   * it: seq, at, actor, on_behalf_of, action, subject_type, subject_id, dossier_code, before_state,
   * after_state, reason, detail.
   */
  static String[] contentFields(AuditEntry e) {
    return new String[] {
      Long.toString(e.seq()),
      DateTimeFormatter.ISO_INSTANT.format(e.at()),
      e.actor(),
      e.onBehalfOf(),
      e.action(),
      e.subjectType(),
      e.subjectId(),
      e.dossierCode(),
      e.beforeState(),
      e.afterState(),
      e.reason(),
      e.detail()
    };
  }

  /**
   * Each field as 0x1F, then 0x00 for null, else its UTF-8 length in decimal, ':' and its bytes.
   */
  static void writeFields(ByteArrayOutputStream out, String... fields) {
    for (String field : fields) {
      out.write(0x1F);
      if (field == null) {
        out.write(0x00);
      } else {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        out.writeBytes((bytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(bytes);
      }
    }
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }
}
