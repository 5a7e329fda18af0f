package vn.motcua.dossier.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.catalogue.Procedure;
import vn.motcua.dossier.PausedTime;

/**
 * Sums the working time a dossier's clock stood still, by reason: a closed stop counts the working
 * minutes its due dates moved by; an open one the working minutes from its start to {@code now} on
 * the resolving agency's calendar.
 */
final class PausedTimes {

  private PausedTimes() {}

  /** An open stop counts at most its reason's maximum, as on resume. */
  static long minutes(ClockPause p, WorkingCalendar calendar, Instant now, Integer maxDays) {
    if (!p.isOpen()) {
      return p.shiftWorkingMinutes() == null ? 0 : p.shiftWorkingMinutes();
    }
    long minutes =
        now.isAfter(p.pausedAt()) ? calendar.workingMinutesBetween(p.pausedAt(), now) : 0;
    return maxDays == null
        ? minutes
        : Math.min(minutes, maxDays * calendar.officeHours().minutesPerDay());
  }

  /** The breakdown by reason, in the order the reasons first stopped the clock. */
  static List<PausedTime> byReason(
      List<ClockPause> pauses, Procedure procedure, WorkingCalendar calendar, Instant now) {
    return byReason(pauses, procedure::pauseReason, calendar, now);
  }

  /** The same with the reasons looked up by {@code reasons} (empty when none is known). */
  static List<PausedTime> byReason(
      List<ClockPause> pauses,
      Function<String, Optional<PauseReason>> reasons,
      WorkingCalendar calendar,
      Instant now) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (ClockPause p : pauses) {
      String code = p.reasonCode() == null ? PausedTime.UNDECLARED : p.reasonCode();
      long[] sum = sums.computeIfAbsent(code, c -> new long[2]);
      Integer max = reasons.apply(code).map(PauseReason::maxWorkingDays).orElse(null);
      sum[0] += minutes(p, calendar, now, max);
      sum[1]++;
    }
    List<PausedTime> result = new ArrayList<>();
    sums.forEach(
        (code, sum) ->
            result.add(
                new PausedTime(
                    code,
                    reasons.apply(code).map(PauseReason::label).orElse(code),
                    sum[0],
                    (int) sum[1])));
    return result;
  }

  static long total(List<PausedTime> byReason) {
    return byReason.stream().mapToLong(PausedTime::workingMinutes).sum();
  }
}
