package vn.motcua.audit.internal;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;

/**
 * The bytes an audit entry contributes to the Merkle tree as its leaf (leaf index = seq − 1): the
 * UTF-8 bytes of
 *
 * <pre>
 * FIELD*   where FIELD = 0x1F ( 0x00 | length ':' value )
 * </pre>
 *
 * for {@code "motcua-audit-leaf-v1"}, seq (decimal), at (ISO-8601 UTC, {@link
 * DateTimeFormatter#ISO_INSTANT}), actor, onBehalfOf, action, subjectType, subjectId, dossierCode,
 * beforeState, afterState, reason, detail, prevHash, entryHash, keyId, in this order; a null field
 * is the single byte 0x00, any other its length in UTF-8 bytes (decimal), a colon and its UTF-8
 * bytes, so that no two different entries encode alike. Every field is in the JSON the API returns
 * for the entry, so an outsider rebuilds the leaf from it; it covers the whole row, the chain's
 * link and HMAC seal included, and needs no key. Its leaf hash is SHA-256(0x00 ‖ these bytes).
 */
final class MerkleLeaf {

  static final String VERSION = "motcua-audit-leaf-v1";

  private MerkleLeaf() {}

  static byte[] bytes(AuditEntry e) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(512);
    AuditHash.writeFields(out, VERSION);
    AuditHash.writeFields(out, AuditHash.contentFields(e));
    AuditHash.writeFields(out, e.prevHash(), e.entryHash(), e.keyId());
    return out.toByteArray();
  }

  static byte[] hash(AuditEntry e) {
    return MerkleTree.leafHash(bytes(e));
  }
}
