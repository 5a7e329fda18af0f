package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What must hold in the database after {@link FaultLoad} lost a node: checked by SQL. */
final class FaultChecks {

  /** The rungs every dossier reaches once when the clock is a month past its intake. */
  static final List<String> RUNGS =
      List.of("DossierSoonDue", "ApologyDue", "DossierOverdue", "StepOverdue");

  private final JdbcClient db;
  private final FaultLoad load;
  private long dossiers;
  private long events;
  private long notifications;

  FaultChecks(JdbcClient db, FaultLoad load) {
    this.db = db;
    this.load = load;
  }

  /** Each acknowledged intake is one dossier, with the code its answer gave; nothing else was. */
  void everyAcknowledgedIntakeOnce() {
    Map<String, List<String>> byApplicant = new HashMap<>();
    db.sql("select applicant_full_name, code from dossier")
        .query(
            (row, i) ->
                byApplicant
                    .computeIfAbsent(row.getString(1), k -> new java.util.ArrayList<>())
                    .add(row.getString(2)))
        .list();
    load.acknowledged.forEach(
        (applicant, code) ->
            assertThat(byApplicant.get(applicant)).as(applicant).containsExactly(code));
    dossiers = byApplicant.values().stream().mapToLong(List::size).sum();
    // at most one more dossier than acknowledged per request left without an answer
    assertThat(dossiers)
        .isBetween(
            (long) load.acknowledged.size(),
            (long) load.acknowledged.size() + load.unanswered.get());
  }

  /** Codes are {agency}-{yyMMdd}-{n}: per agency and day, n runs 1, 2, … with no gap or double. */
  void codesWithoutGapOrDouble() {
    List<long[]> days =
        db.sql(
                "select count(*), count(distinct code), min(cast(split_part(code, '-', 3) as int)),"
                    + " max(cast(split_part(code, '-', 3) as int)) from dossier"
                    + " group by split_part(code, '-', 1), split_part(code, '-', 2)")
            .query(
                (row, i) ->
                    new long[] {row.getLong(1), row.getLong(2), row.getLong(3), row.getLong(4)})
            .list();
    assertThat(days).isNotEmpty();
    for (long[] day : days) {
      assertThat(day).as("count, distinct, min, max").containsExactly(day[0], day[0], 1, day[0]);
    }
  }

  /** A completed reception step is gone and its dossier waits at one appraisal step. */
  void everyAcknowledgedCompletionOnce() {
    Map<String, long[]> steps = new HashMap<>();
    db.sql(
            "select d.code,"
                + " (select count(*) from ACT_RU_TASK t where t.PROC_INST_ID_ ="
                + " d.process_instance_id and t.TASK_DEF_KEY_ = 'Task_Reception'),"
                + " (select count(*) from ACT_RU_TASK t where t.PROC_INST_ID_ ="
                + " d.process_instance_id and t.TASK_DEF_KEY_ = 'Task_Appraisal') from dossier d")
        .query((row, i) -> steps.put(row.getString(1), new long[] {row.getLong(2), row.getLong(3)}))
        .list();
    Set<String> completed = new HashSet<>(load.completed);
    completed.addAll(load.completedUnanswered);
    assertThat(load.completed).doesNotHaveDuplicates();
    for (String code : completed) {
      assertThat(steps.get(code)).as("reception, appraisal of %s", code).containsExactly(0, 1);
    }
    for (String code : load.acknowledged.values()) {
      if (!completed.contains(code)) {
        assertThat(steps.get(code)).as("reception, appraisal of %s", code).containsExactly(1, 0);
      }
    }
  }

  /** Waits until no dossier's job is due on the engine clock the demo clock answered with. */
  void awaitNoDueJobs(String clock, int seconds) throws Exception {
    Instant now = Instant.parse(NodeHttp.JSON.readTree(clock).get("now").asText());
    long deadline = System.currentTimeMillis() + seconds * 1000L;
    String due =
        "select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null and RETRIES_ > 0"
            + " and (DUEDATE_ is null or DUEDATE_ <= ?)";
    long left;
    while ((left = db.sql(due).param(Timestamp.from(now)).query(Long.class).single()) > 0
        && System.currentTimeMillis() < deadline) {
      Thread.sleep(500);
    }
    assertThat(left).as("dossier jobs still due after %d s", seconds).isZero();
    assertThat(
            count(
                "select count(*) from ACT_RU_JOB where PROCESS_INSTANCE_ID_ is not null"
                    + " and (EXCEPTION_MSG_ is not null or RETRIES_ < 1)"))
        .isZero();
  }

  /** One event per dossier, step and rung; one notification per rung and recipient. */
  void everyRungOnce() {
    assertThat(
            count(
                "select count(*) from (select dossier_code, task_key, rung from deadline_event"
                    + " group by dossier_code, task_key, rung having count(*) > 1) d"))
        .isZero();
    assertThat(
            count(
                "select count(*) from (select dedup_key, recipient from notification"
                    + " group by dedup_key, recipient having count(*) > 1) d"))
        .isZero();
    for (String kind : RUNGS) {
      assertThat(
              count(
                  "select count(*) from dossier d where (select count(*) from deadline_event e"
                      + " where e.dossier_code = d.code and e.kind = '"
                      + kind
                      + "') <> 1"))
          .as("dossiers without exactly one %s", kind)
          .isZero();
    }
    events = count("select count(*) from deadline_event");
    notifications = count("select count(*) from notification");
  }

  private long count(String sql) {
    return db.sql(sql).query(Long.class).single();
  }

  @Override
  public String toString() {
    return "%d dossiers (%d acknowledged), %d completions, %d deadline events, %d notifications"
        .formatted(
            dossiers,
            load.acknowledged.size(),
            load.completed.size() + load.completedUnanswered.size(),
            events,
            notifications);
  }
}
