package vn.motcua.worklist.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.Flag;
import vn.motcua.organization.Officials;

/**
 * The open steps a civil servant works on, with their dossier: read from the deadline module's
 * {@code dossier_step} (one row per user task, kept by the engine's task listeners), joined to
 * {@code dossier} and {@code dossier_deadline}. "Mine" is the steps the official holds; "unit" is
 * the steps of their groups, and those escalated to their groups. Overdue first by default, then
 * earliest due.
 */
@Service
class WorklistQuery {

  /** Whose steps. */
  enum Scope {
    MINE,
    UNIT
  }

  /** The order of the rows. */
  enum Sort {
    /** Overdue steps first, then by due date (the default). */
    OVERDUE,
    /** By due date only. */
    DUE
  }

  /** The filters of one page; null means any. */
  record Filter(Scope scope, Flag flag, String procedure, String search, Sort sort) {}

  /**
   * One open step and its dossier.
   *
   * @param unitName the step's unit as people read it ("Chuyên viên · UBND xã An Bình")
   * @param returnReason why the step is open again, when a later step returned the dossier to it
   * @param extendedDueAt the new appointment given with an apology letter (form 04), or null
   */
  record Row(
      String taskId,
      String dossierCode,
      String procedure,
      String procedureName,
      String applicant,
      String step,
      String stepName,
      String unit,
      String assignee,
      Instant stepDueAt,
      Instant legalDueAt,
      Flag stepFlag,
      Flag dossierFlag,
      String assigneeName,
      String unitName,
      String returnReason,
      Instant extendedDueAt) {

    Row named(Map<String, String> names, String unitName, String returnReason) {
      return new Row(
          taskId,
          dossierCode,
          procedure,
          procedureName,
          applicant,
          step,
          stepName,
          unit,
          assignee,
          stepDueAt,
          legalDueAt,
          stepFlag,
          dossierFlag,
          assignee == null ? null : names.getOrDefault(assignee, assignee),
          unitName,
          returnReason,
          extendedDueAt);
    }
  }

  /** One page of rows; {@code more} when a next page exists. */
  record Page(int page, int size, boolean more, List<Row> rows) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final ProcedureCatalogue catalogue;
  private final org.camunda.bpm.engine.IdentityService identity;
  private final Officials officials;

