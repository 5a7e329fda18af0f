package vn.motcua.dossier;

/** Where a dossier stands in its lifecycle (see the domain glossary). */
public enum DossierStatus {
  SUBMITTED,
  RECEIVED,
  IN_PROGRESS,
  AWAITING_SUPPLEMENT,
  RESULT_READY,
  RETURNED,
  REFUSED,
  WITHDRAWN,
  CLOSED_NO_SUPPLEMENT,
  REJECTED;

  /** Whether the dossier's processing has ended. */
  public boolean isFinal() {
    return switch (this) {
      case RETURNED, REFUSED, WITHDRAWN, CLOSED_NO_SUPPLEMENT, REJECTED -> true;
      default -> false;
    };
  }
}
