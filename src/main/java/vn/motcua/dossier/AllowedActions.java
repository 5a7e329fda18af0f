package vn.motcua.dossier;

import java.util.List;
import java.util.Set;
import vn.motcua.catalogue.PauseReason;

/**
 * The actions the current official may take on a dossier now (role, agency and status all
 * allowing), and the pause reasons they may name.
 */
public record AllowedActions(Set<DossierAction> actions, List<PauseReason> pauseReasons) {

  public AllowedActions {
    actions = Set.copyOf(actions);
    pauseReasons = List.copyOf(pauseReasons);
  }

  /** Whether {@code action} is allowed now. */
  public boolean may(DossierAction action) {
    return actions.contains(action);
  }

  /** The same by name ({@code PAUSE}), for templates. */
  public boolean may(String action) {
    return may(DossierAction.valueOf(action));
  }

  public boolean isEmpty() {
    return actions.isEmpty();
  }
}
