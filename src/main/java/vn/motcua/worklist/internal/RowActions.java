package vn.motcua.worklist.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.motcua.security.CurrentOfficial;

/**
 * Which actions the worklist page offers on each row, so that a button shows only where {@link
 * WorklistActions} would accept it: claim an unclaimed step of one's unit, give back one's own
 * step, transfer to another member of the step's unit (listed with full names), return the dossier
 * to its previous step where it has one. Rows the official only sees (escalated to their group)
 * offer nothing but the form.
 */
@Component
class RowActions {

  /** The actions of one row; no colleagues means no transfer, no {@code back} no return. */
  record Actions(
      boolean claim, boolean unclaim, List<Colleague> colleagues, PreviousSteps.Previous back) {

    static final Actions NONE = new Actions(false, false, List.of(), null);
  }

  /** A colleague to transfer to: user id and full name. */
  record Colleague(String id, String name) {}

  private final CurrentOfficial official;
  private final PreviousSteps previousSteps;
  private final IdentityService identity;

  RowActions(CurrentOfficial official, PreviousSteps previousSteps, IdentityService identity) {
    this.official = official;
    this.previousSteps = previousSteps;
    this.identity = identity;
  }

  /** The actions of each row, by task id. */
  Map<String, Actions> of(List<WorklistQuery.Row> rows) {
    String me = official.id();
    List<WorklistQuery.Row> mine = rows.stream().filter(row -> mayAct(row, me)).toList();
    Map<String, PreviousSteps.Previous> previous =
        previousSteps.of(mine.stream().map(WorklistQuery.Row::taskId).toList());
    Map<String, List<Colleague>> units = new HashMap<>();
    Map<String, Actions> actions = new HashMap<>();
    for (WorklistQuery.Row row : rows) {
      if (!mine.contains(row)) {
        actions.put(row.taskId(), Actions.NONE);
        continue;
      }
      List<Colleague> colleagues =
          row.unit() == null
              ? List.of()
              : units.computeIfAbsent(row.unit(), this::members).stream()
                  .filter(c -> !c.id().equals(me) && !c.id().equals(row.assignee()))
                  .toList();
      actions.put(
          row.taskId(),
          new Actions(
              row.assignee() == null,
              me.equals(row.assignee()),
              colleagues,
              previous.get(row.taskId())));
    }
    return actions;
  }

  /** As {@link WorklistActions} decides: an administrator, the holder or a unit member. */
  private boolean mayAct(WorklistQuery.Row row, String me) {
    return official.isAdmin()
        || me.equals(row.assignee())
        || (row.unit() != null && official.inGroup(row.unit()));
  }

  private List<Colleague> members(String group) {
    return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream()
        .map(user -> new Colleague(user.getId(), fullName(user)))
        .toList();
  }

  private static String fullName(User user) {
    String name =
        String.join(
                " ",
                Objects.toString(user.getFirstName(), ""),
                Objects.toString(user.getLastName(), ""))
            .strip();
    return name.isEmpty() ? user.getId() : name;
  }
}
