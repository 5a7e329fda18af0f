package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * RFC 6962 hashing against Certificate Transparency's reference vectors (the eight leaves of the
 * CT/Trillian tests: roots of sizes 0–8, inclusion paths, consistency proofs), then every proof of
 * every tree up to 70 leaves round-tripped and mangled, and the compact tree that seals leaf by
 * leaf giving the same nodes and roots as the recursive definition.
 */
class MerkleTreeUnitTests {

  private static final HexFormat HEX = HexFormat.of();

  private static final List<byte[]> CT_LEAVES =
      List.of(
              "",
              "00",
              "10",
              "2021",
              "3031",
              "40414243",
              "5051525354555657",
              "606162636465666768696a6b6c6d6e6f")
          .stream()
          .map(HEX::parseHex)
          .map(MerkleTree::leafHash)
          .toList();

  private static final List<String> CT_ROOTS =
      List.of(
          "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
          "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
          "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
          "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
          "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
          "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
          "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
          "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
          "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328");

  @Test
  void rootsOfTheReferenceTreeAreTheRfcs() {
    for (int n = 0; n <= 8; n++) {
      assertThat(hex(MerkleTree.root(n, MerkleTree.of(CT_LEAVES.subList(0, n)))))
          .as("size %d", n)
          .isEqualTo(CT_ROOTS.get(n));
    }
  }

