package vn.motcua.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ModelProblem;

/**
 * Timers written as calendar durations ({@code timer-calendar}). The engine counts a literal {@code
 * timeDuration}, {@code timeCycle} or {@code timeDate} period ({@code P2D}) on the calendar
 * (nights, weekends, holidays); working time goes through {@code
 * <timeDate>${deadlines.after(execution, 'P2D')}</timeDate>}, which counts on the agency's working
 * calendar. Decided so:
 *
 * <ul>
 *   <li><b>error</b>: a literal period written in the working-time notation of the step budgets
 *       ({@code P2D}, {@code PT4H}, {@code P1W}): it reads as working time but runs on the
 *       calendar;
 *   <li><b>error</b>: {@code deadlines.after(execution, 'X')} where X is no working duration (the
 *       timer would fail when it is reached);
 *   <li><b>warning</b>: any other literal period ({@code P0M15D}, {@code P1M}): calendar time
 *       written on purpose (a month part), as sector law sometimes counts days (the land-use
 *       certificate's 15-day public posting); the warning only reminds it runs on the calendar.
 * </ul>
 */
final class TimerRules {

  private static final Pattern AFTER =
      Pattern.compile("deadlines\\.after\\(\\s*execution\\s*,\\s*'([^']*)'\\s*\\)");

  private TimerRules() {}

  static List<ModelProblem> check(
      Process process, OfficeHours hours, BiFunction<String, Object[], String> text) {
    List<ModelProblem> problems = new ArrayList<>();
    for (TimerEventDefinition timer :
        process.getModelInstance().getModelElementsByType(TimerEventDefinition.class)) {
      if (!ModelChecks.within(timer, process)) {
        continue;
      }
      String element = ((org.camunda.bpm.model.bpmn.instance.BaseElement) owner(timer)).getId();
      for (var expression :
          new org.camunda.bpm.model.bpmn.instance.Expression[] {
            timer.getTimeDuration(), timer.getTimeCycle(), timer.getTimeDate()
          }) {
        String value = expression == null ? null : expression.getTextContent();
        if (value == null || value.isBlank()) {
          continue;
        }
        value = value.strip();
        Matcher after = AFTER.matcher(value);
        while (after.find()) {
          if (WorkingDuration.minutes(after.group(1), hours).isEmpty()) {
            problems.add(
                ModelProblem.error(
                    element,
                    "timer-calendar",
                    text.apply("timer-after", new Object[] {after.group(1)})));
          }
        }
        if (value.contains("${") || value.contains("#{")) {
          continue;
        }
        String period = value.startsWith("R") ? value.substring(value.lastIndexOf('/') + 1) : value;
        if (!period.startsWith("P")) {
          continue; // a fixed date-time: no duration to count
        }
        if (WorkingDuration.minutes(period, hours).isPresent()) {
          problems.add(
              ModelProblem.error(
                  element, "timer-calendar", text.apply("timer-working", new Object[] {period})));
        } else {
          problems.add(
              ModelProblem.warning(
                  element, "timer-calendar", text.apply("timer-calendar", new Object[] {period})));
        }
      }
    }
    return problems;
  }

  /** The event the timer definition belongs to. */
  private static ModelElementInstance owner(TimerEventDefinition timer) {
    return timer.getParentElement();
  }
}
