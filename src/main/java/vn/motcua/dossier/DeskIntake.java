package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

/**
 * A dossier as the reception desk takes it in: the procedure, the receiving agency, the applicant,
 * the intake data (keys of the procedure's start form) and the checklist of required documents as
 * marked at the desk.
 */
public record DeskIntake(
    String procedure,
    String agency,
    Channel channel,
    DossierSummary.Applicant applicant,
    Map<String, Object> data,
    List<MarkedDocument> checklist) {

  /** How a required document was handed in. */
  public enum Received {
    ORIGINAL,
    CERTIFIED_COPY,
    COPY,
    MISSING
  }

  /** One required document of the procedure's checklist ({@code D1}..{@code Dn}) as marked. */
  public record MarkedDocument(String kind, Received received, int count) {}
}
