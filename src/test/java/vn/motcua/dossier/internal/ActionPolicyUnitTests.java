package vn.motcua.dossier.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.motcua.organization.Role;

/** Where a role counts: the desk's actions in the receiving agency, processing in the resolving. */
class ActionPolicyUnitTests {

  private static final String DESK = "000.00.01.H99";
  private static final String LAND_OFFICE = "000.00.10.H99";

  @Test
  void deskActionsCountTheRoleInTheReceivingAgency() {
    assertThat(
            ActionPolicy.rolesAllowed(
                ActionPolicy.Action.WITHDRAWAL, List.of(DESK + ":reception"), DESK, LAND_OFFICE))
        .containsExactly(Role.RECEPTION);
    assertThat(
            ActionPolicy.rolesAllowed(
                ActionPolicy.Action.WITHDRAWAL,
                List.of(LAND_OFFICE + ":reception"),
                DESK,
                LAND_OFFICE))
        .isEmpty();
  }

  @Test
  void processingActionsCountTheRoleInTheResolvingAgency() {
    assertThat(
            ActionPolicy.rolesAllowed(
                ActionPolicy.Action.EXTENSION, List.of(DESK + ":leader"), DESK, LAND_OFFICE))
        .isEmpty();
    assertThat(
            ActionPolicy.rolesAllowed(
                ActionPolicy.Action.EXTENSION,
                List.of(LAND_OFFICE + ":leader", LAND_OFFICE + ":specialist"),
                DESK,
                LAND_OFFICE))
        .containsExactly(Role.LEADER);
  }

  @Test
  void supervisorsActNowhereAndAdministratorsOnlyResume() {
    for (ActionPolicy.Action action : ActionPolicy.Action.values()) {
      assertThat(
              ActionPolicy.rolesAllowed(
                  action, List.of("000.00.00.H99:supervisor", DESK + ":supervisor"), DESK, DESK))
          .as("%s", action)
          .isEmpty();
      assertThat(ActionPolicy.rolesAllowed(action, List.of("camunda-admin"), DESK, DESK))
          .as("%s", action)
          .isEqualTo(
              action == ActionPolicy.Action.RESUME
                  ? java.util.Set.of(Role.ADMIN)
                  : java.util.Set.of());
    }
  }

  @Test
  void refusalsNameTheAllowedCells() {
    assertThat(ActionPolicy.allowedCells(ActionPolicy.Action.SUPPLEMENTATION_REQUEST))
        .containsExactly("reception@receiving", "specialist@resolving", "unit-head@resolving");
  }
}
