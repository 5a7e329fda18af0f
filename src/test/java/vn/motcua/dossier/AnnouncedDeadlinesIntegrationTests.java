package vn.motcua.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.DemoData.AN_BINH;
import static vn.motcua.DemoData.PASSWORD;
import static vn.motcua.DemoData.VIETNAM;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
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
import vn.motcua.ClockTestProcedure;
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
  private static final String SPECIALIST = "hotich.anbinh";
  private static final String PAUSABLE = "business-household-registration-clock-test";

  /** How far a paused clock pushes a held timer (deadline.HeldTimers.HOLD). */
  private static final Duration HOLD = Duration.ofDays(365_000);

  private static final Instant HELD = Instant.parse("2500-01-01T00:00:00Z");
  private static final ParameterizedTypeReference<Map<String, Object>> JSON =
      new ParameterizedTypeReference<>() {};

  @Autowired ManagementService management;
  @Autowired JdbcClient jdbc;
  @Autowired HolidayCalendar holidays;
  @Autowired AgencyCalendars calendars;
  @Autowired RepositoryService repository;

  @AfterEach
  void forgetTheYears() {
    ClockTestProcedure.undeploy(repository, PAUSABLE);
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

  /**
   * The clock of a three-working-day dossier is paused by hand on Monday 16:30, with 1410 working
   * minutes left (Monday 30, Tuesday and Wednesday 480 each, Thursday 07:30–16:00 420); on Tuesday
   * the administrator makes Wednesday a day off. The held timers stay held, their dates (and the
   * legal due date) counted again from the pause's start; on Thursday 10:00 the clock resumes after
   * 660 paused working minutes (Monday 30, Tuesday 480, Thursday 150; Wednesday is off) and the
   * dossier is due 1410 working minutes later: Tuesday 14 November 09:30. The day off is thus
   * counted once (not counting it would give Monday 13 09:30, counting it twice Wednesday 15).
   */
  @Test
  void aDayOffAddedWhileThePauseHoldsTheClockIsCountedOnceOnResume() {
    ClockTestProcedure.deploy(repository, "business-household-registration", PAUSABLE);
    DemoData.setClock(LocalDateTime.of(YEAR, 11, 6, 16, 0));
    Map<String, Object> body = new HashMap<>(household());
    body.put("procedure", PAUSABLE);
    String code = driver.receiveCode(RECEPTION, body);
    assertThat(dueAt(code)).isEqualTo(at(9, 16, 0));
    DossierDriver.later(30);
    Instant pausedAt = now();
    WorkingCalendar calendar = calendars.of(AN_BINH);
    Map<String, Instant> running = timers(code);
    Map<String, Long> leftAtPause = workingMinutesLeft(calendar, pausedAt, running);
    assertThat(calendar.workingMinutesBetween(pausedAt, at(9, 16, 0))).isEqualTo(1410);
    driver.act(SPECIALIST, code, "pause", Map.of("reasonCode", ClockTestProcedure.CODE));
    Map<String, Instant> held = timers(code);
    assertThat(held.keySet()).isEqualTo(running.keySet());
    assertThat(held.values()).allSatisfy(due -> assertThat(due).isAfter(HELD));

    DemoData.setClock(LocalDateTime.of(YEAR, 11, 7, 10, 0)); // Tuesday, paused
    announce(YEAR, "Nghỉ thứ Tư 08/11/2152 (kiểm thử)", List.of(dayOff("2152-11-08")));

    // counted from the pause's start: Monday 16:30 + 1410 minutes, Wednesday off = Friday 16:00
    assertThat(dueAt(code)).isEqualTo(at(10, 16, 0));
    assertThat(legalDueVariable(code)).isEqualTo(at(10, 16, 0));
    assertThat(driver.dossier(RECEPTION, code)).containsEntry("paused", true);
    assertThat(recalculations(code)).hasSize(1);
    Map<String, Instant> stillHeld = timers(code);
    assertThat(stillHeld.keySet()).isEqualTo(held.keySet());
    assertThat(stillHeld).isNotEqualTo(held);
    stillHeld.forEach(
        (id, due) -> {
          assertThat(due).as(id).isAfter(HELD);
          assertThat(calendar.workingMinutesBetween(pausedAt, due.minus(HOLD)))
              .as(id)
              .isEqualTo(leftAtPause.get(id));
        });
    assertThat(reception(code).getDueDate().toInstant()).isEqualTo(at(7, 8, 30)); // Tue, kept

    DemoData.setClock(LocalDateTime.of(YEAR, 11, 9, 10, 0)); // Thursday
    Map<String, Object> resumed = driver.act(SPECIALIST, code, "resume", null);

    Instant resumedAt = now();
    assertThat(resumed).containsEntry("paused", false);
    assertThat(dueAt(code)).isEqualTo(at(14, 9, 30));
    assertThat(calendar.workingMinutesBetween(resumedAt, dueAt(code))).isEqualTo(1410);
    assertThat(legalDueVariable(code)).isEqualTo(at(14, 9, 30));
    assertThat(pauseShifts(code)).containsExactly(660L);
    // the step had 90 working minutes left at the pause: 90 from the resume
    assertThat(reception(code).getDueDate().toInstant()).isEqualTo(at(9, 11, 30));
    Map<String, Instant> released = timers(code);
    assertThat(released.keySet()).isEqualTo(running.keySet());
    released.forEach(
        (id, due) -> {
          assertThat(due).as(id).isBefore(HELD);
          assertThat(calendar.workingMinutesBetween(resumedAt, due))
              .as(id)
              .isEqualTo(leftAtPause.get(id));
        });
  }

  /**
   * A building permit (15 calendar days, Construction Law Art. 102) received Friday 10 November:
   * the 15th day, Saturday 25, is a day off, so it is due Monday 27 at closing time (Civil Code
   * 2015 Art. 148(5)). A day off added inside the period moves the steps counted in working time
   * (the appraisal's seven working days) but neither the legal due date nor the dossier's timers;
   * the due date moves only when its day changes: to Saturday 25 when that day is worked, to
   * Tuesday 28 when Saturday is off again and Monday 27 becomes a day off.
   */
  @Test
  void aCalendarDayDeadlineMovesOnlyWhenItsLastDayChangesStatus() {
    DemoData.setClock(LocalDateTime.of(YEAR, 11, 10, 9, 0)); // Friday
    String code =
        driver.receiveCode(
            RECEPTION,
            DossierDriver.counterDossier(
                "construction-permit-house",
                AN_BINH,
                Map.of("constructionAddress", "Thửa 125, tờ bản đồ số 7", "floors", 3)));
    assertThat(dueAt(code)).isEqualTo(at(27, 17, 0));
    DossierDriver.later(30);
    driver.work(
        RECEPTION,
        code,
        "Task_Reception",
        Map.of("receptionDecision", "ACCEPT", "documentsDigitised", true));
    assertThat(appraisal(code).getDueDate().toInstant()).isEqualTo(at(21, 9, 30));
    Map<String, Instant> rungs = dossierRungs(code);
    assertThat(rungs).containsValue(at(27, 17, 0)).hasSizeGreaterThan(1);
    Map<String, Instant> stepTimers = new LinkedHashMap<>(timers(code));
    stepTimers.keySet().removeAll(rungs.keySet());
    assertThat(stepTimers).isNotEmpty();
    Instant now = now();
    WorkingCalendar calendar = calendars.of(AN_BINH);
    Map<String, Long> stepLeft = workingMinutesLeft(calendar, now, stepTimers);

    // Tuesday 14 November, inside the period, becomes a day off
    List<Map<String, Object>> tuesdayOff = List.of(dayOff("2152-11-14"));
    announce(YEAR, "Nghỉ thứ Ba 14/11/2152 (kiểm thử)", tuesdayOff);

    assertThat(dueAt(code)).isEqualTo(at(27, 17, 0));
    assertThat(legalDueVariable(code)).isEqualTo(at(27, 17, 0));
    assertThat(dossierRungs(code)).isEqualTo(rungs);
    assertThat(appraisal(code).getDueDate().toInstant()).isEqualTo(at(22, 9, 30));
    Map<String, Instant> stepTimersAfter = new LinkedHashMap<>(timers(code));
    stepTimersAfter.keySet().removeAll(rungs.keySet());
    assertThat(stepTimersAfter.keySet()).isEqualTo(stepTimers.keySet());
    stepTimersAfter.forEach(
        (id, due) -> {
          assertThat(due).as(id).isNotEqualTo(stepTimers.get(id));
          assertThat(calendar.workingMinutesBetween(now, due)).as(id).isEqualTo(stepLeft.get(id));
        });

    // Saturday 25, the period's last day, is worked: the period ends that day
    DossierDriver.later(5);
    List<Map<String, Object>> saturdayWorked = new ArrayList<>(tuesdayOff);
    saturdayWorked.add(
        Map.of(
            "date",
            "2152-11-25",
            "name",
            "Làm bù (kiểm thử)",
            "kind",
            "MAKE_UP_WORKING_DAY",
            "occasion",
            "OTHER"));
    announce(YEAR, "Làm việc thứ Bảy 25/11/2152 (kiểm thử)", saturdayWorked);

    assertThat(dueAt(code)).isEqualTo(at(25, 17, 0));
    assertThat(legalDueVariable(code)).isEqualTo(at(25, 17, 0));
    assertThat(dossierRungs(code)).containsValue(at(25, 17, 0)).doesNotContainValue(at(27, 17, 0));
    assertThat(appraisal(code).getDueDate().toInstant()).isEqualTo(at(22, 9, 30));

    // Saturday is off again and Monday 27 becomes a day off: Tuesday 28
    DossierDriver.later(5);
    List<Map<String, Object>> mondayOff = new ArrayList<>(tuesdayOff);
    mondayOff.add(dayOff("2152-11-27"));
    announce(YEAR, "Nghỉ thứ Hai 27/11/2152 (kiểm thử)", mondayOff);

    assertThat(dueAt(code)).isEqualTo(at(28, 17, 0));
    assertThat(legalDueVariable(code)).isEqualTo(at(28, 17, 0));
    assertThat(dossierRungs(code)).containsValue(at(28, 17, 0)).doesNotContainValue(at(25, 17, 0));
    assertThat(appraisal(code).getDueDate().toInstant()).isEqualTo(at(22, 9, 30));
    assertThat(recalculations(code)).hasSize(3);
  }

  private static Map<String, Object> household() {
    return DossierDriver.counterDossier(
        "business-household-registration",
        AN_BINH,
        Map.of("householdName", "Hộ kinh doanh Tạp hóa An Bình", "capital", 50000000));
  }

  private Task appraisal(String code) {
    return tasks
        .createTaskQuery()
        .processInstanceBusinessKey(code)
        .taskDefinitionKey("Task_AppraisalAndSiteInspection")
        .singleResult();
  }

  /** The pending timers of the dossier's rungs (soon due, apology, overdue), by job id. */
  private Map<String, Instant> dossierRungs(String code) {
    Map<String, Instant> dates = new LinkedHashMap<>();
    for (String activity : Deadlines.DOSSIER_TIMERS) {
      for (Job job :
          management
              .createJobQuery()
              .processInstanceId(instanceOf(code))
              .activityId(activity)
              .timers()
              .list()) {
        dates.put(job.getId(), job.getDuedate().toInstant());
      }
    }
    return dates;
  }

  private String instanceOf(String code) {
    return runtime
        .createProcessInstanceQuery()
        .processInstanceBusinessKey(code)
        .singleResult()
        .getId();
  }

  private List<Long> pauseShifts(String code) {
    return jdbc.sql("select shift_working_minutes from dossier_clock_pause where dossier_code = ?")
        .param(code)
        .query(Long.class)
        .list();
  }

  private String receive() {
    return driver.receiveCode(RECEPTION, household());
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
    return ((java.util.Date) runtime.getVariable(instanceOf(code), Deadlines.LEGAL_DUE_VARIABLE))
        .toInstant();
  }

  /** The dossier's pending timers (the dossier's rungs and its steps' ladder), by job id. */
  private Map<String, Instant> timers(String code) {
    Map<String, Instant> dates = new LinkedHashMap<>();
    for (Job job :
        management.createJobQuery().processInstanceId(instanceOf(code)).timers().list()) {
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
