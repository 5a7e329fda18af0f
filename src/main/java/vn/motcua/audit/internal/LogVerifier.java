package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The whole log checked, as {@code GET /api/audit/verify} answers: what waits for the sequencer is
 * sequenced and sealed first, then the keyed chain is walked ({@link ChainVerifier}: the first
 * broken seq and why) and the Merkle tree recomputed against every signed head ({@link
 * TreeVerifier}: the first bad leaf, leaf i being seq i + 1). The answer keeps the chain's fields
 * at its top (as before the tree existed) and adds the tree's verdict and the number of entries
 * still unsealed (written while it ran): those are not errors, the next round seals them.
 */
@Component
class LogVerifier {

  private static final Logger logger = LoggerFactory.getLogger(LogVerifier.class);

  /** Chain and tree together; ok only when both are. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verdict(
      boolean ok,
      long entries,
      String head,
      Long brokenAt,
      String reason,
      Long intactUpTo,
      TreeVerifier.Verdict tree,
      long unsealed) {}

  private final TreeSealer sealer;
  private final ChainVerifier chain;
  private final TreeVerifier tree;
  private final AuditLog log;

  LogVerifier(TreeSealer sealer, ChainVerifier chain, TreeVerifier tree, AuditLog log) {
    this.sealer = sealer;
    this.chain = chain;
    this.tree = tree;
    this.log = log;
  }

  /** The chain and the tree, after sealing what waits. */
  Verdict verify() {
    return verifyBoth();
  }

  /** The chain's verdict (perhaps against signed heads) with the tree's. */
  Verdict combine(ChainVerifier.Verdict chained) {
    return combine(chained, tree.verify());
  }

  /**
   * The whole log's verdict with the tree recomputed on another thread while the chain is walked:
   * the two passes read the entries on their own connections, so the check takes about as long as
   * the longer of them on two cores rather than their sum.
   */
  Verdict verifyBoth() {
    sequence();
    CompletableFuture<TreeVerifier.Verdict> treed = CompletableFuture.supplyAsync(tree::verify);
    ChainVerifier.Verdict chained = chain.verify();
    try {
      return combine(chained, treed.join());
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
  }

  private Verdict combine(ChainVerifier.Verdict chained, TreeVerifier.Verdict treed) {
    return new Verdict(
        chained.ok() && treed.ok(),
        chained.entries(),
        chained.head(),
        chained.brokenAt(),
        chained.reason(),
        chained.intactUpTo(),
        treed,
        log.unsealedCount());
  }

  /** Seals what waits; a failure to seal is no reason not to check what is sealed. */
  void sequence() {
    try {
      sealer.seal();
    } catch (RuntimeException e) {
      logger.warn("The audit log was not sequenced before its check: {}", e.toString());
    }
  }
}
