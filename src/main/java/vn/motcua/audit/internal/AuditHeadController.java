package vn.motcua.audit.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The chain's signed heads. {@code GET /api/audit/head}: the latest head this node signed and the
 * public key, for anyone (a third party copies it); {@code POST /api/audit/head}: sign the head
 * now, administrators; {@code POST /api/audit/verify} with a head saved elsewhere: the chain must
 * still end there, administrators and supervisors.
 */
@RestController
class AuditHeadController {

  /** What a third party copies: the head, and what it needs to check it. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record PublishedHead(SignedHead head, String algorithm, String publicKey, String format) {}

  private static final String FORMAT =
      SignedHead.VERSION + "\\n{entries}\\n{lastHash}\\n{at}\\n{keyId}, UTF-8";

  private final AuditHeads heads;
  private final HeadSigner signer;
  private final AuditAccess access;

  AuditHeadController(AuditHeads heads, HeadSigner signer, AuditAccess access) {
    this.heads = heads;
    this.signer = signer;
    this.access = access;
  }

  @GetMapping("/api/audit/head")
  PublishedHead latest() {
    return new PublishedHead(heads.latest().orElse(null), "Ed25519", signer.publicKey(), FORMAT);
  }

  @PostMapping("/api/audit/head")
  PublishedHead sign() {
    access.checkAdmin();
    return new PublishedHead(heads.signNow(), "Ed25519", signer.publicKey(), FORMAT);
  }

  @PostMapping("/api/audit/verify")
  ChainVerifier.Verdict verifyAgainst(@Valid @RequestBody SignedHead head) {
    access.checkAuditor();
    if (!signer.verifies(head)) {
      throw new AuditProblems.HeadSignatureException();
    }
    return heads.verifyAgainst(head);
  }
}
