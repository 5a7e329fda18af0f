package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Inclusion proofs of a dossier's entries and consistency proofs between heads, from the stored
 * subtree hashes: each proof needs O(log n) nodes, collected first and read in one query per
 * height, so a dossier's proof costs a few indexed reads whatever the size of the log.
 */
@Component
class TreeProofs {

  /** An entry as its leaf encodes it, with its leaf and its inclusion path (leaf side first). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record EntryProof(
      long leafIndex,
      long seq,
      String at,
      String actor,
      String onBehalfOf,
      String action,
      String subjectType,
      String subjectId,
      String dossierCode,
      String beforeState,
      String afterState,
      String reason,
      String detail,
      String prevHash,
      String entryHash,
      String keyId,
      String leaf,
      String leafHash,
      List<String> inclusion) {}

  /** A dossier's entries proven against the head (null when nothing is sealed). */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record DossierProof(
      String dossier,
      TreeHead head,
      String algorithm,
      String publicKey,
      String headFormat,
      String leafFormat,
      List<EntryProof> entries,
      int unsealed) {}

  /** The proof that the tree of {@code from} leaves is a prefix of that of {@code to}. */
  record Consistency(TreeHead from, TreeHead to, List<String> proof) {}

  static final String LEAF_FORMAT =
      "0x1F-separated fields, each 0x00 (null, an absent JSON field) or <UTF-8 length>:<UTF-8>:"
          + " \""
          + MerkleLeaf.VERSION
          + "\", seq, at, actor, onBehalfOf, action, subjectType, subjectId, dossierCode,"
          + " beforeState, afterState, reason, detail, prevHash, entryHash, keyId;"
          + " leafHash = SHA-256(0x00 || leaf), node = SHA-256(0x01 || left || right) (RFC 6962)";

  private static final HexFormat HEX = HexFormat.of();
  private static final byte[] PLACEHOLDER = new byte[32];

  private final AuditLog log;
  private final TreeStore store;
  private final TreeSealer sealer;
  private final HeadSigner signer;

  TreeProofs(AuditLog log, TreeStore store, TreeSealer sealer, HeadSigner signer) {
    this.log = log;
    this.store = store;
    this.sealer = sealer;
    this.signer = signer;
  }

  DossierProof dossier(String code) {
    List<AuditEntry> entries = log.ofDossier(code);
    if (entries.stream().anyMatch(e -> !e.sealed())) {
      sealer.seal();
      entries = log.ofDossier(code);
    }
    long last =
        entries.stream().filter(AuditEntry::sealed).mapToLong(AuditEntry::seq).max().orElse(0);
    Optional<TreeHead> head = last == 0 ? sealer.latest() : sealer.covering(last);
    long size = head.map(TreeHead::treeSize).orElse(0L);
    List<AuditEntry> sealed = entries.stream().filter(e -> e.sealed() && e.seq() <= size).toList();
    MerkleTree.Nodes nodes =
        prefetch(
            recorder -> sealed.forEach(e -> MerkleTree.inclusion(e.seq() - 1, size, recorder)));
    List<EntryProof> proofs =
        sealed.stream().map(e -> proof(e, MerkleTree.inclusion(e.seq() - 1, size, nodes))).toList();
    return new DossierProof(
        code,
        head.orElse(null),
        "Ed25519",
        signer.publicKey(),
        TreeHead.FORMAT,
        LEAF_FORMAT,
        proofs,
        entries.size() - sealed.size());
  }

  /** Between two sealed heads; empty when one of them was never sealed. */
  Optional<Consistency> consistency(long from, long to) {
    Optional<TreeHead> first = store.head(from);
    Optional<TreeHead> second = store.head(to);
    if (first.isEmpty() || second.isEmpty()) {
      return Optional.empty();
    }
    MerkleTree.Nodes nodes = prefetch(recorder -> MerkleTree.consistency(from, to, recorder));
    return Optional.of(
        new Consistency(first.get(), second.get(), hexes(MerkleTree.consistency(from, to, nodes))));
  }

  /** Runs the proof once to learn which nodes it needs, reads them, and serves them. */
  private MerkleTree.Nodes prefetch(java.util.function.Consumer<MerkleTree.Nodes> proof) {
    Set<String> keys = new HashSet<>();
    proof.accept(
        (h, i) -> {
          keys.add(h + "/" + i);
          return PLACEHOLDER;
        });
    Map<String, byte[]> found = keys.isEmpty() ? Map.of() : store.nodes(keys);
    return (h, i) -> {
      byte[] hash = found.get(h + "/" + i);
      if (hash == null) {
        throw new IllegalStateException("no tree node " + h + "/" + i);
      }
      return hash;
    };
  }

  private static EntryProof proof(AuditEntry e, List<byte[]> path) {
    byte[] leaf = MerkleLeaf.bytes(e);
    return new EntryProof(
        e.seq() - 1,
        e.seq(),
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
        e.detail(),
        e.prevHash(),
        e.entryHash(),
        e.keyId(),
        Base64.getEncoder().encodeToString(leaf),
        HEX.formatHex(MerkleTree.leafHash(leaf)),
        hexes(path));
  }

  private static List<String> hexes(List<byte[]> hashes) {
    return hashes.stream().map(HEX::formatHex).map(Function.<String>identity()).toList();
  }
}
