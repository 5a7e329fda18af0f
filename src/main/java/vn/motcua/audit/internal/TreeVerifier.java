package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Recomputes the Merkle tree from the entries themselves and checks it against every signed tree
 * head. In one pass over the entries in seq order (batches of 1000, O(log n) memory): every head's
 * signature; each sealed entry present in its place (a deleted one: {@code missing entry}); its
 * leaf, recomputed from its fields, equal to the one sealed (an edited or reordered entry: {@code
 * leaf mismatch}); and at each head's size the recomputed root equal to the signed one ({@code root
 * mismatch}: the sealed leaves were rewritten too, the first bad leaf is then at or after {@code
 * firstBadLeaf}, the size of the last head that still matches); and every stored subtree hash the
 * proofs are served from equal to the recomputed one ({@code node mismatch}, at the first leaf the
 * node covers). Entries appended after the latest head are left to the next seal. The answer names
 * the FIRST bad leaf index (leaf i is entry seq i + 1).
 */
@Component
class TreeVerifier {

  static final String MISSING_ENTRY = "missing entry";
  static final String LEAF_MISMATCH = "leaf mismatch";
  static final String ROOT_MISMATCH = "root mismatch";
  static final String NODE_MISMATCH = "node mismatch";
  static final String BAD_SIGNATURE = "bad head signature";

  private static final int BATCH = 1000;
  private static final HexFormat HEX = HexFormat.of();

  /** The answer: ok with the size checked and the heads, or the first bad leaf and why. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verdict(
      boolean ok,
      long treeSize,
      int heads,
      String rootHash,
      Long firstBadLeaf,
      String reason,
      Long badHead) {

    static Verdict broken(long size, int heads, long leaf, String reason, Long head) {
      return new Verdict(false, size, heads, null, leaf, reason, head);
    }
  }

  private final AuditLog log;
  private final TreeStore store;
  private final TreeSealer sealer;

  TreeVerifier(AuditLog log, TreeStore store, TreeSealer sealer) {
    this.log = log;
    this.store = store;
    this.sealer = sealer;
  }

  Verdict verify() {
    List<TreeHead> heads = store.heads(0, Long.MAX_VALUE, Integer.MAX_VALUE);
    for (TreeHead head : heads) {
      if (!sealer.verifies(head)) {
        return Verdict.broken(head.treeSize(), heads.size(), 0, BAD_SIGNATURE, head.treeSize());
      }
    }
    long sealed = heads.isEmpty() ? 0 : heads.get(heads.size() - 1).treeSize();
    MerkleTree.Compact tree = MerkleTree.Compact.of(0, (h, i) -> null);
    int next = 0;
    long matched = 0;
    while (tree.size() < sealed) {
      long from = tree.size();
      List<AuditEntry> batch = log.batch(from, sealed, BATCH);
      if (batch.isEmpty()) {
        return Verdict.broken(sealed, heads.size(), from, MISSING_ENTRY, null);
      }
      Map<Long, byte[]> stored = store.leaves(from, from + BATCH);
      Map<String, byte[]> computed = new LinkedHashMap<>();
      for (AuditEntry entry : batch) {
        long index = tree.size();
        if (entry.seq() != index + 1) {
          return Verdict.broken(sealed, heads.size(), index, MISSING_ENTRY, null);
        }
        byte[] leaf = MerkleLeaf.hash(entry);
        if (!Arrays.equals(leaf, stored.get(index))) {
          return Verdict.broken(sealed, heads.size(), index, LEAF_MISMATCH, null);
        }
        tree.append(
            leaf,
            (h, i, hash) -> {
              if (h > 0) {
                computed.put(h + "/" + i, hash);
              }
            });
        while (next < heads.size() && heads.get(next).treeSize() == tree.size()) {
          TreeHead head = heads.get(next++);
          if (!HEX.formatHex(tree.root()).equals(head.rootHash())) {
            return Verdict.broken(sealed, heads.size(), matched, ROOT_MISMATCH, head.treeSize());
          }
          matched = head.treeSize();
        }
      }
      if (!computed.isEmpty()) {
        Map<String, byte[]> nodes = store.nodes(computed.keySet());
        for (Map.Entry<String, byte[]> node : computed.entrySet()) {
          if (!Arrays.equals(node.getValue(), nodes.get(node.getKey()))) {
            String[] key = node.getKey().split("/");
            long first = Long.parseLong(key[1]) << Integer.parseInt(key[0]);
            return Verdict.broken(sealed, heads.size(), first, NODE_MISMATCH, null);
          }
        }
      }
    }
    return new Verdict(
        true,
        sealed,
        heads.size(),
        heads.isEmpty() ? HEX.formatHex(MerkleTree.emptyRoot()) : HEX.formatHex(tree.root()),
        null,
        null,
        null);
  }
}
