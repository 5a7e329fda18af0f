package vn.motcua.feedback.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.feedback.internal.FeedbackProblems.FeedbackException;
import vn.motcua.organization.Agencies;

/**
 * The staff list of feedback, scoped like the reports ({@link FeedbackAccess}): {@code agency}
 * narrows it to that agency's subtree within what the caller may read (403 outside it), {@code
 * status}, {@code overdue} and the period of receipt ({@code from}, {@code to}: dates, inclusive,
 * in the province's time zone) filter it; newest first, at most {@value #LIMIT}.
 */
@Component
class FeedbackQuery {

  static final int LIMIT = 500;

  private final FeedbackStore store;
  private final FeedbackAccess access;
  private final FeedbackViews views;
  private final Agencies agencies;
  private final Clock clock;

  FeedbackQuery(
      FeedbackStore store,
      FeedbackAccess access,
      FeedbackViews views,
      Agencies agencies,
      Clock clock) {
    this.store = store;
    this.access = access;
    this.views = views;
    this.agencies = agencies;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  List<FeedbackViews.StaffView> list(
      String agency, String status, String overdue, String from, String to) {
    Set<String> readable = access.readable();
    List<String> scope = new ArrayList<>(readable);
    if (agency != null && !agency.isBlank()) {
      String code = agency.strip();
      if (code.length() > 64 || agencies.find(code).isEmpty()) {
        throw FeedbackProblems.invalid("agency", "unknown-agency-filter", code);
      }
      scope = agencies.subtree(code).stream().filter(readable::contains).toList();
      if (scope.isEmpty()) {
        throw new FeedbackException(HttpStatus.FORBIDDEN, "agency-forbidden", "agency", code);
      }
    }
    FeedbackStatus wanted = null;
    if (status != null && !status.isBlank()) {
      try {
        wanted = FeedbackStatus.valueOf(status.strip().toUpperCase());
      } catch (IllegalArgumentException e) {
        throw FeedbackProblems.invalid("status", "status-filter", status);
      }
    }
    Boolean late = null;
    if (overdue != null && !overdue.isBlank()) {
      if (!overdue.equals("true") && !overdue.equals("false")) {
        throw FeedbackProblems.invalid("overdue", "overdue-filter", overdue);
      }
      late = Boolean.valueOf(overdue);
    }
    LocalDate first = date("from", from);
    LocalDate last = date("to", to);
    if (first != null && last != null && last.isBefore(first)) {
      throw FeedbackProblems.invalid("to", "period", from, to);
    }
    var filter =
        new FeedbackStore.Filter(
            scope,
            wanted,
            late,
            first == null ? null : first.atStartOfDay(clock.getZone()).toInstant(),
            last == null ? null : last.plusDays(1).atStartOfDay(clock.getZone()).toInstant());
    return store.list(filter, LIMIT).stream()
        .map(f -> views.staff(f, access.mayAct(f.agency())))
        .toList();
  }

  @Transactional(readOnly = true)
  FeedbackViews.StaffView one(String code) {
    Feedback f =
        store.find(code).filter(access::mayRead).orElseThrow(() -> FeedbackProblems.notFound(code));
    return views.staff(f, access.mayAct(f.agency()));
  }

  private static LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw FeedbackProblems.invalid(field, "date", text);
    }
  }
}
