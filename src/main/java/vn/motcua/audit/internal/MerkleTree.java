package vn.motcua.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * RFC 6962 §2.1 (RFC 9162 §2.1) Merkle tree hashing, pure: a leaf hashes as SHA-256(0x00 ‖ leaf), a
 * node as SHA-256(0x01 ‖ left ‖ right), the tree of n leaves (MTH) splits at k, the largest power
 * of two smaller than n; the empty tree's hash is SHA-256 of nothing. Trees are read through {@link
 * Nodes}: the hash of a perfect subtree of 2^height leaves starting at leaf index·2^height, the
 * form in which they are stored, so that a root, an inclusion path or a consistency proof needs
 * O(log n) of them and never every leaf. {@link Compact} grows a tree leaf by leaf in O(log n)
 * memory, for sealing and for verifying a million entries as a stream.
 */
final class MerkleTree {

  /** The perfect subtrees of a tree: {@code node(h, i)} covers leaves [i·2^h, (i+1)·2^h). */
  @FunctionalInterface
  interface Nodes {
    byte[] node(int height, long index);
  }

  /** Receives each perfect subtree as {@link Compact} completes it. */
  @FunctionalInterface
  interface Sink {
    void node(int height, long index, byte[] hash);
  }

  private MerkleTree() {}

