package vn.motcua.worklist.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.Step;

/**
 * The step an open step returns its dossier to: the dossier's latest step completed by an official,
 * other than the open step's own activity (a step re-opened by a return goes back past its own
 * earlier run, never to itself). Only steps of the procedure's main flow count, on both sides: a
 * step of an event sub-process (the apology letter the deadline ladder opens beside the main flow)
 * neither returns nor is returned to. Read from the deadline module's {@code dossier_step}, for one
 * step (the return action) or a page of them (which rows offer "return").
 */
@Component
class PreviousSteps {

  /**
   * The step to return to: its BPMN activity id, display name and the official who completed it.
   */
  record Previous(String activityId, String name, String completedBy) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcedureCatalogue catalogue;

  PreviousSteps(NamedParameterJdbcTemplate jdbc, ProcedureCatalogue catalogue) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
  }

  Optional<Previous> of(String taskId) {
    return Optional.ofNullable(of(List.of(taskId)).get(taskId));
  }

  /** The previous step of each of these open steps that has one, by task id. */
  Map<String, Previous> of(Collection<String> taskIds) {
    Map<String, Previous> previous = new HashMap<>();
    if (taskIds.isEmpty()) {
      return previous;
    }
    Map<String, Set<String>> mainFlow = new HashMap<>();
    jdbc.query(
        "select s.task_id, s.activity_id as open_activity, d.procedure_definition_id,"
            + " p.activity_id, p.step_name, p.completed_by from dossier_step s"
            + " join dossier d on d.code = s.dossier_code"
            + " join dossier_step p on p.dossier_code = s.dossier_code"
            + " where s.task_id in (:tasks) and p.completed_at is not null"
            + " and p.completed_by is not null and p.activity_id <> s.activity_id"
            + " order by s.task_id, p.completed_at desc, p.task_id desc",
        Map.of("tasks", taskIds),
        rs -> {
          Set<String> main =
              mainFlow.computeIfAbsent(
                  rs.getString("procedure_definition_id"),
                  definition ->
                      catalogue.steps(definition).stream()
                          .map(Step::id)
                          .collect(Collectors.toSet()));
          if (main.contains(rs.getString("open_activity"))
              && main.contains(rs.getString("activity_id"))) {
            previous.putIfAbsent(
                rs.getString("task_id"),
                new Previous(
                    rs.getString("activity_id"),
                    rs.getString("step_name"),
                    rs.getString("completed_by")));
          }
        });
    return previous;
  }
}
