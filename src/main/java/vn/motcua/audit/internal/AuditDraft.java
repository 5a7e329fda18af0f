package vn.motcua.audit.internal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * An entry a listener wants appended; the appender writes it just before the transaction commits,
 * and the sequencer later numbers, links and seals it. Events that only tell the new state take the
 * state before from the trail (the state after of the subject's latest entry); events that change
 * no state carry it over unchanged, so that the latest entry of a subject always tells its current
 * state (the dossier's status, the step's holder).
 */
record AuditDraft(
    Instant at,
    String actor,
    String onBehalfOf,
    String action,
    String subjectType,
    String subjectId,
    String dossierCode,
    String beforeState,
    String afterState,
    String reason,
    String detail,
    States states) {

  /** Where the states before and after come from. */
  enum States {
    /** Both as given. */
    GIVEN,
    /** After as given, before from the trail. */
    AFTER_ONLY,
    /** Both the subject's current state, from the trail. */
    CARRIED
  }

  /** A draft that carries the subject's state over; at is kept to the millisecond. */
  static AuditDraft of(
      Instant at, String actor, String action, String subjectType, String subjectId) {
    return new AuditDraft(
        at.truncatedTo(ChronoUnit.MILLIS),
        actor == null ? "system" : actor,
        null,
        action,
        subjectType,
        subjectId,
        null,
        null,
        null,
        null,
        null,
        States.CARRIED);
  }

  AuditDraft dossier(String code) {
    return new AuditDraft(
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        code,
        beforeState,
        afterState,
        reason,
        detail,
        states);
  }

  AuditDraft onBehalfOf(String official) {
    return new AuditDraft(
        at,
        actor,
        official,
        action,
        subjectType,
        subjectId,
        dossierCode,
        beforeState,
        afterState,
        reason,
        detail,
        states);
  }

  AuditDraft states(String before, String after) {
    return new AuditDraft(
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        dossierCode,
        before,
        after,
        reason,
        detail,
        States.GIVEN);
  }

  /** The state after; the state before is taken from the trail. */
  AuditDraft after(String after) {
    return new AuditDraft(
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        dossierCode,
        null,
        after,
        reason,
        detail,
        States.AFTER_ONLY);
  }

  AuditDraft reason(String why) {
    return new AuditDraft(
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        dossierCode,
        beforeState,
        afterState,
        why,
        detail,
        states);
  }

  AuditDraft detail(String json) {
    return new AuditDraft(
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        dossierCode,
        beforeState,
        afterState,
        reason,
        json,
        states);
  }

  /**
   * The entry as the action writes it, given the subject's current state in the trail: no place in
   * the log, link or seal yet.
   */
  AuditEntry toEntry(String current) {
    String before = states == States.GIVEN ? beforeState : current;
    String after = states == States.CARRIED ? current : afterState;
    return new AuditEntry(
        0,
        null,
        at,
        actor,
        onBehalfOf,
        action,
        subjectType,
        subjectId,
        dossierCode,
        before,
        after,
        reason,
        detail,
        null,
        null,
        null);
  }
}
