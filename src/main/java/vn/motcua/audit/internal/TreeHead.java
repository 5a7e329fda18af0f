package vn.motcua.audit.internal;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * A signed tree head: the Merkle tree of the first {@code treeSize} entries has root {@code
 * rootHash} (hex), sealed at {@code timestamp} (the engine clock), signed with Ed25519 by the key
 * whose id {@code keyId} is the hex SHA-256 of its X.509 (SubjectPublicKeyInfo) bytes, as RFC 6962
 * names a log by its key. The signature (base64) is over the UTF-8 bytes of {@link #message()}:
 *
 * <pre>
 * "motcua-audit-tree-v1" LF treeSize LF rootHash LF timestamp LF keyId
 * </pre>
 *
 * with treeSize in decimal and timestamp in ISO-8601 UTC ({@link DateTimeFormatter#ISO_INSTANT}).
 */
record TreeHead(long treeSize, String rootHash, Instant timestamp, String keyId, String signature) {

  static final String VERSION = "motcua-audit-tree-v1";

  static final String FORMAT =
      VERSION + "\\n{treeSize}\\n{rootHash}\\n{timestamp}\\n{keyId}, UTF-8";

  byte[] message() {
    return message(treeSize, rootHash, timestamp, keyId);
  }

  static byte[] message(long treeSize, String rootHash, Instant timestamp, String keyId) {
    return String.join(
            "\n",
            VERSION,
            Long.toString(treeSize),
            rootHash,
            DateTimeFormatter.ISO_INSTANT.format(timestamp),
            keyId)
        .getBytes(StandardCharsets.UTF_8);
  }
}
