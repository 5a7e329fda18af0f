package vn.motcua.audit.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/audit?dossier=CODE}: a dossier's entries in order, for whoever may read the
 * dossier; {@code GET /api/audit/verify}: the whole chain checked, for administrators and
 * supervisors.
 */
@RestController
class AuditController {

  private final AuditLog log;
  private final ChainVerifier verifier;
  private final AuditAccess access;

  AuditController(AuditLog log, ChainVerifier verifier, AuditAccess access) {
    this.log = log;
    this.verifier = verifier;
    this.access = access;
  }

  @GetMapping("/api/audit")
  List<AuditEntry> ofDossier(@RequestParam @NotBlank @Size(max = 64) String dossier) {
    access.dossier(dossier.strip());
    return log.ofDossier(dossier.strip());
  }

  @GetMapping("/api/audit/verify")
  ChainVerifier.Verdict verify() {
    access.checkAuditor();
    return verifier.verify();
  }
}
