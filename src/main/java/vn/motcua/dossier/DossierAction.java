package vn.motcua.dossier;

/**
 * What a civil servant may do to a dossier outside its steps, each through {@code POST
 * /api/dossiers/{code}/<path>}: who may is the dossier module's role × action matrix, when is its
 * lifecycle.
 */
public enum DossierAction {
  SUPPLEMENTATION_REQUEST("supplementation-request"),
  SUPPLEMENT("supplement"),
  PAUSE("pause"),
  RESUME("resume"),
  EXTENSION("extension"),
  WITHDRAWAL("withdrawal"),
  RETURN("return");

  private final String path;

  DossierAction(String path) {
    this.path = path;
  }

  /** The last segment of the action's endpoint. */
  public String path() {
    return path;
  }
}
