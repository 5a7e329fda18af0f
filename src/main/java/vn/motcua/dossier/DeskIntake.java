package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

/**
 * A dossier as the reception desk takes it in: the procedure, the receiving agency, the applicant,
 * the intake data (keys of the procedure's start form), the checklist of required documents as
 * marked at the desk and, optionally, the agency code of the applicant's commune (of residence or
 * of the land) to route the dossier to when the procedure is a commune's (Decree 118/2025 Art. 18:
 * any desk of the province receives it); null: the receiving desk's commune.
 */
public record DeskIntake(
    String procedure,
    String agency,
    Channel channel,
    DossierSummary.Applicant applicant,
    Map<String, Object> data,
    List<MarkedDocument> checklist,
    String commune) {

  /** An intake without a named commune: routed to the receiving desk's own commune. */
  public DeskIntake(
      String procedure,
      String agency,
      Channel channel,
      DossierSummary.Applicant applicant,
      Map<String, Object> data,
      List<MarkedDocument> checklist) {
    this(procedure, agency, channel, applicant, data, checklist, null);
  }

  /**
   * How a required document was handed in: filed as an original, a certified copy or a copy; shown
   * for checking and handed back ({@link #SHOWN}); or missing.
   */
  public enum Received {
    ORIGINAL,
    CERTIFIED_COPY,
    COPY,
    /**
     * Shown for checking ("xuất trình để đối chiếu") and handed back, not kept in the dossier: an
     * identity paper the requester shows (Decree 123/2015/NĐ-CP Art. 2(1): who asks for a civil
     * status registration shows their passport or identity card to prove who they are), or an
     * original shown so the desk can compare a plain copy with it. The document is present (the
     * dossier may be received) but is not a filed component of the dossier.
     */
    SHOWN,
    MISSING
  }

  /** One required document of the procedure's checklist ({@code D1}..{@code Dn}) as marked. */
  public record MarkedDocument(String kind, Received received, int count) {}
}
