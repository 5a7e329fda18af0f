package vn.motcua.tracking.internal;

import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.HolidaySource;

/**
 * Puts the day runs of {@link DayAccount} into words, each with its legal basis: weekends (Labour
 * Code 2019 Art. 111; Decision 188/1999/QĐ-TTg, the civil service's 40-hour week), holidays (Art.
 * 112), compensatory days (Art. 111(3)), announced swaps and make-up days (the year's
 * announcement), stops of the clock (their reason's basis), counted days (the procedure's basis).
 */
final class DayTexts {

  static final String WEEKEND_BASIS =
      "Bộ luật Lao động 2019, Điều 111; Quyết định 188/1999/QĐ-TTg (tuần làm việc 40 giờ)";
  static final String HOLIDAY_BASIS = "Bộ luật Lao động 2019, Điều 112";
  static final String COMPENSATORY_BASIS = "Bộ luật Lao động 2019, Điều 111 khoản 3, Điều 112";
  static final String RESTART_BASIS = "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5";
  static final String CALENDAR_BASIS = "Bộ luật Dân sự 2015, Điều 148";

  private final Texts texts;
  private final IntFunction<Optional<String>> announcement;
  private final String procedureBasis;
  private final List<DayAccount.Stop> stops;

  DayTexts(
      Texts texts,
      IntFunction<Optional<String>> announcement,
      String procedureBasis,
      List<DayAccount.Stop> stops) {
    this.texts = texts;
    this.announcement = announcement;
    this.procedureBasis = procedureBasis;
    this.stops = stops;
  }

  StatusView.DayRun of(DayAccount.Run run) {
    DayAccount.Day first = run.first();
    String label =
        run.days() == 1
            ? texts.day(run.from())
            : texts.day(run.from()) + " – " + texts.day(run.to());
    String name = first.name();
    String text;
    String basis;
    boolean counted = false;
    switch (run.kind()) {
      case COUNTED -> {
        counted = true;
        text = countedText(run, first);
        basis = procedureBasis;
      }
      case MAKE_UP_DAY -> {
        counted = true;
        text = texts.t("day.make-up", name, countedText(run, first));
        basis = announced(first.special());
      }
      case WEEKEND -> {
        text = texts.t("day.weekend");
        basis = WEEKEND_BASIS;
      }
      case HOLIDAY -> {
        text = texts.t("day.holiday", name);
        basis = join(HOLIDAY_BASIS, ruleOrAnnouncement(first.special()));
      }
      case COMPENSATORY -> {
        text = texts.t("day.compensatory", name);
        basis = join(COMPENSATORY_BASIS, ruleOrAnnouncement(first.special()));
      }
      case SWAP -> {
        text = texts.t("day.swap", name);
        basis = announced(first.special());
      }
      case PAUSED -> {
        text =
            first.countedMinutes() > 0
                ? texts.t(
                    "day.paused-partly",
                    name,
                    texts.duration(first.countedMinutes()),
                    texts.duration(first.pausedMinutes()))
                : texts.t("day.paused", name);
        basis = stopBasis(name);
      }
      case BEFORE_START -> {
        text = texts.t("day.before-start");
        basis = RESTART_BASIS;
      }
      case EXTENSION -> {
        text = texts.t("day.extension");
        basis = null;
      }
      default -> {
        counted = true;
        text =
            first.officeMinutes() == 0
                ? texts.t("day.calendar-off", name == null ? texts.t("day.weekend-word") : name)
                : texts.t("day.calendar");
        basis = join(procedureBasis, CALENDAR_BASIS);
      }
    }
    if (first.pausedMinutes() > 0 && run.kind() == DayAccount.Kind.COUNTED) {
      text = text + texts.t("day.and-paused", texts.duration(first.pausedMinutes()), stopName());
    }
    return new StatusView.DayRun(
        run.from(),
        run.to(),
        run.kind().name(),
        counted,
        run.days(),
        run.countedMinutes(),
        label,
        text,
        basis);
  }

  private String countedText(DayAccount.Run run, DayAccount.Day first) {
    boolean whole = first.countedMinutes() == first.officeMinutes() && first.pausedMinutes() == 0;
    return whole
        ? texts.t("day.counted-days", run.days(), texts.duration(first.officeMinutes()))
        : texts.t("day.counted-part", texts.duration(run.countedMinutes()));
  }

  private String stopName() {
    return stops.isEmpty() ? "" : stops.get(stops.size() - 1).label();
  }

  private String stopBasis(String label) {
    return stops.stream()
        .filter(s -> s.label().equals(label))
        .map(DayAccount.Stop::legalBasis)
        .filter(b -> b != null && !b.isBlank())
        .findFirst()
        .orElse(RESTART_BASIS);
  }

  private String ruleOrAnnouncement(CalendarDay day) {
    return day != null && day.source() == HolidaySource.ANNOUNCEMENT ? announced(day) : null;
  }

  private String announced(CalendarDay day) {
    return day == null
        ? null
        : announcement
            .apply(day.date().getYear())
            .orElse(texts.t("day.announcement", day.date().getYear()));
  }

  private static String join(String a, String b) {
    return b == null || b.isBlank() ? a : a + "; " + b;
  }
}
