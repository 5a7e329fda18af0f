package vn.motcua.worklist.internal;

import static org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GLOBAL;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the shared Tasklist filters once ("Việc của tôi", "Việc của đơn vị", "Sắp đến hạn", "Quá
 * hạn"), sorted by due date and showing the dossier code and the applicant in each task row, and
 * lets every civil servant read them. Which tasks a filter shows is still limited by the task
 * authorizations of the user's groups. Filters created by an older version get the row variables
 * they lack at startup (the rest of a filter, perhaps edited by an administrator, is kept), and the
 * steps then open get them as task-local variables ({@link RowVariables}).
 */
@Component
class TasklistFilters implements ApplicationRunner {

  static final String MINE = "Việc của tôi";
  static final String UNIT = "Việc của đơn vị";
  static final String SOON_DUE = "Sắp đến hạn";
  static final String OVERDUE = "Quá hạn";

  /** The process variables each task row shows, with their labels. */
  static final List<Map<String, String>> ROW_VARIABLES =
      List.of(
          Map.of("name", "dossierCode", "label", "Mã hồ sơ"),
          Map.of("name", "applicantName", "label", "Người nộp"));

  private final FilterService filters;
  private final TaskService tasks;
  private final AuthorizationService authorizations;

  TasklistFilters(FilterService filters, TaskService tasks, AuthorizationService authorizations) {
    this.filters = filters;
    this.tasks = tasks;
    this.authorizations = authorizations;
  }

  private boolean upgraded;

  @Override
  public void run(ApplicationArguments args) {
    upgraded = false;
    create(
        MINE,
        -10,
        "Hồ sơ được giao cho tôi",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create(
        UNIT,
        -5,
        "Hồ sơ chờ xử lý của các nhóm tôi thuộc về",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    // The escalation ladder sets a step's follow-up date to its SOON_DUE instant.
    create(
        SOON_DUE,
        -3,
        "Việc của tôi và đơn vị đã dùng phần lớn thời gian cho phép, chưa quá hạn",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .followUpBeforeExpression("${now()}")
            .dueAfterExpression("${now()}"));
    create(
        OVERDUE,
        -1,
        "Việc của tôi và đơn vị đã quá hạn xử lý",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks()
            .dueBeforeExpression("${now()}"));
    if (upgraded) {
      RowVariables.backfill(tasks);
    }
  }

  private void create(String name, int priority, String description, TaskQuery query) {
    List<Filter> existing = filters.createFilterQuery().filterName(name).list();
    if (!existing.isEmpty()) {
      existing.forEach(this::addRowVariables);
      return;
    }
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("priority", priority);
    properties.put("description", description);
    properties.put("refresh", true);
    properties.put("variables", ROW_VARIABLES);
    Filter filter =
        filters
            .newTaskFilter(name)
            .setQuery(query.orderByDueDate().asc())
            .setProperties(properties);
    filters.saveFilter(filter);

    Authorization read = authorizations.createNewAuthorization(AUTH_TYPE_GLOBAL);
    read.setResource(Resources.FILTER);
    read.setResourceId(filter.getId());
    read.addPermission(Permissions.READ);
    authorizations.saveAuthorization(read);
  }

  /** Adds the row variables a filter lacks, after those it has; saves only if one was missing. */
  @SuppressWarnings("unchecked")
  private void addRowVariables(Filter filter) {
    Map<String, Object> properties = new LinkedHashMap<>(filter.getProperties());
    List<Map<String, Object>> shown =
        new ArrayList<>(
            (List<Map<String, Object>>) properties.getOrDefault("variables", List.of()));
    boolean changed = false;
    for (Map<String, String> variable : ROW_VARIABLES) {
      if (shown.stream().noneMatch(v -> variable.get("name").equals(v.get("name")))) {
        shown.add(new LinkedHashMap<>(variable));
        changed = true;
      }
    }
    if (changed) {
      properties.put("variables", shown);
      filters.saveFilter(filter.setProperties(properties));
      upgraded = true;
    }
  }
}
