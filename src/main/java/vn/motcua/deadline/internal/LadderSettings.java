package vn.motcua.deadline.internal;

import java.util.Map;
import java.util.OptionalLong;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * The shape of the escalation ladder: the share of a budget after which a step is soon due, and the
 * working time after the due date at which the unit head, then the supervisor, are brought in. The
 * application sets the defaults ({@code motcua.deadline.*}); a procedure overrides them with
 * extension properties on the process, a step with the same properties on its user task: {@code
 * ladderSoonDueShare} (e.g. {@code 0.5}), {@code ladderUnitHeadAfter} and {@code
 * ladderSupervisorAfter} (working durations such as {@code PT4H} or {@code P2D}).
 */
@Component
public class LadderSettings {

  static final String SOON_DUE_SHARE = "ladderSoonDueShare";
  static final String UNIT_HEAD_AFTER = "ladderUnitHeadAfter";
  static final String SUPERVISOR_AFTER = "ladderSupervisorAfter";

  /** The ladder of one step, in working minutes of its agency's calendar. */
  public record Ladder(
      double soonDueShare, long unitHeadAfterMinutes, long supervisorAfterMinutes) {}

  private final ProcedureCatalogue catalogue;
  private final double soonDueShare;
  private final String unitHeadAfter;
  private final String supervisorAfter;

  LadderSettings(
      ProcedureCatalogue catalogue,
      @Value("${motcua.deadline.soon-due-share:0.75}") double soonDueShare,
      @Value("${motcua.deadline.unit-head-after:P1D}") String unitHeadAfter,
      @Value("${motcua.deadline.supervisor-after:P1D}") String supervisorAfter) {
    this.catalogue = catalogue;
    this.soonDueShare = soonDueShare;
    this.unitHeadAfter = unitHeadAfter;
    this.supervisorAfter = supervisorAfter;
  }

  /** The ladder of the element {@code elementId} (a user task, or the process itself). */
  Ladder of(String definitionId, String processKey, String elementId, OfficeHours hours) {
    return of(
        catalogue.elementProperties(definitionId, processKey),
        elementId == null ? Map.of() : catalogue.elementProperties(definitionId, elementId),
        hours);
  }

  /**
   * The ladder of an element with extension properties {@code element} (empty for the process
   * itself) in a process with {@code process}: of a deployed version above, or of a model not yet
   * deployed (the studio's deadline preview).
   *
   * @throws IllegalArgumentException when an override is malformed
   */
  public Ladder of(Map<String, String> process, Map<String, String> element, OfficeHours hours) {
    return new Ladder(
        share(pick(element, process, SOON_DUE_SHARE, null)),
        minutes(pick(element, process, UNIT_HEAD_AFTER, unitHeadAfter), hours),
        minutes(pick(element, process, SUPERVISOR_AFTER, supervisorAfter), hours));
  }

  private static String pick(
      Map<String, String> element, Map<String, String> process, String name, String fallback) {
    String value = element.get(name);
    if (value == null || value.isBlank()) {
      value = process.get(name);
    }
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private double share(String text) {
    if (text == null) {
      return soonDueShare;
    }
    double share = Double.parseDouble(text);
    if (!(share > 0 && share < 1)) {
      throw new IllegalArgumentException(SOON_DUE_SHARE + " must lie between 0 and 1: " + text);
    }
    return share;
  }

  private static long minutes(String text, OfficeHours hours) {
    OptionalLong minutes = WorkingDuration.minutes(text, hours);
    return minutes.orElseThrow(
        () -> new IllegalArgumentException("not a working-time duration: " + text));
  }
}
