package vn.motcua.reporting.internal;

import java.text.NumberFormat;
import java.util.Locale;

/**
 * One step of a procedure diagram with the working time it took in the period against its budget:
 * how many were completed, the median, budget and 90th percentile in working hours (formatted for
 * the reader's language) and the colour of the median against the budget.
 */
record StepTime(
    String activityId,
    String name,
    Colour colour,
    long count,
    String medianHours,
    String budgetHours,
    String p90Hours,
    Long percentOfBudget) {

  /** How the median compares with the budget. */
  enum Colour {
    /** At most three quarters of the budget. */
    GREEN,
    /** More than three quarters, at most the whole budget. */
    AMBER,
    /** Over the budget. */
    RED,
    /** No step completed in the period, or no budget to compare with. */
    GREY;

    static Colour of(double medianMinutes, Long budgetMinutes) {
      if (budgetMinutes == null || budgetMinutes <= 0) {
        return GREY;
      }
      double share = medianMinutes / budgetMinutes;
      return share <= 0.75 ? GREEN : share <= 1 ? AMBER : RED;
    }

    /** The CSS class of the diagram marker and the table row, e.g. {@code delay-red}. */
    public String css() {
      return "delay-" + name().toLowerCase(Locale.ROOT);
    }
  }

  /** A step with completed work in the period. */
  static StepTime of(Delay delay, Locale locale) {
    Long budget = delay.budgetMinutes();
    return new StepTime(
        delay.activityId(),
        delay.stepName(),
        Colour.of(delay.medianMinutes(), budget),
        delay.count(),
        hours(delay.medianMinutes(), locale),
        budget == null ? null : hours(budget, locale),
        hours(delay.p90Minutes(), locale),
        budget == null || budget == 0 ? null : Math.round(100 * delay.medianMinutes() / budget));
  }

  /** A step no one completed in the period; its budget as the diagram states it, if any. */
  static StepTime idle(String activityId, String name, Long budgetMinutes, Locale locale) {
    return new StepTime(
        activityId,
        name,
        Colour.GREY,
        0,
        null,
        budgetMinutes == null ? null : hours(budgetMinutes, locale),
        null,
        null);
  }

  /** Working minutes as hours with at most one decimal, in the reader's notation (7,5 or 7.5). */
  static String hours(double minutes, Locale locale) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(1);
    return format.format(minutes / 60);
  }
}
