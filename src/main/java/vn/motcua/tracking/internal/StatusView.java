package vn.motcua.tracking.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The public status of a dossier, as {@code POST /api/public/status} answers it and the status page
 * shows it: nothing about the applicant but masked initials, no data, no documents, no official.
 *
 * @param currentStep the open steps' names, or the status in words when none is open
 * @param appointment the appointment now (the new one after an apology), null once finished
 * @param legalDueAt the legal due date (moved by stops of the clock and announcements)
 * @param segments the legal clock's story: received, stopped, resumed, restarted, transferred,
 *     legal time variant, recalculated, extended, finished
 * @param days the calendar days from reception to the appointment, in runs of alike days
 */
record StatusView(
    String code,
    String procedure,
    String procedureCode,
    String legalTime,
    String legalBasis,
    String status,
    String statusText,
    String currentStep,
    String applicantInitials,
    String receivingAgency,
    String resolvingAgency,
    Instant receivedAt,
    String receivedAtText,
    Instant clockStartedAt,
    Instant appointment,
    String appointmentText,
    boolean extended,
    boolean paused,
    Instant legalDueAt,
    String legalDueAtText,
    Instant finishedAt,
    String finishedAtText,
    long countedWorkingMinutes,
    String countedText,
    List<Segment> segments,
    List<DayRun> days) {

  /** One event of the legal clock; {@code until} for a stretch (a stop from … to …). */
  record Segment(
      String kind,
      Instant at,
      Instant until,
      String when,
      String title,
      String detail,
      String legalBasis) {}

  /** Consecutive alike days: the label ("Thứ Bảy 12/12 – Chủ Nhật 13/12") and why. */
  record DayRun(
      LocalDate from,
      LocalDate to,
      String kind,
      boolean counted,
      int days,
      long countedWorkingMinutes,
      String label,
      String text,
      String legalBasis) {}
}
