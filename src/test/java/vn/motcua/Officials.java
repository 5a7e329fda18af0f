package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.task.Task;

/** Civil servants working steps through the engine in tests, as Tasklist does for them. */
public final class Officials {

  private Officials() {}

  /**
   * Claims and completes the open step {@code taskKey} of dossier {@code code} as {@code user},
   * authenticated with the user's groups, submitting the form variables.
   */
  public static void work(
      ProcessEngine engine,
      String user,
      String code,
      String taskKey,
      Map<String, Object> formVariables) {
    work(
        engine.getTaskService(),
        engine.getFormService(),
        engine.getIdentityService(),
        user,
        code,
        taskKey,
        formVariables);
  }

  /** {@link #work(ProcessEngine, String, String, String, Map)} with the services at hand. */
  public static void work(
      TaskService tasks,
      FormService forms,
      IdentityService identity,
      String user,
      String code,
      String taskKey,
      Map<String, Object> formVariables) {
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .taskDefinitionKey(taskKey)
            .singleResult();
    assertThat(task).as("open step %s of %s", taskKey, code).isNotNull();
    List<String> groups =
        identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
    identity.setAuthentication(user, groups);
    try {
      tasks.claim(task.getId(), user);
      forms.submitTaskForm(task.getId(), formVariables);
    } finally {
      identity.clearAuthentication();
    }
  }
}
