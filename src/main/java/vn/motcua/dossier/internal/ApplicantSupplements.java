package vn.motcua.dossier.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The applicant's online supplement, behind {@link vn.motcua.dossier.ApplicantDossiers}. */
@Component
public class ApplicantSupplements {

  private final DossierActions actions;

  ApplicantSupplements(DossierActions actions) {
    this.actions = actions;
  }

  @Transactional
  public void supplement(String code, String note, String citizen) {
    actions.takeSupplementFromApplicant(code, new ActionRequests.Supplement(note), citizen);
  }
}
