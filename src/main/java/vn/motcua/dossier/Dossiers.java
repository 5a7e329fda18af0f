package vn.motcua.dossier;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.ActionsAllowed;
import vn.motcua.dossier.internal.DossierReader;

/** Reads dossiers for other modules, with the same access rule as the dossier API. */
@Component
public class Dossiers {

  private final DossierReader reader;
  private final ActionsAllowed actions;

  Dossiers(DossierReader reader, ActionsAllowed actions) {
    this.reader = reader;
    this.actions = actions;
  }

  /**
   * The dossier with this code, for a civil servant of its receiving or resolving agency or an
   * administrator.
   *
   * @throws org.springframework.web.ErrorResponseException 404 when there is no such dossier
   * @throws AccessDeniedException when the current official may not read it
   */
  public DossierSummary find(String code) {
    return reader.summary(code);
  }

  /** The dossier's history, oldest first, under the same access rule as {@link #find}. */
  public java.util.List<DossierHistoryEntry> history(String code) {
    return reader.history(code);
  }

  /**
   * The checklist the reception desk recorded, in the procedure's order; empty for a dossier taken
   * in without one (through the dossier API). Same access rule as {@link #find}.
   */
  public java.util.List<ReceivedDocument> checklist(String code) {
    return reader.checklist(code);
  }

  /**
   * The dossiers {@code agency} received in {@code [from, to)}, oldest first, those the current
   * official may read (the desk's register, form 07).
   */
  public java.util.List<DossierSummary> receivedBetween(
      String agency, java.time.Instant from, java.time.Instant to) {
    return reader.receivedBetween(agency, from, to);
  }

  /**
   * The actions the current official may take on the dossier now (role, agency and status), with
   * the pause reasons they may name; under the same access rule as {@link #find}.
   */
  public AllowedActions allowedActions(String code) {
    return actions.of(code);
  }
}