  static byte[] leafHash(byte[] leaf) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x00);
    return sha.digest(leaf);
  }

  static byte[] nodeHash(byte[] left, byte[] right) {
    MessageDigest sha = sha256();
    sha.update((byte) 0x01);
    sha.update(left);
    return sha.digest(right);
  }

  static byte[] emptyRoot() {
    return sha256().digest();
  }

  /** MTH of the first {@code size} leaves. */
  static byte[] root(long size, Nodes nodes) {
    return size == 0 ? emptyRoot() : subtree(0, size, nodes);
  }

  /**
   * MTH of the {@code size} leaves from {@code start}, {@code start} aligned as RFC 6962 splits.
   */
  static byte[] subtree(long start, long size, Nodes nodes) {
    if (Long.bitCount(size) == 1) {
      int height = Long.numberOfTrailingZeros(size);
      return nodes.node(height, start >>> height);
    }
    long k = split(size);
    return nodeHash(subtree(start, k, nodes), subtree(start + k, size - k, nodes));
  }

  /** The largest power of two smaller than {@code n} (n ≥ 2). */
  static long split(long n) {
    return Long.highestOneBit(n - 1);
  }

  /** PATH(index, D[0:size]) of RFC 6962 §2.1.1, leaf side first. */
  static List<byte[]> inclusion(long index, long size, Nodes nodes) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException("leaf " + index + " is not in a tree of " + size);
    }
    List<byte[]> path = new ArrayList<>();
    path(index, 0, size, nodes, path);
    return path;
  }

  private static void path(long m, long start, long n, Nodes nodes, List<byte[]> out) {
    if (n == 1) {
      return;
    }
    long k = split(n);
    if (m < k) {
      path(m, start, k, nodes, out);
      out.add(subtree(start + k, n - k, nodes));
    } else {
      path(m - k, start + k, n - k, nodes, out);
      out.add(subtree(start, k, nodes));
    }
  }

  /** PROOF(m, D[0:n]) of RFC 6962 §2.1.2: empty when m is 0 or n. */
  static List<byte[]> consistency(long m, long n, Nodes nodes) {
    if (m < 0 || m > n) {
      throw new IllegalArgumentException("no consistency from " + m + " to " + n);
    }
    List<byte[]> proof = new ArrayList<>();
    if (m > 0 && m < n) {
      subproof(m, 0, n, true, nodes, proof);
    }
    return proof;
  }

  private static void subproof(
      long m, long start, long n, boolean whole, Nodes nodes, List<byte[]> out) {
    if (m == n) {
      if (!whole) {
        out.add(subtree(start, m, nodes));
      }
      return;
    }
    long k = split(n);
    if (m <= k) {
      subproof(m, start, k, whole, nodes, out);
      out.add(subtree(start + k, n - k, nodes));
    } else {
      subproof(m - k, start + k, n - k, false, nodes, out);
      out.add(subtree(start, k, nodes));
    }
  }

  /** RFC 9162 §2.1.3.2: whether {@code path} leads from the leaf hash to {@code root}. */
  static boolean verifyInclusion(
      long index, long size, byte[] leafHash, List<byte[]> path, byte[] root) {
    if (index < 0 || index >= size) {
      return false;
    }
    long fn = index;
    long sn = size - 1;
    byte[] r = leafHash;
    for (byte[] p : path) {
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        r = nodeHash(p, r);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        r = nodeHash(r, p);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(r, root);
  }

  /** RFC 9162 §2.1.4.2: whether {@code proof} shows the tree of {@code n} extends that of m. */
  static boolean verifyConsistency(
      long m, long n, byte[] oldRoot, byte[] newRoot, List<byte[]> proof) {
    if (m < 0 || m > n) {
      return false;
    }
    if (m == n) {
      return proof.isEmpty() && Arrays.equals(oldRoot, newRoot);
    }
    if (m == 0) {
      return proof.isEmpty();
    }
    if (proof.isEmpty()) {
      return false;
    }
    List<byte[]> path = new ArrayList<>();
    if (Long.bitCount(m) == 1) {
      path.add(oldRoot);
    }
    path.addAll(proof);
    long fn = m - 1;
    long sn = n - 1;
    while ((fn & 1) == 1) {
      fn >>= 1;
      sn >>= 1;
    }
    Iterator<byte[]> it = path.iterator();
    byte[] fr = it.next();
    byte[] sr = fr;
    while (it.hasNext()) {
      byte[] c = it.next();
      if (sn == 0) {
        return false;
      }
      if ((fn & 1) == 1 || fn == sn) {
        fr = nodeHash(c, fr);
        sr = nodeHash(c, sr);
        if ((fn & 1) == 0) {
          while ((fn & 1) == 0 && fn != 0) {
            fn >>= 1;
            sn >>= 1;
          }
        }
      } else {
        sr = nodeHash(sr, c);
      }
      fn >>= 1;
      sn >>= 1;
    }
    return sn == 0 && Arrays.equals(fr, oldRoot) && Arrays.equals(sr, newRoot);
  }

  /** An in-memory tree over leaf hashes, for tests and small trees (node cost O(2^height)). */
  static Nodes of(List<byte[]> leafHashes) {
    return (height, index) -> {
      long start = index << height;
      long size = 1L << height;
      if (start + size > leafHashes.size()) {
        throw new IllegalArgumentException("no node " + height + "/" + index);
      }
      return build(leafHashes, (int) start, (int) size);
    };
  }

  private static byte[] build(List<byte[]> leaves, int start, int size) {
    if (size == 1) {
      return leaves.get(start);
    }
    int half = size / 2;
    return nodeHash(build(leaves, start, half), build(leaves, start + half, half));
  }

  /**
   * A tree grown leaf by leaf keeping only its perfect subtrees along the right edge (at most 64),
   * the "compact range" of Certificate Transparency: {@link #append} hands every subtree it
   * completes to a {@link Sink}; {@link #root()} is the MTH of the leaves so far.
   */
  static final class Compact {
    private record Node(int height, byte[] hash) {}

    private final Deque<Node> stack = new ArrayDeque<>();
    private long size;

    /** A tree of {@code size} leaves known through its stored perfect subtrees. */
    static Compact of(long size, Nodes nodes) {
      Compact compact = new Compact();
      long start = 0;
      for (int height = 63; height >= 0; height--) {
        if ((size & (1L << height)) != 0) {
          compact.stack.addLast(new Node(height, nodes.node(height, start >>> height)));
          start += 1L << height;
        }
      }
      compact.size = size;
      return compact;
    }

    long size() {
      return size;
    }

    void append(byte[] leafHash, Sink sink) {
      sink.node(0, size, leafHash);
      Node top = new Node(0, leafHash);
      long index = size;
      while (!stack.isEmpty() && stack.peekLast().height() == top.height()) {
        Node left = stack.removeLast();
        top = new Node(top.height() + 1, nodeHash(left.hash(), top.hash()));
        index >>= 1;
        sink.node(top.height(), index, top.hash());
      }
      stack.addLast(top);
      size++;
    }

    byte[] root() {
      if (stack.isEmpty()) {
        return emptyRoot();
      }
      Iterator<Node> fromRight = stack.descendingIterator();
      byte[] hash = fromRight.next().hash();
      while (fromRight.hasNext()) {
        hash = nodeHash(fromRight.next().hash(), hash);
      }
      return hash;
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
