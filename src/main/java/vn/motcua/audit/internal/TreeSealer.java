package vn.motcua.audit.internal;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.calendar.EngineClock;

/**
 * The log's one sequencer and sealer: takes the entries the actions wrote since the last round,
 * gives them their place in the chain ({@link AuditSequencer}), seals them into the Merkle tree and
 * signs the new tree head. One at a time in the cluster: a round runs in one transaction that first
 * locks the one row of {@code audit_tree_state} ({@code select ... for update}, PostgreSQL and H2
 * alike), so every node may call it; an explicit seal on a second node waits for the first and then
 * finds nothing, or only what was appended since, to seal, while a periodic round that finds the
 * row taken ({@code skip locked}) leaves its turn to the node already sealing. Appends never touch
 * that row, so sealing does not slow them. When the node holding the lock dies, PostgreSQL ends its
 * backend as soon as the connection is found dropped (at once for a killed process, whose socket
 * the kernel closes; after the TCP keepalive for a vanished host), which rolls its round back and
 * releases the row: the next node's round takes over from the same place, and nothing half-sealed
 * remains.
 *
 * <p>Who runs it: {@code POST /api/audit/tree/heads} (administrators); {@code GET
 * /api/audit/verify} before it checks; lazily, a dossier's proof when the dossier has entries the
 * latest head does not cover; and every {@code motcua.audit.tree-every} (default one second) on
 * every node, through the application's one scheduler (no thread of its own), unless {@code
 * motcua.audit.tree-sealer} is false (the tests seal explicitly, so that their tampering is never
 * sealed in). A round sequences up to 1000 waiting entries, reads the sequenced entries from the
 * sealed size on, stores the leaf hash and every perfect subtree it completes ({@link
 * MerkleTree.Compact}), and signs with the Ed25519 key of the chain's heads ({@link HeadSigner});
 * the timestamp is the engine clock's. Rounds repeat until nothing waits.
 */
@Component
class TreeSealer {

  private static final Logger logger = LoggerFactory.getLogger(TreeSealer.class);
  private static final int BATCH = 1000;
  private static final HexFormat HEX = HexFormat.of();

  private final AuditLog log;
  private final AuditSequencer sequencer;
  private final TreeStore store;
  private final HeadSigner signer;
  private final EngineClock clock;
  private final TransactionTemplate transactions;
  private final boolean periodic;
  private final String keyId;

  TreeSealer(
      AuditLog log,
      AuditSequencer sequencer,
      TreeStore store,
      HeadSigner signer,
      EngineClock clock,
      PlatformTransactionManager transactionManager,
      @Value("${motcua.audit.tree-sealer:true}") boolean periodic) {
    this.log = log;
    this.sequencer = sequencer;
    this.store = store;
    this.signer = signer;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
    this.periodic = periodic;
    this.keyId = keyId(signer.publicKey());
  }

  /** The hex SHA-256 of the public key's X.509 bytes (base64 here), RFC 6962's log id. */
  static String keyId(String publicKey) {
    try {
      return HEX.formatHex(
          MessageDigest.getInstance("SHA-256").digest(Base64.getDecoder().decode(publicKey)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  String keyId() {
    return keyId;
  }

  /** One round's outcome: the latest head, and whether entries may still wait. */
  private record Round(Optional<TreeHead> head, boolean more) {}

  /**
   * The entries committed since the last head sequenced and sealed into new heads, a transaction
   * per batch; the latest head (the last one when nothing waited).
   */
  Optional<TreeHead> seal() {
    return rounds(true);
  }

  /** As {@link #seal()}, unless another node is sealing: then nothing, at once. */
  Optional<TreeHead> sealIfFree() {
    return rounds(false);
  }

  /**
   * Rounds until nothing waits; {@code wait}: for the round another node may be running (an
   * explicit seal), or not (the periodic one, which leaves its turn to the node already sealing, so
   * the nodes never queue on the state row).
   */
  private Optional<TreeHead> rounds(boolean wait) {
    Round round;
    do {
      round = transactions.execute(status -> sealLocked(wait));
    } while (round.more());
    return round.head();
  }

  /** The latest head, sealed first when it does not cover entry {@code seq}. */
  Optional<TreeHead> covering(long seq) {
    Optional<TreeHead> latest = store.latest();
    if (latest.isPresent() && latest.get().treeSize() >= seq) {
      return latest;
    }
    return seal();
  }

  Optional<TreeHead> latest() {
    return store.latest();
  }

  @Scheduled(
      fixedDelayString = "${motcua.audit.tree-every:PT1S}",
      initialDelayString = "${motcua.audit.tree-every:PT1S}")
  void sealPeriodically() {
    if (!periodic) {
      return;
    }
    try {
      if (log.anyUnsealed()
          || store.latest().map(TreeHead::treeSize).orElse(0L) < log.head().seq()) {
        sealIfFree();
      }
    } catch (RuntimeException e) {
      logger.warn("The audit tree was not sealed this time: {}", e.toString());
    }
  }

  private Round sealLocked(boolean wait) {
    Optional<Long> locked = wait ? Optional.of(store.lockSize()) : store.tryLockSize();
    if (locked.isEmpty()) {
      return new Round(Optional.empty(), false);
    }
    boolean more = sequencer.sequence(BATCH) == BATCH;
    return new Round(sealTree(locked.get()), more);
  }

  private Optional<TreeHead> sealTree(long sealed) {
    long last = log.head().seq();
    if (last <= sealed) {
      return store.latest();
    }
    MerkleTree.Compact tree = MerkleTree.Compact.of(sealed, store::node);
    boolean more = true;
    while (more && tree.size() < last) {
      List<AuditEntry> batch = log.batch(tree.size(), last, BATCH);
      List<TreeStore.Node> nodes = new ArrayList<>();
      more = !batch.isEmpty();
      for (AuditEntry entry : batch) {
        if (entry.seq() != tree.size() + 1) {
          more = false;
          break;
        }
        tree.append(
            MerkleLeaf.hash(entry), (h, i, hash) -> nodes.add(new TreeStore.Node(h, i, hash)));
      }
      store.insert(nodes);
    }
    if (tree.size() == sealed) {
      return store.latest();
    }
    TreeHead head = sign(tree.size(), HEX.formatHex(tree.root()), clock.instant());
    store.insert(head);
    store.moveSize(tree.size());
    return Optional.of(head);
  }

  private TreeHead sign(long size, String root, Instant at) {
    Instant millis = at.truncatedTo(ChronoUnit.MILLIS);
    byte[] signature = signer.signMessage(TreeHead.message(size, root, millis, keyId));
    return new TreeHead(size, root, millis, keyId, Base64.getEncoder().encodeToString(signature));
  }

  /** Whether the head's signature is the audit signing key's over its fields. */
  boolean verifies(TreeHead head) {
    try {
      return keyId.equals(head.keyId())
          && signer.verifiesMessage(head.message(), Base64.getDecoder().decode(head.signature()));
    } catch (IllegalArgumentException | NullPointerException e) {
      return false;
    }
  }
}
