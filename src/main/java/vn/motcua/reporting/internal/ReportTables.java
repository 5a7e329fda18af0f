package vn.motcua.reporting.internal;

import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/** The reports as tables for export, with headers in the user's language (Vietnamese default). */
@Component
class ReportTables {

  private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final MessageSource messages;
  private final Clock clock;

  ReportTables(MessageSource messages, Clock clock) {
    this.messages = messages;
    this.clock = clock;
  }

  String totalLabel() {
    return text("report.total");
  }

  Table statistics(Period period, List<StatisticsRow> rows, StatisticsRow total) {
    List<String> headers =
        headers(
            "agency",
            "procedure",
            "received",
            "carried-over",
            "received-online",
            "received-direct",
            "resolved",
            "early",
            "on-time",
            "late",
            "withdrawn",
            "closed",
            "in-progress",
            "in-progress-on-time",
            "in-progress-overdue",
            "pending-acceptance",
            "refused",
            "apologised");
    List<List<Object>> lines = new ArrayList<>();
    for (StatisticsRow row : rows) {
      lines.add(line(row.agencyName(), row.procedureName(), row));
    }
    lines.add(line(total.agencyName(), "", total));
    return new Table(text("report.statistics.title"), headers, lines);
  }

  private static List<Object> line(String agency, String procedure, StatisticsRow row) {
    return List.of(
        agency,
        procedure,
        row.received(),
        row.carriedOver(),
        row.receivedOnline(),
        row.receivedDirect(),
        row.resolved(),
        row.resolvedEarly(),
        row.resolvedOnTime(),
        row.resolvedLate(),
        row.withdrawn(),
        row.closedNoSupplement(),
        row.inProgress(),
        row.inProgressOnTime(),
        row.inProgressOverdue(),
        row.pendingAcceptance(),
        row.refused(),
        row.apologised());
  }

  Table overdue(List<OverviewQuery.Overdue> overdue) {
    List<String> headers =
        headers("code", "procedure", "applicant", "due", "late-hours", "step", "unit", "holder");
    List<List<Object>> lines = new ArrayList<>();
    for (OverviewQuery.Overdue o : overdue) {
      lines.add(
          java.util.Arrays.asList(
              o.code(),
              o.procedureName(),
              o.applicant(),
              DAY_TIME.format(o.dueAt().atZone(clock.getZone())),
              Math.round(o.lateMinutes() / 6.0) / 10.0,
              o.step(),
              o.unitName(),
              o.holderName()));
    }
    return new Table(text("report.overdue.title"), headers, lines);
  }

  Table delays(List<Delay> delays) {
    List<String> headers =
        headers(
            "procedure",
            "step-name",
            "unit",
            "official",
            "agency",
            "count",
            "worked-hours",
            "budget-hours",
            "median-hours",
            "p90-hours",
            "over-budget-share",
            "overrun-hours");
    List<List<Object>> lines = new ArrayList<>();
    for (Delay d : delays) {
      lines.add(
          java.util.Arrays.asList(
              d.procedureName(),
              d.stepName(),
              d.unitName(),
              d.officialName(),
              d.agencyName(),
              d.count(),
              hours(d.totalMinutes()),
              d.budgetMinutes() == null ? null : hours(d.budgetMinutes()),
              hours(d.medianMinutes()),
              hours(d.p90Minutes()),
              d.overBudgetShare(),
              hours(d.totalOverrunMinutes())));
    }
    return new Table(text("report.delays.title"), headers, lines);
  }

  private static double hours(double minutes) {
    return Math.round(minutes / 6.0) / 10.0;
  }

  /**
   * Each agency's indicators (the administrative-reform index's apart, named by its group), then
   * its Decision 766 total over the measured indicators.
   */
  Table serviceIndex(List<ReportsController.AgencyIndex> agencies) {
    List<String> headers =
        headers(
            "agency",
            "group",
            "indicator",
            "formula",
            "numerator",
            "denominator",
            "ratio",
            "target",
            "max-points",
            "points",
            "unmeasured");
    List<List<Object>> lines = new ArrayList<>();
    for (var agency : agencies) {
      for (var i : agency.indicators()) {
        lines.add(
            java.util.Arrays.asList(
                agency.agencyName(),
                text("report.index.group." + i.group()),
                i.name(),
                i.formula(),
                i.numerator(),
                i.denominator(),
                i.ratio(),
                i.target(),
                i.maxPoints(),
                i.points(),
                i.unmeasured()));
      }
      lines.add(
          java.util.Arrays.asList(
              agency.agencyName(),
              "",
              text("report.index.766.total"),
              text("report.index.766.total.formula"),
              null,
              null,
              null,
              null,
              agency.measuredMaxPoints(),
              agency.points(),
              null));
    }
    return new Table(text("report.index.title"), headers, lines);
  }

  private List<String> headers(String... keys) {
    List<String> headers = new ArrayList<>();
    for (String key : keys) {
      headers.add(text("report.col." + key));
    }
    return headers;
  }

  private String text(String key) {
    return messages.getMessage(key, null, key, LocaleContextHolder.getLocale());
  }
}
