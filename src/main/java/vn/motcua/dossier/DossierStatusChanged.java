package vn.motcua.dossier;

import java.time.Instant;

/** A dossier moved to a new status, by whom ({@code by} null: whoever the audit finds acting). */
public record DossierStatusChanged(String code, DossierStatus status, Instant at, String by) {

  public DossierStatusChanged(String code, DossierStatus status, Instant at) {
    this(code, status, at, null);
  }
}
