package vn.motcua.dossier.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierSummary;

/** Builds {@link DossierSummary} views for {@link vn.motcua.dossier.Dossiers}. */
@Component
public class DossierReader {

  private final DossierRepository dossiers;
  private final DossierAccess access;

  DossierReader(DossierRepository dossiers, DossierAccess access) {
    this.dossiers = dossiers;
    this.access = access;
  }

  @Transactional(readOnly = true)
  public DossierSummary summary(String code) {
    Dossier d =
        access.check(
            dossiers
                .find(code)
                .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code)));
    var a = d.applicant();
    return new DossierSummary(
        d.code(),
        d.procedureKey(),
        d.procedureDefinitionId(),
        d.receivingAgency(),
        d.resolvingAgency(),
        d.channel(),
        d.status(),
        new DossierSummary.Applicant(a.fullName(), a.idNumber(), a.phone(), a.email(), a.address()),
        d.receivedBy(),
        d.receivedAt(),
        d.dueAt(),
        d.finishedAt(),
        d.processInstanceId());
  }
}
