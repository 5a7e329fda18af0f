package vn.motcua.dossier;

import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.DeskDecisions;

/**
 * The reception desk's work on a dossier, for the reception module: take it in (with its checklist)
 * and decide at once: receive it (the reception step completes with acceptance), request completion
 * on the spot (form 02) or refuse it (form 03). Joins the caller's transaction; the caller must
 * hold the reception role of the receiving agency.
 */
@Component
public class DeskReception {

  /** The desk's decision on a dossier it has just taken in. */
  public enum Decision {
    RECEIVE,
    REQUEST_COMPLETION,
    REFUSE
  }

  private final DeskDecisions desk;

  DeskReception(DeskDecisions desk) {
    this.desk = desk;
  }

  /**
   * Takes the dossier in: checks the procedure, the agency, the caller's role, the intake data
   * against the start form and the checklist against the procedure's, gives it a code and starts
   * its process.
   *
   * @throws org.springframework.web.ErrorResponseException a 422/403 problem, nothing stored
   */
  public DossierSummary takeIn(DeskIntake intake, Decision decision) {
    return desk.takeIn(intake, decision);
  }

  /**
   * Decides on a dossier taken in by {@link #takeIn}: {@code reason} is required unless it is
   * received; {@code digitised}: whether its paper documents were scanned at the desk.
   */
  public DossierSummary decide(String code, Decision decision, String reason, boolean digitised) {
    return desk.decide(code, decision, reason, digitised);
  }
}
