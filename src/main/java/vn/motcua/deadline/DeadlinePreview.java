package vn.motcua.deadline;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.internal.EscalationLadder;
import vn.motcua.deadline.internal.LadderSettings;

/**
 * The deadlines a dossier would get, computed before it exists: for the studio's deadline preview
 * of a model that may not be deployed yet. Every instant comes from the code the engine runs for
 * real dossiers ({@link LegalClock#dueAt}, {@link Deadlines#stepDue(String, Instant, Optional,
 * Instant)}, {@link EscalationLadder#stepRungAt(Rung, WorkingCalendar, Instant, Instant,
 * LadderSettings.Ladder)} and {@code dossierRungAt}, {@link LadderSettings}), on the working
 * calendar of the resolving agency, with the ladder overrides read from the model's own extension
 * properties instead of the catalogue's.
 */
@Component
public class DeadlinePreview {

  /** The rungs a step climbs, in order. */
  public static final List<Rung> STEP_RUNGS =
      List.of(Rung.SOON_DUE, Rung.OVERDUE, Rung.UNIT_HEAD, Rung.SUPERVISOR);

  /** The rungs a dossier climbs against its legal due date, in order. */
  public static final List<Rung> DOSSIER_RUNGS =
      List.of(Rung.SOON_DUE, Rung.APOLOGY_DUE, Rung.OVERDUE);

  /**
   * One step's times: due when its budget is spent (never after the legal due date), and its
   * ladder's rungs (none for a step without a budget: the engine puts no ladder on it).
   */
  public record StepTimes(Instant start, Instant due, Map<Rung, Instant> rungs) {}

  private final AgencyCalendars calendars;
  private final Deadlines deadlines;
  private final LadderSettings ladders;

  DeadlinePreview(AgencyCalendars calendars, Deadlines deadlines, LadderSettings ladders) {
    this.calendars = calendars;
    this.deadlines = deadlines;
    this.ladders = ladders;
  }

  /** The calendar that counts for dossiers resolved by {@code agency}. */
  public WorkingCalendar calendarOf(String agency) {
    return calendars.of(agency);
  }

  /** The legal due date of a dossier of {@code procedure} received at {@code receivedAt}. */
  public Instant legalDue(String agency, Procedure procedure, Instant receivedAt) {
    return calendars.legalClockOf(agency).dueAt(procedure, receivedAt);
  }

  /** A step's budget in working minutes of the agency's calendar; 0 without a budget. */
  public long budgetMinutes(String agency, Map<String, String> stepProperties) {
    return ProcedureCatalogue.budget(stepProperties)
        .map(calendars.legalClockOf(agency)::workingMinutes)
        .orElse(0L);
  }

  /**
   * The dossier's rungs (SOON_DUE, APOLOGY_DUE, OVERDUE) for a legal clock from {@code receivedAt}
   * to {@code legalDue}, with the soon-due share of the process's ladder.
   */
  public Map<Rung, Instant> dossierRungs(
      String agency, Map<String, String> processProperties, Instant receivedAt, Instant legalDue) {
    WorkingCalendar calendar = calendars.of(agency);
    double share = ladders.of(processProperties, Map.of(), calendar.officeHours()).soonDueShare();
    Map<Rung, Instant> rungs = new EnumMap<>(Rung.class);
    for (Rung rung : DOSSIER_RUNGS) {
      rungs.put(rung, EscalationLadder.dossierRungAt(rung, calendar, receivedAt, legalDue, share));
    }
    return rungs;
  }

  /**
   * The times of a step with {@code stepProperties} in a process with {@code processProperties}
   * that starts at {@code start}, for a dossier legally due at {@code legalDue}.
   *
   * @throws IllegalArgumentException when its budget or a ladder override is malformed
   */
  public StepTimes step(
      String agency,
      Map<String, String> processProperties,
      Map<String, String> stepProperties,
      Instant start,
      Instant legalDue) {
    Optional<Duration> budget;
    try {
      budget = ProcedureCatalogue.budget(stepProperties);
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("stepBudget: " + e.getParsedString(), e);
    }
    Instant due = deadlines.stepDue(agency, start, budget, legalDue);
    Map<Rung, Instant> rungs = new EnumMap<>(Rung.class);
    if (budget.isPresent()) {
      WorkingCalendar calendar = calendars.of(agency);
      LadderSettings.Ladder ladder =
          ladders.of(processProperties, stepProperties, calendar.officeHours());
      for (Rung rung : STEP_RUNGS) {
        rungs.put(rung, EscalationLadder.stepRungAt(rung, calendar, start, due, ladder));
      }
    }
    return new StepTimes(start, due, rungs);
  }
}
