package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import vn.motcua.catalogue.internal.ExtensionProperties;
import vn.motcua.deadline.Deadlines;

/**
 * The procedure files as Camunda Modeler saves them: every {@code processes/*.bpmn} parses, holds
 * one process named like its file, every user task has a role, a step budget and a form that exists
 * in {@code forms/}, and the budgets of the steps inside the legal time fit in it (a working day is
 * 8 working hours; a calendar day counts as at most one working day).
 */
class ProcedureFilesUnitTests {

  private static final Path PROCESSES = Path.of("processes");
  private static final Path FORMS = Path.of("forms");
  private static final long WORKING_DAY = 8 * 60;
  private static final Set<String> ROLES =
      Set.of("reception", "specialist", "unit-head", "leader", "supervisor");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void everyProcessFileParsesAndIsNamedAfterItsProcess() {
    assertThat(bpmnFiles()).isNotEmpty();
    for (Path file : bpmnFiles()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      assertThat(model.getModelElementsByType(Process.class))
          .as(file.toString())
          .singleElement()
          .satisfies(
              process -> {
                assertThat(process.getId()).isEqualTo(baseName(file, ".bpmn"));
                assertThat(process.isExecutable()).isTrue();
                assertThat(process.getCamundaHistoryTimeToLiveString()).isNotBlank();
              });
    }
  }

  @Test
  void everyUserTaskHasRoleBudgetGroupDueDateAndAnExistingForm() {
    SoftAssertions softly = new SoftAssertions();
    for (Path file : bpmnFiles()) {
      for (UserTask task : userTasks(file)) {
        String where = file.getFileName() + "#" + task.getId();
        Map<String, String> properties = ExtensionProperties.of(task);
        softly.assertThat(properties.get("role")).as(where + " role").isIn(ROLES);
        softly.assertThat(properties.get("stepBudget")).as(where + " stepBudget").isNotBlank();
        if (properties.get("stepBudget") != null) {
          softly
              .assertThat(budgetMinutes(properties.get("stepBudget")))
              .as(where + " stepBudget")
              .isPositive();
        }
        softly.assertThat(task.getCamundaCandidateGroups()).as(where + " group").isNotBlank();
        softly
            .assertThat(task.getCamundaDueDate())
            .as(where + " due date")
            .isEqualTo("${deadlines.stepDue(execution)}");
        softly
            .assertThat(task.getCamundaFormRefBinding())
            .as(where + " formRefBinding")
            .isEqualTo("deployment");
        String formRef = task.getCamundaFormRef();
        softly.assertThat(formRef).as(where + " formRef").isNotBlank();
        if (formRef != null) {
          Path form = FORMS.resolve(formRef + ".form");
          softly.assertThat(form).as(where + " form file").exists();
          if (Files.exists(form)) {
            softly
                .assertThat(formJson(form).path("id").asText())
                .as(form.toString())
                .isEqualTo(formRef);
          }
        }
      }
    }
    softly.assertAll();
  }

  @Test
  void everyProcedureHasTheDeadlineEventSubProcesses() {
    for (Path file : bpmnFiles()) {
      BpmnModelInstance model = Bpmn.readModelFromFile(file.toFile());
      Process process = model.getModelElementsByType(Process.class).iterator().next();
      if ("support".equals(ExtensionProperties.of(process).get("kind"))) {
        continue;
      }
      for (String timer : Deadlines.DOSSIER_TIMERS) {
        StartEvent start = model.getModelElementById(timer);
        assertThat(start).as(file + "#" + timer).isNotNull();
        assertThat(start.isInterrupting()).as(file + "#" + timer + " interrupting").isFalse();
        assertThat(start.getParentElement()).isInstanceOf(SubProcess.class);
        assertThat(((SubProcess) start.getParentElement()).triggeredByEvent()).isTrue();
      }
      UserTask apology = model.getModelElementById("Task_IssueApology");
      assertThat(apology.getCamundaFormRef())
          .as(file + " apology form")
          .isEqualTo("apology-letter");
      assertThat(
              model.getModelElementsByType(EndEvent.class).stream()
                  .filter(end -> end.getParentElement() instanceof Process))
          .as(file + ": the main flow's end events end the whole dossier")
          .allSatisfy(
              end ->
                  assertThat(end.getEventDefinitions())
                      .singleElement()
                      .isInstanceOf(TerminateEventDefinition.class));
    }
  }

  @Test
  void stepBudgetsInsideTheLegalTimeFitInIt() {
    for (Path file : bpmnFiles()) {
      Process process =
          Bpmn.readModelFromFile(file.toFile())
              .getModelElementsByType(Process.class)
              .iterator()
              .next();
      if ("support".equals(ExtensionProperties.of(process).get("kind"))) {
        continue;
      }
      long legal = legalMinutes(file, ExtensionProperties.of(process));
      long budgets =
          userTasks(file).stream()
              .map(ExtensionProperties::of)
              .filter(properties -> !"true".equals(properties.get("outsideLegalTime")))
              .mapToLong(properties -> budgetMinutes(properties.get("stepBudget")))
              .sum();
      assertThat(budgets).as(file + ": step budgets (working minutes)").isLessThanOrEqualTo(legal);
    }
  }

