package vn.motcua.dossier;

/**
 * The working time a dossier's legal clock stood still for one reason: the procedure's declared
 * reason code ({@code pauseReason.<CODE>}, {@code SUPPLEMENTATION}), or {@code UNDECLARED} for
 * stops recorded before reasons were declared; an open stop counts up to now.
 */
public record PausedTime(String reasonCode, String label, long workingMinutes, int stops) {

  public static final String UNDECLARED = "UNDECLARED";
}