  @Test
  void inclusionPathsAreTheReferenceOnes() {
    assertThat(hexes(MerkleTree.inclusion(0, 8, MerkleTree.of(CT_LEAVES))))
        .containsExactly(
            "96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    List<byte[]> path = MerkleTree.inclusion(5, 8, MerkleTree.of(CT_LEAVES));
    assertThat(hexes(path))
        .containsExactly(
            "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    byte[] root = HEX.parseHex(CT_ROOTS.get(8));
    assertThat(MerkleTree.verifyInclusion(5, 8, CT_LEAVES.get(5), path, root)).isTrue();
    assertThat(MerkleTree.verifyInclusion(4, 8, CT_LEAVES.get(5), path, root)).isFalse();
    assertThat(MerkleTree.verifyInclusion(5, 8, CT_LEAVES.get(4), path, root)).isFalse();
    assertThat(MerkleTree.inclusion(0, 1, MerkleTree.of(CT_LEAVES))).isEmpty();
  }

  @Test
  void consistencyProofsAreTheReferenceOnes() {
    List<byte[]> twoToEight = MerkleTree.consistency(2, 8, MerkleTree.of(CT_LEAVES));
    assertThat(hexes(twoToEight))
        .containsExactly(
            "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
            "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4");
    List<byte[]> sixToEight = MerkleTree.consistency(6, 8, MerkleTree.of(CT_LEAVES));
    assertThat(hexes(sixToEight))
        .containsExactly(
            "0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
            "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
            "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7");
    byte[] six = HEX.parseHex(CT_ROOTS.get(6));
    byte[] eight = HEX.parseHex(CT_ROOTS.get(8));
    assertThat(MerkleTree.verifyConsistency(6, 8, six, eight, sixToEight)).isTrue();
    assertThat(MerkleTree.verifyConsistency(6, 8, eight, six, sixToEight)).isFalse();
    assertThat(MerkleTree.verifyConsistency(6, 8, six, eight, twoToEight)).isFalse();
    assertThat(MerkleTree.verifyConsistency(8, 8, eight, eight, List.of())).isTrue();
    assertThat(MerkleTree.verifyConsistency(8, 6, eight, six, sixToEight)).isFalse();
  }

  @Test
  void everyProofOfEveryTreeUpTo70LeavesVerifiesAndAMangledOneDoesNot() {
    List<byte[]> leaves =
        IntStream.range(0, 70)
            .mapToObj(i -> MerkleTree.leafHash(("leaf " + i).getBytes(StandardCharsets.UTF_8)))
            .toList();
    MerkleTree.Nodes nodes = memo(MerkleTree.of(leaves));
    List<byte[]> roots = new ArrayList<>();
    for (int n = 0; n <= leaves.size(); n++) {
      roots.add(MerkleTree.root(n, nodes));
    }
    byte[] other = MerkleTree.leafHash(new byte[] {42});
    for (int n = 1; n <= leaves.size(); n++) {
      for (int i = 0; i < n; i++) {
        List<byte[]> path = MerkleTree.inclusion(i, n, nodes);
        assertThat(MerkleTree.verifyInclusion(i, n, leaves.get(i), path, roots.get(n)))
            .as("leaf %d of %d", i, n)
            .isTrue();
        assertThat(MerkleTree.verifyInclusion(i, n, other, path, roots.get(n))).isFalse();
        if (!path.isEmpty()) {
          List<byte[]> flipped = new ArrayList<>(path);
          byte[] last = flipped.get(flipped.size() - 1).clone();
          last[3] ^= 1;
          flipped.set(flipped.size() - 1, last);
          assertThat(MerkleTree.verifyInclusion(i, n, leaves.get(i), flipped, roots.get(n)))
              .isFalse();
          assertThat(
                  MerkleTree.verifyInclusion(
                      i, n, leaves.get(i), path.subList(0, path.size() - 1), roots.get(n)))
              .isFalse();
        }
        List<byte[]> longer = new ArrayList<>(path);
        longer.add(other);
        assertThat(MerkleTree.verifyInclusion(i, n, leaves.get(i), longer, roots.get(n))).isFalse();
      }
      for (int m = 1; m <= n; m++) {
        List<byte[]> proof = MerkleTree.consistency(m, n, nodes);
        assertThat(MerkleTree.verifyConsistency(m, n, roots.get(m), roots.get(n), proof))
            .as("%d to %d", m, n)
            .isTrue();
        if (m < n) {
          assertThat(MerkleTree.verifyConsistency(m, n, roots.get(m - 1), roots.get(n), proof))
              .isFalse();
          assertThat(MerkleTree.verifyConsistency(m, n, roots.get(m), roots.get(n - 1), proof))
              .isFalse();
          List<byte[]> flipped = new ArrayList<>(proof);
          byte[] first = flipped.get(0).clone();
          first[0] ^= (byte) 0x80;
          flipped.set(0, first);
          assertThat(MerkleTree.verifyConsistency(m, n, roots.get(m), roots.get(n), flipped))
              .isFalse();
        }
      }
    }
  }

  @Test
  void theCompactTreeStoresEveryNodeAndGivesEveryRoot() {
    List<byte[]> leaves =
        IntStream.range(0, 45).mapToObj(i -> MerkleTree.leafHash(new byte[] {(byte) i})).toList();
    MerkleTree.Nodes reference = MerkleTree.of(leaves);
    Map<String, byte[]> stored = new HashMap<>();
    MerkleTree.Compact compact = MerkleTree.Compact.of(0, (h, i) -> null);
    for (int n = 0; n < leaves.size(); n++) {
      if (n == 20) {
        // resumed from stored nodes, as the next seal does
        compact = MerkleTree.Compact.of(20, (h, i) -> stored.get(h + "/" + i));
      }
      compact.append(leaves.get(n), (h, i, hash) -> stored.put(h + "/" + i, hash));
      assertThat(hex(compact.root())).isEqualTo(hex(MerkleTree.root(n + 1, reference)));
    }
    for (Map.Entry<String, byte[]> node : stored.entrySet()) {
      String[] key = node.getKey().split("/");
      assertThat(hex(node.getValue()))
          .isEqualTo(hex(reference.node(Integer.parseInt(key[0]), Long.parseLong(key[1]))));
    }
    // 45 leaves: 45 + 22 + 11 + 5 + 2 + 1 perfect subtrees
    assertThat(stored).hasSize(86);
    assertThat(hex(MerkleTree.Compact.of(0, (h, i) -> null).root())).isEqualTo(CT_ROOTS.get(0));
  }

  @Test
  void badArgumentsAreRefused() {
    assertThatThrownBy(() -> MerkleTree.inclusion(8, 8, MerkleTree.of(CT_LEAVES)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MerkleTree.consistency(5, 3, MerkleTree.of(CT_LEAVES)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(MerkleTree.verifyInclusion(8, 8, CT_LEAVES.get(0), List.of(), new byte[32]))
        .isFalse();
  }

  @Test
  void aLeafEncodesEveryFieldLengthPrefixedAndNullsAsZero() {
    AuditEntry entry =
        new AuditEntry(
            7,
            Instant.parse("2026-11-23T01:00:00.120Z"),
            "tiepnhan.anbinh",
            null,
            "RECEIVE",
            "DOSSIER",
            "H99.01-261123-0001",
            "H99.01-261123-0001",
            null,
            "RECEIVED",
            null,
            "{\"a\":\"ư\"}",
            "0".repeat(64),
            "f".repeat(64),
            "k1");
    String expected =
        "\u001f20:motcua-audit-leaf-v1\u001f1:7\u001f24:2026-11-23T01:00:00.120Z"
            + "\u001f15:tiepnhan.anbinh\u001f\u0000\u001f7:RECEIVE\u001f7:DOSSIER"
            + "\u001f18:H99.01-261123-0001\u001f18:H99.01-261123-0001\u001f\u0000"
            + "\u001f8:RECEIVED\u001f\u0000\u001f10:{\"a\":\"ư\"}\u001f64:"
            + "0".repeat(64)
            + "\u001f64:"
            + "f".repeat(64)
            + "\u001f2:k1";
    assertThat(new String(MerkleLeaf.bytes(entry), StandardCharsets.UTF_8)).isEqualTo(expected);
    assertThat(MerkleLeaf.hash(entry))
        .isEqualTo(MerkleTree.leafHash(expected.getBytes(StandardCharsets.UTF_8)));
  }

  private static MerkleTree.Nodes memo(MerkleTree.Nodes nodes) {
    Map<String, byte[]> cache = new HashMap<>();
    return (h, i) -> cache.computeIfAbsent(h + "/" + i, k -> nodes.node(h, i));
  }

  private static String hex(byte[] bytes) {
    return HEX.formatHex(bytes);
  }

  private static List<String> hexes(List<byte[]> hashes) {
    return hashes.stream().map(HEX::formatHex).toList();
  }
}