  WorklistQuery(
      NamedParameterJdbcTemplate jdbc,
      ProcedureCatalogue catalogue,
      org.camunda.bpm.engine.IdentityService identity,
      Officials officials) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.identity = identity;
    this.officials = officials;
  }

  /** Above this many groups, one branch reads them all with {@code in} (and sorts them). */
  private static final int BRANCHES_PER_GROUP_UP_TO = 16;

  private static final String STEP_COLUMNS =
      "select s.task_id, s.activity_id, s.step_name, s.unit_group, s.assignee, s.due_at,"
          + " s.flag, s.dossier_code from dossier_step s where ";

  private static final String DOSSIER_COLUMNS =
      "select s.task_id, s.activity_id, s.step_name, s.unit_group, s.assignee, s.due_at,"
          + " s.flag, d.code, d.procedure_key, d.procedure_definition_id,"
          + " d.applicant_full_name, d.due_at as legal_due_at, d.extended_due_at,"
          + " coalesce(f.flag, 'ON_TIME') as dossier_flag ";

  private static final String COLUMNS =
      "select s.task_id, s.activity_id, s.step_name, s.unit_group, s.assignee, s.due_at,"
          + " s.flag, d.code, d.procedure_key, d.procedure_definition_id,"
          + " d.applicant_full_name, d.due_at as legal_due_at, d.extended_due_at,"
          + " coalesce(f.flag, 'ON_TIME') as dossier_flag"
          + " from dossier_step s join dossier d on d.code = s.dossier_code"
          + " left join dossier_deadline f on f.dossier_code = d.code where ";

  /**
   * One page of open steps. In unit scope the steps of each of the caller's groups and the steps
   * escalated to them are branches of a {@code union all}, each cut to the rows the page needs in
   * the page's order, so that each reads its index in that order and stops: {@code dossier_step
   * (unit_group, due_at, task_id) where completed_at is null} and its overdue-first twin on
   * PostgreSQL, {@code deadline_event (escalated_to, task_key)}. A single {@code or} across them
   * made PostgreSQL scan every step ever recorded (2.5 s at 100k open and 4M completed steps); one
   * {@code in} over the groups, or a branch left uncut, read and sorted all the unit's open steps
   * (10 ms for 5000), see BENCHMARKS.md.
   */
  @Transactional(readOnly = true)
  public Page page(String official, Set<String> groups, Filter filter, int page, int size) {
    Map<String, Object> params = new HashMap<>();
    List<String> common = new ArrayList<>();
    common.add("s.completed_at is null");
    if (filter.flag() != null) {
      common.add("s.flag = :flag");
      params.put("flag", filter.flag().name());
    }
    if (filter.procedure() != null) {
      common.add("d.procedure_key = :procedure");
      params.put("procedure", filter.procedure());
    }
    if (filter.search() != null) {
      common.add("(lower(d.code) like :search or lower(d.applicant_full_name) like :search)");
      params.put("search", "%" + filter.search().toLowerCase() + "%");
    }
    boolean stepsOnly = filter.procedure() == null && filter.search() == null;
    String columns = stepsOnly ? STEP_COLUMNS : COLUMNS;
    String order =
        filter.sort() == Sort.DUE
            ? "s.due_at, s.task_id"
            : "case when s.flag = 'OVERDUE' then 0 else 1 end, s.due_at, s.task_id";
    List<String> branches = new ArrayList<>();
    if (filter.scope() == Scope.MINE) {
      params.put("official", official);
      branches.add(columns + where(common, "s.assignee = :official"));
    } else {
      if (groups.isEmpty()) {
        return new Page(page, size, false, List.of());
      }
      params.put("groups", groups);
      if (groups.size() > BRANCHES_PER_GROUP_UP_TO) {
        branches.add(columns + where(common, "s.unit_group in (:groups)"));
      } else {
        int n = 0;
        for (String group : groups.stream().sorted().toList()) {
          params.put("group" + n, group);
          branches.add(columns + where(common, "s.unit_group = :group" + n++));
        }
      }
      branches.add(
          columns
              + where(
                  common,
                  "(s.unit_group is null or s.unit_group not in (:groups))",
                  "s.task_id in (select e.task_key from deadline_event e"
                      + " where e.escalated_to in (:groups))"));
    }
    params.put("window", (long) page * size + size + 1);
    params.put("limit", size + 1);
    params.put("offset", (long) page * size);
    String union =
        branches.stream()
            .map(branch -> "(" + branch + " order by " + order + " limit :window)")
            .collect(Collectors.joining(" union all "));
    String outerOrder = order.replace("s.", "");
    String sql =
        stepsOnly
            // the page is cut from the steps alone, and only its rows meet their dossiers
            ? DOSSIER_COLUMNS
                + "from (select * from ("
                + union
                + ") u order by "
                + outerOrder
                + " limit :limit offset :offset) s join dossier d on d.code = s.dossier_code"
                + " left join dossier_deadline f on f.dossier_code = d.code order by "
                + order
            : "select * from ("
                + union
                + ") u order by "
                + outerOrder
                + " limit :limit offset :offset";
    List<Row> rows = withNames(jdbc.query(sql, params, this::row));
    boolean more = rows.size() > size;
    return new Page(page, size, more, more ? rows.subList(0, size) : rows);
  }

  /**
   * The holders' full names ("family middle given"), the units by name in the reader's language and
   * the reasons of returned steps, read in one query each for the page.
   */
  private List<Row> withNames(List<Row> rows) {
    if (rows.isEmpty()) {
      return rows;
    }
    Map<String, String> names = new HashMap<>();
    String[] holders =
        rows.stream().map(Row::assignee).filter(a -> a != null).distinct().toArray(String[]::new);
    if (holders.length > 0) {
      identity
          .createUserQuery()
          .userIdIn(holders)
          .list()
          .forEach(
              user ->
                  names.put(
                      user.getId(),
                      (nonNull(user.getFirstName()) + " " + nonNull(user.getLastName())).strip()));
    }
    Map<String, String> reasons = new HashMap<>();
    jdbc.query(
        "select task_id, reason from step_return where task_id in (:tasks)",
        Map.of("tasks", rows.stream().map(Row::taskId).toList()),
        rs -> {
          reasons.put(rs.getString("task_id"), rs.getString("reason"));
        });
    Locale locale = LocaleContextHolder.getLocale();
    Map<String, String> units = new HashMap<>();
    return rows.stream()
        .map(
            row ->
                row.named(
                    names,
                    row.unit() == null
                        ? null
                        : units.computeIfAbsent(
                            row.unit(), unit -> officials.groupName(unit, locale)),
                    reasons.get(row.taskId())))
        .toList();
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  private static String where(List<String> common, String... more) {
    List<String> all = new ArrayList<>(common);
    all.addAll(List.of(more));
    return String.join(" and ", all);
  }

  private Row row(ResultSet rs, int n) throws SQLException {
    return new Row(
        rs.getString("task_id"),
        rs.getString("code"),
        rs.getString("procedure_key"),
        catalogue.ofDefinition(rs.getString("procedure_definition_id")).name(),
        rs.getString("applicant_full_name"),
        rs.getString("activity_id"),
        rs.getString("step_name"),
        rs.getString("unit_group"),
        rs.getString("assignee"),
        instant(rs, "due_at"),
        instant(rs, "legal_due_at"),
        Flag.valueOf(rs.getString("flag")),
        Flag.valueOf(rs.getString("dossier_flag")),
        null,
        null,
        null,
        instant(rs, "extended_due_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
