package vn.motcua.audit.internal;

import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.EngineClock;

/**
 * Signs the chain's head and appends it to the journal: on demand, and every {@code
 * motcua.audit.head-every} on every node. Running on every node is safe (design: periodic work is a
 * Camunda timer or safe everywhere): signing writes nothing to the database, each node appends to
 * its own journal (or to a shared one, one line a head), and a node whose journal already ends with
 * the current head writes nothing. It signs only a chain that verifies whole and still ends, at the
 * last head in the journal, where that head said: a rewritten chain is never signed, the refusal is
 * logged, and the journal keeps the evidence.
 */
@Component
class AuditHeads {

  private static final Logger logger = LoggerFactory.getLogger(AuditHeads.class);

  private final ChainVerifier verifier;
  private final HeadSigner signer;
  private final HeadJournal journal;
  private final AuditSeal seal;
  private final EngineClock clock;

  AuditHeads(
      ChainVerifier verifier,
      HeadSigner signer,
      HeadJournal journal,
      AuditSeal seal,
      EngineClock clock) {
    this.verifier = verifier;
    this.signer = signer;
    this.journal = journal;
    this.seal = seal;
    this.clock = clock;
  }

  /**
   * The current head, signed and appended to the journal (or the journal's last head when the chain
   * has not grown since).
   *
   * @throws AuditProblems.ChainBrokenException when the chain does not verify, or no longer ends
   *     where the journal's last head said
   */
  SignedHead signNow() {
    ChainVerifier.Verdict whole = verifier.verify();
    if (!whole.ok()) {
      throw new AuditProblems.ChainBrokenException(whole);
    }
    Optional<SignedHead> last = journal.latest();
    if (last.isPresent()) {
      if (!signer.verifies(last.get())) {
        throw new AuditProblems.ChainBrokenException(
            ChainVerifier.Verdict.broken(0, last.get().entries(), ChainVerifier.BAD_SIGNATURE));
      }
      if (last.get().entries() == whole.entries() && last.get().lastHash().equals(whole.head())) {
        return last.get();
      }
      ChainVerifier.Verdict extended = verifier.verify(heads(List.of(last.get())));
      if (!extended.ok()) {
        throw new AuditProblems.ChainBrokenException(extended);
      }
    }
    SignedHead head =
        signer.sign(whole.entries(), whole.head(), clock.instant(), seal.currentKey());
    journal.append(head);
    return head;
  }

  /** The chain against every head in the journal; a head whose signature fails is reported. */
  ChainVerifier.Verdict verifyAgainstJournal() {
    List<SignedHead> heads = journal.all();
    for (SignedHead head : heads) {
      if (!signer.verifies(head)) {
        return ChainVerifier.Verdict.broken(0, head.entries(), ChainVerifier.BAD_SIGNATURE);
      }
    }
    return verifier.verify(heads(heads));
  }

  /** The chain against one head saved elsewhere, whose signature was checked. */
  ChainVerifier.Verdict verifyAgainst(SignedHead head) {
    return verifier.verify(heads(List.of(head)));
  }

  Optional<SignedHead> latest() {
    return journal.latest();
  }

  @Scheduled(
      fixedDelayString = "${motcua.audit.head-every:PT1H}",
      initialDelayString = "${motcua.audit.head-every:PT1H}")
  void signPeriodically() {
    try {
      SignedHead head = signNow();
      logger.debug("audit head signed: {} entries, {}", head.entries(), head.lastHash());
    } catch (AuditProblems.ChainBrokenException e) {
      logger.error(
          "The audit chain does not verify ({} at entry {}): head not signed. See GET"
              + " /api/audit/verify?against=file.",
          e.verdict().reason(),
          e.verdict().brokenAt());
    }
  }

  private static SortedMap<Long, String> heads(List<SignedHead> heads) {
    SortedMap<Long, String> byEntries = new TreeMap<>();
    heads.forEach(h -> byEntries.put(h.entries(), h.lastHash()));
    return byEntries;
  }
}
