package vn.motcua.worklist.internal;

import java.util.List;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * Copies the dossier code and the applicant's name onto each step as task-local variables, so that
 * the Tasklist filters can show them in every task row ({@link TasklistFilters#ROW_VARIABLES}).
 * Tasklist reads row variables with a variable-instance query that Camunda authorizes by READ on
 * the process instance, which officials do not have, or by READ on the task for the task's own
 * variables, which they do: process variables alone would leave the columns empty.
 */
@Component
class RowVariables {

  static final List<String> NAMES = List.of("dossierCode", "applicantName");

  /** On a step's creation (AssignmentPlugin). */
  void created(DelegateTask task) {
    for (String name : NAMES) {
      Object value = task.getVariable(name);
      if (value != null) {
        task.setVariableLocal(name, value);
      }
    }
  }

  /** For steps created before this copy existed: copies what each open step lacks. */
  static void backfill(TaskService tasks) {
    for (Task task : tasks.createTaskQuery().list()) {
      for (String name : NAMES) {
        if (tasks.getVariableLocal(task.getId(), name) == null) {
          Object value = tasks.getVariable(task.getId(), name);
          if (value != null) {
            tasks.setVariableLocal(task.getId(), name, value);
          }
        }
      }
    }
  }
}
