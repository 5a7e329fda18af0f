package vn.motcua.audit.internal;

import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Seals entries with an HMAC under a key the database does not hold, and checks seals. A database
 * writer can recompute a plain hash over the documented format, not an HMAC: a re-hashed entry no
 * longer verifies. Each entry names its key ({@code key_id}), so a rotation (a new current key, the
 * old ones kept) leaves every earlier entry verifiable; an entry without a key id is one written
 * before keys existed, checked with plain SHA-256. Without a current key the application does not
 * start: an unkeyed trail is what this class exists to prevent, so it is never chosen silently.
 */
@Component
class AuditSeal {

  private static final int MIN_KEY_BYTES = 32;

  private final Map<String, SecretKeySpec> keys = new HashMap<>();
  private final String current;

  AuditSeal(AuditSettings settings) {
    settings
        .keys()
        .forEach(
            (id, secret) -> {
              if (secret != null && !secret.isBlank()) {
                keys.put(id, key(id, secret.strip()));
              }
            });
    this.current = settings.currentKey();
    if (current == null || current.isBlank() || !keys.containsKey(current)) {
      throw new IllegalStateException(
          "motcua.audit: no secret for the current audit key '"
              + current
              + "'. Set MOTCUA_AUDIT_KEY to a base64 secret of at least 32 random bytes (e.g."
              + " `openssl rand -base64 32`), and MOTCUA_AUDIT_KEY_ID if its id is not k1;"
              + " keep retired keys as MOTCUA_AUDIT_KEYS_<ID>.");
    }
  }

  private static SecretKeySpec key(String id, String secret) {
    byte[] bytes;
    try {
      bytes = Base64.getDecoder().decode(secret);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("motcua.audit.keys." + id + " is not base64", e);
    }
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalStateException(
          "motcua.audit.keys." + id + " has " + bytes.length + " bytes; at least 32 are needed");
    }
    return new SecretKeySpec(bytes, "HmacSHA256");
  }

  /** The id of the key new entries are sealed with. */
  String currentKey() {
    return current;
  }

  /** The entry sealed with the current key. */
  AuditEntry seal(AuditEntry entry) {
    return entry.sealedWith(current, AuditHash.hmac(keys.get(current), entry));
  }

  /** Whether a key of this id is known (null, the legacy plain hash, is). */
  boolean knows(String keyId) {
    return keyId == null || keys.containsKey(keyId);
  }

  /** Whether the entry's stored hash is the one its fields give under the key it names. */
  boolean intact(AuditEntry entry) {
    if (entry.keyId() == null) {
      return AuditHash.of(entry).equals(entry.entryHash());
    }
    SecretKeySpec key = keys.get(entry.keyId());
    return key != null && AuditHash.hmac(key, entry).equals(entry.entryHash());
  }
}
