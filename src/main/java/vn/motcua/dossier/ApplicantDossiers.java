package vn.motcua.dossier;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.ApplicantSupplements;
import vn.motcua.dossier.internal.DossierReader;

/**
 * A dossier as its own applicant may see and act on it, for the modules that serve applicants:
 * notices sent to the applicant's contact, and pages opened with the dossier's secret link ({@link
 * StatusLinks}). No official's access rule applies: the caller must have decided that the reader is
 * the applicant (a verified token), or be sending to the applicant's own address.
 */
@Component
public class ApplicantDossiers {

  private final DossierReader reader;
  private final ApplicantSupplements supplements;

  ApplicantDossiers(DossierReader reader, ApplicantSupplements supplements) {
    this.reader = reader;
    this.supplements = supplements;
  }

  /** The dossier, if it exists. */
  public Optional<DossierSummary> find(String code) {
    return reader.applicantSummary(code);
  }

  /** The dossier's history, oldest first; empty for an unknown code. */
  public List<DossierHistoryEntry> history(String code) {
    return reader.applicantHistory(code);
  }

  /** The checklist the desk recorded; empty for an unknown code or a dossier without one. */
  public List<ReceivedDocument> checklist(String code) {
    return reader.applicantChecklist(code);
  }

  /**
   * The applicant's supplement arrived online: as the staff's "supplement" action (the clock
   * resumes or restarts per the procedure, the process goes on), attributed to {@code citizen}
   * ({@code citizen:<masked contact>}). Joins the caller's transaction.
   *
   * @throws org.springframework.web.ErrorResponseException 404 for an unknown code, 409 when the
   *     dossier does not await a supplement
   */
  public void supplement(String code, String note, String citizen) {
    supplements.supplement(code, note, citizen);
  }
}
