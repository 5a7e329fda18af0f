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
