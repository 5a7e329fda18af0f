package vn.motcua.calendar.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Period;
import java.time.format.DateTimeParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Profile;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.calendar.EngineClock;
import vn.motcua.security.CurrentOfficial;

/**
 * Demo time-travel (profile {@code demo} only; the endpoint does not exist otherwise): an
 * administrator moves the engine clock forward, {@code {"advance": "P2D"}} (calendar time: days
 * with {@code P…D}, hours and minutes with {@code PT…}) or {@code {"to": "2026-12-01T09:00"}}
 * (Vietnam time, or with an offset), and the job executor is woken to fire what came due. The clock
 * keeps running from there. Time never moves back: timers already fired cannot unfire. The clock is
 * the JVM's, so it moves one node; the demo runs on one.
 */
@RestController
@Profile("demo")
@RequestMapping("/api/demo/clock")
class DemoClockController {

  /** Exactly one of the two. */
  record Move(String advance, String to) {}

  /** The engine clock now and how far it is ahead of real time. */
  record ClockView(Instant now, OffsetDateTime localNow, Duration aheadOfRealTime) {}

  private final EngineClock clock;
  private final CurrentOfficial official;
  private final ProcessEngine engine;

  DemoClockController(EngineClock clock, CurrentOfficial official, ProcessEngine engine) {
    this.clock = clock;
    this.official = official;
    this.engine = engine;
  }

  @GetMapping
  ClockView now() {
    return view();
  }

  @PostMapping
  ClockView move(@RequestBody(required = false) Move move) {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only an administrator moves the demo clock");
    }
    if (move == null || (move.advance() == null) == (move.to() == null)) {
      throw new CalendarProblems.InvalidCalendarInputException("advance", "clock-one-of");
    }
    Instant now = clock.instant();
    Instant target = move.advance() != null ? now.plus(advance(move.advance())) : to(move.to());
    if (!target.isAfter(now)) {
      throw new CalendarProblems.InvalidCalendarInputException(
          move.advance() != null ? "advance" : "to", "clock-forward-only");
    }
    ClockUtil.offset(target.toEpochMilli() - System.currentTimeMillis());
    JobExecutor jobs =
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobs != null && jobs.isActive()) {
      jobs.jobWasAdded();
    }
    return view();
  }

  private ClockView view() {
    Instant now = clock.instant();
    return new ClockView(
        now,
        now.atZone(clock.getZone()).toOffsetDateTime(),
        Duration.ofMillis(now.toEpochMilli() - System.currentTimeMillis()).withNanos(0));
  }

  private static Duration advance(String text) {
    String iso = text.strip().toUpperCase();
    try {
      if (iso.contains("T")) {
        return Duration.parse(iso);
      }
      Period period = Period.parse(iso);
      if (period.getYears() != 0 || period.getMonths() != 0) {
        throw new CalendarProblems.InvalidCalendarInputException("advance", "clock-duration");
      }
      return Duration.ofDays(period.getDays());
    } catch (DateTimeParseException e) {
      throw new CalendarProblems.InvalidCalendarInputException("advance", "clock-duration");
    }
  }

  private Instant to(String text) {
    try {
      return OffsetDateTime.parse(text.strip()).toInstant();
    } catch (DateTimeParseException notOffset) {
      try {
        return LocalDateTime.parse(text.strip()).atZone(clock.getZone()).toInstant();
      } catch (DateTimeParseException e) {
        throw new CalendarProblems.InvalidCalendarInputException("to", "not-a-date-time");
      }
    }
  }
}
