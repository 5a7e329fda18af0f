package vn.motcua.reporting.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Working time spent on completed steps of one group (a step of a procedure, a unit, an official or
 * an agency) against the step budget: how many, the working minutes they held the dossiers in all
 * ({@code totalMinutes}), median and 90th percentile of the working minutes each took (paused time
 * excluded), the budget, how many ran over it and by how much in all. The unit (a candidate group),
 * the official and the agency come as codes and as people read them ({@code unitName}, {@code
 * officialName}, {@code agencyName}). Beyond the exact-percentile threshold the total is read from
 * the histograms too (each step as its bucket's middle, within 3.2%).
 */
public record Delay(
    String procedure,
    String procedureName,
    String activityId,
    String stepName,
    String unit,
    String unitName,
    String official,
    String officialName,
    String agency,
    String agencyName,
    long count,
    long totalMinutes,
    Long budgetMinutes,
    double medianMinutes,
    double p90Minutes,
    long overBudget,
    long totalOverrunMinutes) {

  /** The share of the steps that ran over their budget, 0 to 1. */
  @JsonProperty
  public double overBudgetShare() {
    return count == 0 ? 0 : Math.round(10000.0 * overBudget / count) / 10000.0;
  }

  /** The median against the budget (1 = the whole budget), or null without a budget. */
  @JsonProperty
  public Double medianToBudget() {
    return budgetMinutes == null || budgetMinutes == 0
        ? null
        : Math.round(100.0 * medianMinutes / budgetMinutes) / 100.0;
  }
}
