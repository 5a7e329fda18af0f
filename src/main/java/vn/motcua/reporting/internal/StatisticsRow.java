package vn.motcua.reporting.internal;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One line of the statistics table (báo cáo tình hình, kết quả giải quyết thủ tục hành chính) for
 * an agency and a procedure over a period. Received = carried over from before the period +
 * received in it online + at the desk or by post; each of those ends the period resolved (early, on
 * time, late), withdrawn, closed without supplement, or still in progress (on time or overdue at
 * the period's end), or still awaiting acceptance ({@code pendingAcceptance}: submitted online,
 * counted from the instant of submission, the legal clock not yet started, so never overdue).
 * Refused dossiers are counted apart: they were never taken up. {@code apologised}: the late ones
 * (resolved late or overdue at the end) with an apology letter (form 04).
 */
record StatisticsRow(
    String agency,
    String agencyName,
    String procedure,
    String procedureName,
    long carriedOver,
    long receivedOnline,
    long receivedDirect,
    long resolvedEarly,
    long resolvedOnTime,
    long resolvedLate,
    long withdrawn,
    long closedNoSupplement,
    long inProgressOnTime,
    long inProgressOverdue,
    long pendingAcceptance,
    long refused,
    long apologised) {

  @JsonProperty
  public long received() {
    return carriedOver + receivedOnline + receivedDirect;
  }

  @JsonProperty
  public long resolved() {
    return resolvedEarly + resolvedOnTime + resolvedLate;
  }

  @JsonProperty
  public long lateOnes() {
    return resolvedLate + inProgressOverdue;
  }

  @JsonProperty
  public long inProgress() {
    return inProgressOnTime + inProgressOverdue;
  }

  /** Whether every figure is zero: a group whose dossiers all ended before the period. */
  boolean isEmpty() {
    return received() == 0 && refused == 0;
  }

  StatisticsRow plus(StatisticsRow other) {
    return new StatisticsRow(
        agency,
        agencyName,
        procedure,
        procedureName,
        carriedOver + other.carriedOver,
        receivedOnline + other.receivedOnline,
        receivedDirect + other.receivedDirect,
        resolvedEarly + other.resolvedEarly,
        resolvedOnTime + other.resolvedOnTime,
        resolvedLate + other.resolvedLate,
        withdrawn + other.withdrawn,
        closedNoSupplement + other.closedNoSupplement,
        inProgressOnTime + other.inProgressOnTime,
        inProgressOverdue + other.inProgressOverdue,
        pendingAcceptance + other.pendingAcceptance,
        refused + other.refused,
        apologised + other.apologised);
  }
}
