package vn.motcua.dossier;

import java.time.Instant;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.OnlineIntakeDesk;

/**
 * Dossiers the applicant submits online, for the submission module: taken in on channel {@link
 * Channel#ONLINE} in status {@link DossierStatus#SUBMITTED}, without an official (the receiving
 * desk accepts or returns it afterwards), attributed to the citizen. Joins the caller's
 * transaction.
 */
@Component
public class OnlineSubmissions {

  /**
   * What the applicant submits: procedure key, the desk's agency, the applicant, the form data, and
   * the agency code of the commune of residence or of the land ({@code commune}, null: the desk's
   * own), which resolves a commune's procedure and gives the dossier its code.
   */
  public record OnlineIntake(
      String procedure,
      String agency,
      DossierSummary.Applicant applicant,
      Map<String, Object> data,
      String commune) {

    /** Without a named commune. */
    public OnlineIntake(
        String procedure,
        String agency,
        DossierSummary.Applicant applicant,
        Map<String, Object> data) {
      this(procedure, agency, applicant, data, null);
    }
  }

  /** The dossier as submitted. */
  public record Submitted(
      String code,
      String procedureKey,
      String procedureDefinitionId,
      String receivingAgency,
      DossierStatus status,
      Instant submittedAt) {}

  private final OnlineIntakeDesk desk;

  OnlineSubmissions(OnlineIntakeDesk desk) {
    this.desk = desk;
  }

  /**
   * Checks the procedure, the agency and the data against the procedure's start form (every
   * required field but the applicant's, which come in {@code applicant}), gives the dossier its
   * code and starts its process.
   *
   * @param citizen who submits it, {@code citizen:<masked or hashed contact>}; written in the
   *     dossier's history and its {@code receivedBy}
   * @throws org.springframework.web.ErrorResponseException a 422 problem naming each field by its
   *     label, or naming the unknown procedure or agency; nothing stored
   */
  public Submitted submit(OnlineIntake intake, String citizen) {
    return desk.submit(intake, citizen);
  }
}
