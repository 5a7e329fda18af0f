package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Merkle tree over the audit trail. Open to anyone, like the chain's head (they hold hashes,
 * sizes and times, nothing of an entry's content; {@link TreeConfiguration}): {@code GET
 * /api/audit/tree/head}, the latest signed tree head with the public key; {@code GET
 * /api/audit/tree/heads?from=&to=}, the log of heads (sizes in [from, to], at most 1000); {@code
 * GET /api/audit/tree/consistency?from=&to=}, the proof between two sealed heads. Administrators:
 * {@code POST /api/audit/tree/heads}, seal now. Administrators and supervisors: {@code GET
 * /api/audit/tree/verify}, the tree recomputed from the entries against every head. Whoever may
 * read the dossier: {@code GET /api/dossiers/{code}/proof}, each of its entries with its inclusion
 * proof against the latest head.
 */
@RestController
class TreeController {

  /** What a third party copies: the head, and what it needs to check it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PublishedTreeHead(
      TreeHead head, String algorithm, String publicKey, String format, String leafFormat) {}

  private static final int MAX_HEADS = 1000;

  private final TreeSealer sealer;
  private final TreeStore store;
  private final TreeProofs proofs;
  private final TreeVerifier verifier;
  private final HeadSigner signer;
  private final AuditAccess access;

  TreeController(
      TreeSealer sealer,
      TreeStore store,
      TreeProofs proofs,
      TreeVerifier verifier,
      HeadSigner signer,
      AuditAccess access) {
    this.sealer = sealer;
    this.store = store;
    this.proofs = proofs;
    this.verifier = verifier;
    this.signer = signer;
    this.access = access;
  }

  @GetMapping("/api/audit/tree/head")
  PublishedTreeHead latest() {
    return published(sealer.latest().orElse(null));
  }

  @PostMapping("/api/audit/tree/heads")
  PublishedTreeHead seal() {
    access.checkAdmin();
    return published(sealer.seal().orElse(null));
  }

  @GetMapping("/api/audit/tree/heads")
  List<TreeHead> heads(
      @RequestParam(required = false) Long from, @RequestParam(required = false) Long to) {
    long first = from == null ? 0 : from;
    long last = to == null ? Long.MAX_VALUE : to;
    range(first, last);
    return store.heads(first, last, MAX_HEADS);
  }

  @GetMapping("/api/audit/tree/consistency")
  TreeProofs.Consistency consistency(@RequestParam long from, @RequestParam long to) {
    range(from, to);
    return proofs
        .consistency(from, to)
        .orElseThrow(
            () -> new TreeProblems.UnknownHeadException(store.head(from).isEmpty() ? from : to));
  }

  @GetMapping("/api/audit/tree/verify")
  TreeVerifier.Verdict verify() {
    access.checkAuditor();
    return verifier.verify();
  }

  @GetMapping("/api/dossiers/{code}/proof")
  TreeProofs.DossierProof proof(@PathVariable @Size(max = 64) String code) {
    access.dossier(code);
    return proofs.dossier(code);
  }

  private static void range(long from, long to) {
    if (from < 0) {
      throw new TreeProblems.RangeException("from", "negative");
    }
    if (to < 0) {
      throw new TreeProblems.RangeException("to", "negative");
    }
    if (from > to) {
      throw new TreeProblems.RangeException("from", "after to");
    }
  }

  private PublishedTreeHead published(TreeHead head) {
    return new PublishedTreeHead(
        head, "Ed25519", signer.publicKey(), TreeHead.FORMAT, TreeProofs.LEAF_FORMAT);
  }
}
