package vn.motcua.worklist.internal;

import java.time.Instant;

/**
 * An official's absence from {@code startsAt} to {@code endsAt} in one agency; with a {@code
 * deputy}, a delegation (ủy quyền) of the official's role groups there. {@code state}: SCHEDULED,
 * ACTIVE, ENDED or CANCELLED.
 */
record Absence(
    long id,
    String official,
    String agencyCode,
    String deputy,
    Instant startsAt,
    Instant endsAt,
    String reason,
    String state,
    String createdBy,
    Instant createdAt) {

  static final String SCHEDULED = "SCHEDULED";
  static final String ACTIVE = "ACTIVE";
  static final String ENDED = "ENDED";
  static final String CANCELLED = "CANCELLED";

  boolean covers(Instant at) {
    return !at.isBefore(startsAt) && at.isBefore(endsAt);
  }
}
