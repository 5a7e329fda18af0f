package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.motcua.DemoData;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;

/**
 * An administrator changes a year's announced days after dossiers were received: their legal due
 * dates, open steps' due dates and pending timers keep the working time they had left, so they move
 * by exactly the working day the change added (and back when it is removed); each holder is told
 * once per change, and each dossier's history and audit trail name the announcement. Year 2152 (no
 * announcement, no holiday in November): Monday 6 November, 16:00, two business household
 * registrations (three working days; reception two working hours) at An Bình.
 */
class AnnouncedDeadlinesIntegrationTests extends ProcedureWalkthrough {

  private static final int YEAR = 2152;
  private static final int QUIET_YEAR = 2153;
  private static final String RECEPTION = "tiepnhan.anbinh";
  private static final String REASON = "Nghỉ lễ đột xuất thứ Ba 07/11/2152 (kiểm thử)";
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired HolidayCalendar holidays;
  @Autowired AgencyCalendars calendars;

  @AfterEach
  void forgetTheYears() {
    jdbc.sql("delete from holiday_announcement where announced_year in (?, ?)")
        .params(YEAR, QUIET_YEAR)
        .update();
    holidays.forget(YEAR);
    holidays.forget(QUIET_YEAR);
  }

  @Test
  void aDayOffAddedThenRemovedMovesOpenDeadlinesByOneWorkingDayAndBack() {
    DemoData.setClock(LocalDateTime.of(YEAR, 11, 6, 16, 0));
    String a = receive();
    String b = receive();
    tasks.claim(reception(a).getId(), RECEPTION);
    assertThat(dueAt(a)).isEqualTo(at(9, 16, 0)); // Tue, Wed, Thu
    assertThat(reception(a).getDueDate().toInstant()).isEqualTo(at(7, 8, 30));
    Map<String, Instant> timersBefore = timers(a);
    assertThat(timersBefore).isNotEmpty();

    DossierDriver.later(30);
    Instant now = now();
    WorkingCalendar calendar = calendars.of(AN_BINH);
    Map<String, Long> leftBefore = workingMinutesLeft(calendar, now, timersBefore);
    long dossierLeft = calendar.workingMinutesBetween(now, at(9, 16, 0));

    // Tuesday 7 November becomes a day off
    long added = announce(YEAR, REASON, List.of(dayOff("2152-11-07")));

    assertThat(dueAt(a)).isEqualTo(at(10, 16, 0)); // one working day later
    assertThat(calendar.workingMinutesBetween(at(9, 16, 0), at(10, 16, 0))).isEqualTo(480);
    assertThat(calendar.workingMinutesBetween(now, dueAt(a))).isEqualTo(dossierLeft);
    assertThat(legalDueVariable(a)).isEqualTo(at(10, 16, 0));
    assertThat(reception(a).getDueDate().toInstant()).isEqualTo(at(8, 8, 30));
    assertThat(reception(b).getDueDate().toInstant()).isEqualTo(at(8, 8, 30));
    assertThat(stepRow(reception(a).getId()))
        .containsEntry("due_at", at(8, 8, 30))
        .containsEntry("paused_minutes", 0L);
    Map<String, Instant> timersAfter = timers(a);
    assertThat(timersAfter.keySet()).isEqualTo(timersBefore.keySet());
    timersAfter.forEach(
        (id, due) -> {
          assertThat(due).as(id).isNotEqualTo(timersBefore.get(id));
          assertThat(calendar.workingMinutesBetween(now, due)).as(id).isEqualTo(leftBefore.get(id));
        });
    assertThat(recalculations(a))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e).containsEntry("reason", REASON).containsEntry("actor", "admin");
              assertThat((String) e.get("detail"))
                  .contains("\"cause\":\"HOLIDAY_ANNOUNCEMENT\"", "\"year\":2152")
                  .contains("\"previousDueAt\":\"" + at(9, 16, 0) + "\"")
                  .contains("\"newDueAt\":\"" + at(10, 16, 0) + "\"");
            });
    assertThat(audited(a)).isEqualTo(1);
    Map<String, Long> told = notified(added);
    assertThat(told)
        .containsEntry(RECEPTION, 1L)
        .allSatisfy((who, n) -> assertThat(n).isEqualTo(1));
    assertThat(notice(added, RECEPTION))
        .contains("Lịch nghỉ năm 2152", a, b, "08:30 ngày 08/11/2152", "08:30 ngày 07/11/2152");

    // the same days again change nothing
    DossierDriver.later(5);
    long again = announce(YEAR, REASON, List.of(dayOff("2152-11-07")));
    assertThat(notified(again)).isEmpty();
    assertThat(recalculations(a)).hasSize(1);

    // the day off is withdrawn: everything is back where it was
    DossierDriver.later(5);
    long removed = announce(YEAR, "Hủy nghỉ lễ 07/11/2152 (kiểm thử)", List.of());
    assertThat(dueAt(a)).isEqualTo(at(9, 16, 0));
    assertThat(legalDueVariable(a)).isEqualTo(at(9, 16, 0));
    assertThat(reception(a).getDueDate().toInstant()).isEqualTo(at(7, 8, 30));
    assertThat(timers(a)).isEqualTo(timersBefore);
    assertThat(recalculations(a)).hasSize(2);
    assertThat(audited(a)).isEqualTo(2);
    assertThat(notified(removed))
        .containsEntry(RECEPTION, 1L)
        .allSatisfy((who, n) -> assertThat(n).isEqualTo(1));
    assertThat(notice(removed, RECEPTION)).contains("08:30 ngày 07/11/2152", a, b);

    // a change no open dossier's time touches changes nothing
    long quiet = announce(QUIET_YEAR, "Nghỉ lễ năm 2153 (kiểm thử)", List.of(dayOff("2153-03-05")));
    assertThat(notified(quiet)).isEmpty();
    assertThat(dueAt(a)).isEqualTo(at(9, 16, 0));
    assertThat(timers(a)).isEqualTo(timersBefore);
    assertThat(recalculations(a)).hasSize(2);
    assertThat(recalculations(b)).hasSize(2);
  }

  private String receive() {
    return driver.receiveCode(
        RECEPTION,
        DossierDriver.counterDossier(
            "business-household-registration",
            AN_BINH,
            Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000)));
  }

  private static Map<String, Object> dayOff(String date) {
    return Map.of(
        "date", date, "name", "Nghỉ lễ (kiểm thử)", "kind", "HOLIDAY", "occasion", "OTHER");
  }

  /** PUTs the year's days as the administrator; returns the id of the logged change. */
  private long announce(int year, String reason, List<Map<String, Object>> days) {
    ResponseEntity<Map<String, Object>> response =
        http.withBasicAuth("admin", PASSWORD)
            .exchange(
                "/api/calendar/announcements/" + year,
                HttpMethod.PUT,
                new HttpEntity<>(Map.of("reason", reason, "days", days)),
                JSON);
    assertThat(response.getStatusCode()).as("%s", response.getBody()).isEqualTo(HttpStatus.OK);
    return jdbc.sql("select max(id) from holiday_announcement_change where announced_year = ?")
        .param(year)
        .query(Long.class)
        .single();
  }

  private Task reception(String code) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey("Task_Reception")
        .singleResult();
  }

  private Instant dueAt(String code) {
    return Instant.parse((String) driver.dossier(RECEPTION, code).get("dueAt"));
  }

  private Instant legalDueVariable(String code) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    return ((java.util.Date) runtime.getVariable(instance, Deadlines.LEGAL_DUE_VARIABLE))
        .toInstant();
  }

  /** The dossier's pending timers (the dossier's rungs and its steps' ladder), by job id. */
  private Map<String, Instant> timers(String code) {
    String instance =
        runtime
            .createProcessInstanceQuery()
            .processInstanceBusinessKey(code)
            .singleResult()
            .getId();
    Map<String, Instant> dates = new LinkedHashMap<>();
    for (Job job : management.createJobQuery().processInstanceId(instance).timers().list()) {
      dates.put(job.getId(), job.getDuedate().toInstant());
    }
    return dates;
  }

  private static Map<String, Long> workingMinutesLeft(
      WorkingCalendar calendar, Instant now, Map<String, Instant> dates) {
    Map<String, Long> left = new LinkedHashMap<>();
    dates.forEach((id, due) -> left.put(id, calendar.workingMinutesBetween(now, due)));
    return left;
  }

  private Map<String, Object> stepRow(String taskId) {
    Map<String, Object> row =
        jdbc.sql("select due_at, paused_minutes from dossier_step where task_id = ?")
            .param(taskId)
            .query()
            .singleRow();
    return Map.of(
        "due_at",
        ((java.sql.Timestamp) row.get("due_at")).toInstant(),
        "paused_minutes",
        ((Number) row.get("paused_minutes")).longValue());
  }

  @SuppressWarnings("unchecked")
  private List<Map<String, Object>> recalculations(String code) {
    return ((List<Map<String, Object>>) driver.dossier(RECEPTION, code).get("history"))
        .stream().filter(e -> "DEADLINE_RECALCULATED".equals(e.get("kind"))).toList();
  }

  private long audited(String code) {
    return jdbc.sql(
            "select count(*) from audit_entry where dossier_code = ?"
                + " and action = 'DEADLINE_RECALCULATED'")
        .param(code)
        .query(Long.class)
        .single();
  }

  /** How many notices of the change each official got. */
  private Map<String, Long> notified(long change) {
    Map<String, Long> counts = new LinkedHashMap<>();
    jdbc.sql(
            "select recipient, count(*) as n from notification where dedup_key = ?"
                + " group by recipient order by recipient")
        .param("calendar-change:" + change)
        .query()
        .listOfRows()
        .forEach(
            row -> counts.put((String) row.get("recipient"), ((Number) row.get("n")).longValue()));
    return counts;
  }

  private String notice(long change, String recipient) {
    return jdbc.sql(
            "select subject || ' ' || body from notification where dedup_key = ? and recipient = ?")
        .params("calendar-change:" + change, recipient)
        .query(String.class)
        .single();
  }

  private static Instant now() {
    return org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant();
  }

  private static Instant at(int day, int hour, int minute) {
    return LocalDateTime.of(YEAR, 11, day, hour, minute).atZone(VIETNAM).toInstant();
  }
}
