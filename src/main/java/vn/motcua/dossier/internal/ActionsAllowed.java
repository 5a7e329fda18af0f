package vn.motcua.dossier.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.AllowedActions;
import vn.motcua.dossier.DossierAction;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Which actions the current official may take on a dossier now, for the dossier page: the same
 * checks the actions make ({@link ActionPolicy}'s matrix, {@link DossierTransitions}, the open
 * pause, the one extension, {@link SupplementationRule}), asked instead of enforced.
 */
@Component
public class ActionsAllowed {

  private final DossierRepository dossiers;
  private final DossierAccess access;
  private final ClockPauseRepository pauses;
  private final DossierEvents events;
  private final ProcedureCatalogue catalogue;
  private final SupplementationRule supplementation;
  private final CurrentOfficial official;

  ActionsAllowed(
      DossierRepository dossiers,
      DossierAccess access,
      ClockPauseRepository pauses,
      DossierEvents events,
      ProcedureCatalogue catalogue,
      SupplementationRule supplementation,
      CurrentOfficial official) {
    this.dossiers = dossiers;
    this.access = access;
    this.pauses = pauses;
    this.events = events;
    this.catalogue = catalogue;
    this.supplementation = supplementation;
    this.official = official;
  }

  /** The actions allowed now; throws as {@link vn.motcua.dossier.Dossiers#find} does. */
  @Transactional(readOnly = true)
  public AllowedActions of(String code) {
    Dossier d =
        access.check(
            dossiers
                .find(code)
                .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code)));
    Optional<Procedure> procedure = procedure(d);
    Set<DossierAction> allowed = EnumSet.noneOf(DossierAction.class);
    List<PauseReason> reasons = List.of();
    for (DossierAction action : DossierAction.values()) {
      Set<Role> roles = roles(action, d);
      if (roles.isEmpty()) {
        continue;
      }
      if (action == DossierAction.PAUSE) {
        reasons = pauseReasons(procedure, roles);
      }
      if (possibleNow(action, d, procedure, reasons)) {
        allowed.add(action);
      }
    }
    return new AllowedActions(allowed, allowed.contains(DossierAction.PAUSE) ? reasons : List.of());
  }

  private Set<Role> roles(DossierAction action, Dossier d) {
    return ActionPolicy.rolesAllowed(
        ActionPolicy.Action.valueOf(action.name()),
        official.groups(),
        d.receivingAgency(),
        d.resolvingAgency());
  }

  private boolean possibleNow(
      DossierAction action, Dossier d, Optional<Procedure> procedure, List<PauseReason> reasons) {
    Optional<ClockPause> open = pauses.findOpen(d.code());
    return switch (action) {
      case PAUSE -> !d.status().isFinal() && open.isEmpty() && !reasons.isEmpty();
      case RESUME ->
          open.map(ClockPause::reasonCode)
              .map(reason -> !heldByProcess(procedure, reason))
              .orElse(false);
      case EXTENSION ->
          DossierTransitions.EXTENSION.allows(d) && events.count(d.code(), "EXTENDED") == 0;
      case SUPPLEMENTATION_REQUEST ->
          DossierTransitions.SUPPLEMENTATION_REQUEST.allows(d)
              && procedure.map(p -> supplementationPossible(d, p)).orElse(false);
      default -> DossierTransitions.valueOf(action.name()).allows(d);
    };
  }

  private boolean supplementationPossible(Dossier d, Procedure procedure) {
    try {
      supplementation.check(d, procedure);
      return true;
    } catch (ErrorResponseException refused) {
      return false;
    }
  }

  private static boolean heldByProcess(Optional<Procedure> procedure, String reasonCode) {
    if (PauseReason.SUPPLEMENTATION.code().equals(reasonCode)) {
      return true;
    }
    return procedure
        .flatMap(p -> p.pauseReason(reasonCode))
        .map(PauseReason::processOnly)
        .orElse(false);
  }

  /** The procedure's reasons one of {@code roles} may name (as {@link LegalClockControl} asks). */
  private static List<PauseReason> pauseReasons(Optional<Procedure> procedure, Set<Role> roles) {
    return procedure.map(Procedure::pauseReasons).orElse(List.of()).stream()
        .filter(r -> roles.stream().map(Role::id).anyMatch(r.roles()::contains))
        .toList();
  }

  /** The dossier's procedure version, if it still exists (tests delete some). */
  private Optional<Procedure> procedure(Dossier d) {
    try {
      return Optional.of(catalogue.ofDefinition(d.procedureDefinitionId()));
    } catch (ProcessEngineException e) {
      return Optional.empty();
    }
  }
}
