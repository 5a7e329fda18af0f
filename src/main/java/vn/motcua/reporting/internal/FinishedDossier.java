package vn.motcua.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;

/**
 * A dossier whose processing ended, as the day totals see it, and what it adds to them: counters on
 * the local day it was received, the day it finished and the day it was due ({@link DayColumn}).
 * The one place that decides which counters a dossier moves, for the live path ({@link
 * DayTotals#add}) and the rebuild alike.
 */
record FinishedDossier(
    String agency,
    String procedure,
    String channel,
    String status,
    String timeliness,
    Instant received,
    Instant due,
    Instant finished,
    Instant extended,
    boolean receivedDigitised,
    boolean resultDigitised) {

  /** The same dossier, its result digitised on return (known in the finishing command only). */
  FinishedDossier withResultDigitised() {
    return new FinishedDossier(
        agency,
        procedure,
        channel,
        status,
        timeliness,
        received,
        due,
        finished,
        extended,
        receivedDigitised,
        true);
  }

  /** The counters to add, by local epoch day. */
  Map<Long, long[]> counters(ZoneId zone) {
    Map<Long, long[]> days = new TreeMap<>();
    long finishedDay = day(finished, zone);
    if ("REFUSED".equals(status)) {
      add(days, finishedDay, DayColumn.REFUSED);
      return days;
    }
    boolean online = "ONLINE".equals(channel);
    add(days, day(received, zone), online ? DayColumn.RECEIVED_ONLINE : DayColumn.RECEIVED_DIRECT);
    if (!online && receivedDigitised) {
      add(days, day(received, zone), DayColumn.RECEIVED_DIGITISED);
    }
    add(days, finishedDay, DayColumn.FINISHED);
    if (timeliness != null) {
      add(days, finishedDay, DayColumn.valueOf(timeliness));
      if (resultDigitised) {
        add(days, finishedDay, DayColumn.RESULT_DIGITISED);
      }
    }
    if ("WITHDRAWN".equals(status)) {
      add(days, finishedDay, DayColumn.WITHDRAWN);
    } else if ("CLOSED_NO_SUPPLEMENT".equals(status)) {
      add(days, finishedDay, DayColumn.CLOSED);
    }
    boolean apology = extended != null;
    if (apology && "LATE".equals(timeliness)) {
      add(days, finishedDay, DayColumn.APOLOGISED_LATE);
    }
    long dueDay = day(due, zone);
    add(days, dueDay, DayColumn.DUE);
    if (apology) {
      add(days, dueDay, DayColumn.DUE_EXTENDED);
    }
    if (due.isBefore(finished)) {
      add(days, finishedDay, DayColumn.PASSED_DUE);
      if (apology) {
        add(days, finishedDay, DayColumn.PASSED_EXTENDED);
      }
    } else {
      add(days, dueDay, DayColumn.UNPASSED_DUE);
      if (apology) {
        add(days, dueDay, DayColumn.UNPASSED_EXTENDED);
      }
    }
    return days;
  }

  static long day(Instant instant, ZoneId zone) {
    return LocalDate.ofInstant(instant, zone).toEpochDay();
  }

  private static void add(Map<Long, long[]> days, long day, DayColumn column) {
    days.computeIfAbsent(day, d -> new long[DayColumn.COUNT])[column.ordinal()]++;
  }
}