  @Test
  void everyFormIsUsedAndHasUniqueComponentIds() {
    Set<String> referenced = new HashSet<>();
    bpmnFiles()
        .forEach(file -> allUserTasks(file).forEach(t -> referenced.add(t.getCamundaFormRef())));
    bpmnFiles().forEach(file -> startForm(file).ifPresent(referenced::add));
    for (Path form : files(FORMS, ".form")) {
      String id = baseName(form, ".form");
      JsonNode json = formJson(form);
      assertThat(json.path("id").asText()).as(form.toString()).isEqualTo(id);
      assertThat(json.path("schemaVersion").asInt()).as(form.toString()).isEqualTo(16);
      assertThat(referenced).as("a user task uses " + form).contains(id);
      List<String> ids = new ArrayList<>();
      json.path("components").forEach(component -> ids.add(component.path("id").asText()));
      assertThat(ids).as(form + " component ids").doesNotHaveDuplicates().doesNotContain("");
    }
  }

  /** The legal time in working minutes; exactly one of the three properties must be given. */
  private static long legalMinutes(Path file, Map<String, String> properties) {
    List<String> given =
        Stream.of("legalWorkingDays", "legalWorkingHours", "legalCalendarDays")
            .filter(properties::containsKey)
            .toList();
    assertThat(given).as(file + ": exactly one legal time").hasSize(1);
    long value = Long.parseLong(properties.get(given.get(0)).strip());
    return switch (given.get(0)) {
      case "legalWorkingHours" -> value * 60;
      case "legalWorkingDays" -> Math.max(1, value) * WORKING_DAY; // 0: the same working day
      default -> value * WORKING_DAY;
    };
  }

  /** Whole days of an ISO-8601 budget are working days; hours and minutes are working time. */
  private static long budgetMinutes(String budget) {
    Duration duration = Duration.parse(budget);
    return duration.toDaysPart() * WORKING_DAY
        + duration.toHoursPart() * 60L
        + duration.toMinutesPart();
  }

  @Test
  void everyProcedureHasAnIntakeStartFormWithVietnameseLabels() {
    for (Path file : bpmnFiles()) {
      String process = baseName(file, ".bpmn");
      Map<String, String> properties =
          ExtensionProperties.of(
              Bpmn.readModelFromFile(file.toFile()).getModelElementById(process));
      if (!properties.containsKey("procedureCode")) {
        continue;
      }
      assertThat(startForm(file)).as(file + " start form").contains(process + "-intake");
      StartEvent start =
          Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(StartEvent.class).stream()
              .filter(event -> event.getParentElement() instanceof Process)
              .findFirst()
              .orElseThrow();
      assertThat(start.getCamundaFormRefBinding()).as(file + " binding").isEqualTo("deployment");
      JsonNode form = formJson(FORMS.resolve(process + "-intake.form"));
      assertThat(form.findValues("key")).as(process + " intake fields").hasSizeGreaterThan(6);
      form.findParents("key")
          .forEach(
              field ->
                  assertThat(field.path("label").asText(field.path("dateLabel").asText()))
                      .as(process + " " + field.path("key").asText() + " label")
                      .isNotBlank());
    }
  }

  private static java.util.Optional<String> startForm(Path file) {
    return Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(StartEvent.class).stream()
        .filter(event -> event.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef)
        .filter(ref -> ref != null)
        .findFirst();
  }

  /**
   * The steps of a procedure: its user tasks outside the deadline event sub-processes. A support
   * process (kind {@code support}: the feedback process's answer task) has none: its tasks keep
   * their own due dates and ladder.
   */
  private static List<UserTask> userTasks(Path file) {
    Process process =
        Bpmn.readModelFromFile(file.toFile())
            .getModelElementsByType(Process.class)
            .iterator()
            .next();
    if ("support".equals(ExtensionProperties.of(process).get("kind"))) {
      return List.of();
    }
    return allUserTasks(file).stream()
        .filter(task -> task.getParentElement() instanceof Process)
        .toList();
  }

  private static List<UserTask> allUserTasks(Path file) {
    return List.copyOf(
        Bpmn.readModelFromFile(file.toFile()).getModelElementsByType(UserTask.class));
  }

  private static JsonNode formJson(Path form) {
    try {
      return JSON.readTree(form.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<Path> bpmnFiles() {
    return files(PROCESSES, ".bpmn");
  }

  private static List<Path> files(Path folder, String suffix) {
    try (Stream<Path> files = Files.list(folder)) {
      return files.filter(file -> file.toString().endsWith(suffix)).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String baseName(Path file, String suffix) {
    String name = file.getFileName().toString();
    return name.substring(0, name.length() - suffix.length());
  }
}
