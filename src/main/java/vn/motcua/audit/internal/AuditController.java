package vn.motcua.audit.internal;

import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?dossier=CODE}: a dossier's entries in order, for whoever may read the
 * dossier; {@code GET /api/audit?subjectType=&subjectId=}: another subject's (a calendar year), for
 * administrators and supervisors; {@code GET /api/audit/verify}: the whole log checked, for
 * administrators and supervisors (with {@code ?against=file}, also against the signed heads).
 */
@RestController
class AuditController {

  private final AuditLog log;
  private final ChainVerifier verifier;
  private final LogVerifier whole;
  private final AuditAccess access;
  private final AuditHeads heads;

  AuditController(
      AuditLog log,
      ChainVerifier verifier,
      LogVerifier whole,
      AuditAccess access,
      AuditHeads heads) {
    this.log = log;
    this.verifier = verifier;
    this.whole = whole;
    this.access = access;
    this.heads = heads;
  }

  /**
   * A dossier's entries ({@code dossier}) for whoever may read the dossier; or the latest 500 of
   * another subject ({@code subjectType=CALENDAR&subjectId=2027}) for administrators and
   * supervisors.
   */
  @GetMapping("/api/audit")
  List<AuditEntry> entries(
      @RequestParam(required = false) @Size(max = 64) String dossier,
      @RequestParam(required = false) @Size(max = 32) String subjectType,
      @RequestParam(required = false) @Size(max = 255) String subjectId) {
    if (!isBlank(dossier)) {
      access.dossier(dossier.strip());
      return log.ofDossier(dossier.strip());
    }
    if (isBlank(subjectType) || isBlank(subjectId)) {
      throw new AuditProblems.AuditQueryException();
    }
    access.checkAuditor();
    return log.ofSubject(subjectType.strip(), subjectId.strip(), 500);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }

  /**
   * The whole log, after sealing what waits: the chain, each entry's seal under its key, and the
   * Merkle tree against every signed tree head ({@link LogVerifier}); with {@code against=file},
   * the chain also against every signed head in this node's journal, so that a chain rewritten
   * whole (even re-sealed with the right key) shows where it no longer ends as signed.
   */
  @GetMapping("/api/audit/verify")
  LogVerifier.Verdict verify(@RequestParam(required = false) @Size(max = 16) String against) {
    access.checkAuditor();
    if (against != null && !against.isBlank() && !against.strip().equals("file")) {
      throw new AuditProblems.AgainstException();
    }
    whole.sequence();
    ChainVerifier.Verdict chain = verifier.verify();
    if (against == null || against.isBlank() || !chain.ok()) {
      return whole.combine(chain);
    }
    ChainVerifier.Verdict signed = heads.verifyAgainstJournal();
    return whole.combine(signed.ok() ? chain : signed);
  }
}
