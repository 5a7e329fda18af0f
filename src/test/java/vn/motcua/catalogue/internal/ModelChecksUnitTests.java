package vn.motcua.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDays;
import vn.motcua.catalogue.ModelProblem;

/** The studio's own checks on the template model, without Spring. */
class ModelChecksUnitTests {

  private final ModelChecks checks =
      new ModelChecks(
          new WorkingCalendar(
              ZoneId.of("Asia/Ho_Chi_Minh"), OfficeHours.PROVINCE_DEFAULT, WorkingDays.weekdays()),
          new StaticMessageSource());

  @Test
  void aValidRoleThatNoAgencyHoldsIsAnError() throws IOException {
    List<ModelProblem> held = checks.check(template(), Map.of(), role -> true).problems();
    assertThat(held).noneMatch(p -> p.rule().equals("role"));
    List<ModelProblem> notHeld =
        checks.check(template(), Map.of(), role -> !role.equals("leader")).problems();
    assertThat(notHeld)
        .filteredOn(p -> p.rule().equals("role"))
        .singleElement()
        .satisfies(p -> assertThat(p.elementId()).isEqualTo("Task_Approval"))
        .satisfies(p -> assertThat(p.isError()).isTrue());
  }

  @Test
  void theReceptionGatewayWithoutDefaultIsAWarning() throws IOException {
    assertThat(checks.check(template(), Map.of(), role -> true).problems())
        .filteredOn(p -> p.rule().equals("gateway-default"))
        .extracting(ModelProblem::elementId, ModelProblem::severity)
        .contains(org.assertj.core.groups.Tuple.tuple("Gateway_ReceptionDecision", "warning"));
  }

  @Test
  void timersInWorkingNotationAreErrorsAndExplicitCalendarPeriodsWarnings() throws IOException {
    String overdue = "${escalationLadder.dossierRungAt(execution, 'OVERDUE')}";
    String soonDue = "${escalationLadder.dossierRungAt(execution, 'SOON_DUE')}";
    String apology = "${escalationLadder.dossierRungAt(execution, 'APOLOGY_DUE')}";
    String model =
        template()
            .replace(overdue, "PT4H")
            .replace(soonDue, "P0M15D")
            .replace(apology, "${deadlines.after(execution, 'P1M')}");
    List<ModelProblem> timers =
        checks.check(model, Map.of(), role -> true).problems().stream()
            .filter(p -> p.rule().equals("timer-calendar"))
            .toList();
    assertThat(timers)
        .extracting(ModelProblem::elementId, ModelProblem::severity)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("TimerStart_DossierOverdue", "error"),
            org.assertj.core.groups.Tuple.tuple("TimerStart_DossierSoonDue", "warning"),
            org.assertj.core.groups.Tuple.tuple("TimerStart_ApologyDue", "error"));
  }

  private static String template() throws IOException {
    return Files.readString(Path.of("src/main/resources/studio/template/procedure.bpmn"))
        .replace("__KEY__", "k")
        .replace("__NAME__", "Thủ tục");
  }
}
