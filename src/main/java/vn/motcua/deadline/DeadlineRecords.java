package vn.motcua.deadline;

/**
 * A dossier's standing against its deadlines, for the dossier API and the reports. The {@code
 * dossier_deadline} table holds the flag; a dossier without a row is {@link Flag#ON_TIME}.
 */
public interface DeadlineRecords {

  /** The flag, lateness and steps of the dossier, with the overrun of each step so far. */
  DossierDeadline of(String dossierCode);
}
