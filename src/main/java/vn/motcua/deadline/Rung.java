package vn.motcua.deadline;

/**
 * The rungs of the escalation ladder. A step climbs {@link #SOON_DUE}, {@link #OVERDUE}, {@link
 * #UNIT_HEAD} and {@link #SUPERVISOR}; a dossier climbs {@link #SOON_DUE}, {@link #APOLOGY_DUE} and
 * {@link #OVERDUE} against its legal due date.
 */
public enum Rung {
  /** A configurable share of the budget is used (or, for a dossier, one working day is left). */
  SOON_DUE("StepSoonDue", "DossierSoonDue"),
  /** The due instant has passed. */
  OVERDUE("StepOverdue", "DossierOverdue"),
  /** Overdue for a further working time: the unit head is told and may take the step over. */
  UNIT_HEAD("DossierEscalated", null),
  /** Still open after the unit head's rung: the agency's supervisor is told. */
  SUPERVISOR("DossierEscalated", null),
  /** The last moment to send the apology letter (form 04): one working day before the due date. */
  APOLOGY_DUE(null, "ApologyDue");

  private final String stepEvent;
  private final String dossierEvent;

  Rung(String stepEvent, String dossierEvent) {
    this.stepEvent = stepEvent;
    this.dossierEvent = dossierEvent;
  }

  /** The event recorded when a step reaches this rung. */
  public String stepEvent() {
    return stepEvent;
  }

  /** The event recorded when a dossier reaches this rung. */
  public String dossierEvent() {
    return dossierEvent;
  }
}
