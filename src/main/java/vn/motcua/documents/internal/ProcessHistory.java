package vn.motcua.documents.internal;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.stereotype.Component;

/** What the papers read from Camunda's history: the steps of a dossier and its decisions. */
@Component
class ProcessHistory {

  /** One user task of a dossier's process, finished ({@code end} set) or open. */
  record StepRecord(
      String key, String name, String assignee, Instant start, Instant end, Instant due) {}

  private static final java.util.Set<String> NOT_DECISIONS =
      java.util.Set.of("Task_ResultReturn", "Task_IssueApology", "Task_Reception");

  private final HistoryService history;

  ProcessHistory(HistoryService history) {
    this.history = history;
  }

  /** Every user task of the dossier, finished or open, in the order they started. */
  List<StepRecord> steps(String dossierCode) {
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(dossierCode)
        .orderByHistoricActivityInstanceStartTime()
        .asc()
        .list()
        .stream()
        .map(ProcessHistory::step)
        .toList();
  }

  /**
   * The step that decided a dossier: the last finished one that is not the return of the result,
   * the apology letter or the reception (element ids every procedure's BPMN shares).
   */
  Optional<StepRecord> decision(String dossierCode) {
    List<StepRecord> steps = steps(dossierCode);
    for (int i = steps.size() - 1; i >= 0; i--) {
      StepRecord step = steps.get(i);
      if (step.end() != null && !NOT_DECISIONS.contains(step.key())) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** The last finished task with this element id in a process instance. */
  Optional<StepRecord> finished(String processInstanceId, String taskKey) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return history
        .createHistoricTaskInstanceQuery()
        .processInstanceId(processInstanceId)
        .taskDefinitionKey(taskKey)
        .finished()
        .orderByHistoricTaskInstanceEndTime()
        .desc()
        .list()
        .stream()
        .findFirst()
        .map(ProcessHistory::step);
  }

  /** A process variable's last value, as text. */
  Optional<String> variable(String processInstanceId, String name) {
    if (processInstanceId == null) {
      return Optional.empty();
    }
    return history
        .createHistoricVariableInstanceQuery()
        .processInstanceId(processInstanceId)
        .variableName(name)
        .list()
        .stream()
        .map(HistoricVariableInstance::getValue)
        .filter(Objects::nonNull)
        .map(Object::toString)
        .findFirst();
  }

  private static StepRecord step(HistoricTaskInstance task) {
    return new StepRecord(
        task.getTaskDefinitionKey(),
        task.getName(),
        task.getAssignee(),
        instant(task.getStartTime()),
        instant(task.getEndTime()),
        instant(task.getDueDate()));
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
