package vn.motcua.deadline;

/**
 * Where a step or a dossier stands against its due date. A flag only moves forward while the work
 * is open; {@link #OVERDUE} is kept after the work is finished, so a late dossier stays late in
 * every report.
 */
public enum Flag {
  ON_TIME,
  SOON_DUE,
  OVERDUE;

  /** The later of this flag and {@code other}: flags never move back while work is open. */
  public Flag max(Flag other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
