package vn.motcua.tracking.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.AnnouncementReasons;
import vn.motcua.calendar.CalendarDay;
import vn.motcua.calendar.HolidayCalendar;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierTrack;
import vn.motcua.dossier.DossierTracks;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * Builds the public {@link StatusView} of a dossier whose secret was proven: the status, the open
 * steps by name (never who holds them), the appointment and the deadline explained, on the
 * resolving agency's calendar.
 */
@Component
class StatusExplainer {

  /** The apology task is the agency's own business, not a step of the procedure. */
  static final String APOLOGY_TASK = "Task_IssueApology";

  private final DossierTracks tracks;
  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final AgencyCalendars calendars;
  private final HolidayCalendar holidays;
  private final AnnouncementReasons announcements;
  private final TaskService tasks;
  private final HistoryService history;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final Clock clock;

  StatusExplainer(
      DossierTracks tracks,
      ProcedureCatalogue catalogue,
      Agencies agencies,
      AgencyCalendars calendars,
      HolidayCalendar holidays,
      AnnouncementReasons announcements,
      TaskService tasks,
      HistoryService history,
      MessageSource messages,
      ObjectMapper json,
      Clock clock) {
    this.tracks = tracks;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.calendars = calendars;
    this.holidays = holidays;
    this.announcements = announcements;
    this.tasks = tasks;
    this.history = history;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  StatusView explain(DossierTrack d, Locale locale) {
    WorkingCalendar calendar = calendars.of(d.resolvingAgency());
    Texts texts = new Texts(messages, locale, calendar.zone());
    Procedure procedure = catalogue.ofDefinition(d.procedureDefinitionId());
    List<DossierTrack.ClockStop> stops = tracks.stops(d.code());
    List<DossierHistoryEntry> events = tracks.history(d.code());
    ClockSegments segments =
        new ClockSegments(texts, json, procedure::pauseReason, code -> agencyName(code));
    Optional<LegalTimeVariant> variant = procedure.legalTimeVariant(variant(d, events));
    String legalTime = legalTime(procedure, variant, texts);
    String basis = procedure.properties().getOrDefault("legalBasis", "");
    Instant now = clock.instant();
    if (d.status() == DossierStatus.SUBMITTED) {
      return awaitingAcceptance(d, procedure, legalTime, basis, texts, calendar);
    }
    // an online submission's legal time counts from the desk's acceptance, not from submission
    Instant legalStart = accepted(events).orElse(d.receivedAt());
    Instant clockStart =
        segments.restarts(events).stream().reduce(legalStart, (a, b) -> b.isAfter(a) ? b : a);
    boolean open = stops.stream().anyMatch(s -> s.resumedAt() == null);
    Instant appointment = d.extendedDueAt() != null ? d.extendedDueAt() : d.dueAt();
    Instant end = appointment == null ? now : appointment;
    if (open && now.isAfter(end)) {
      end = now;
    }
    if (d.status().isFinal() && d.finishedAt() != null) {
      end = d.finishedAt();
    }
    List<DayAccount.Stop> stopList = stops.stream().map(segments::stop).toList();
    boolean calendarDays =
        variant
            .map(
                v ->
                    v.unit() == LegalTimeVariant.Unit.CALENDAR_DAYS
                        || v.unit() == LegalTimeVariant.Unit.CLOCK_HOURS)
            .orElse(procedure.legalCalendarDays().isPresent());
    List<DayAccount.Day> days =
        DayAccount.days(
            calendar,
            specialDays(d.receivedAt(), end, calendar),
            d.receivedAt(),
            calendar.nextOpening(clockStart),
            d.dueAt(),
            end,
            stopList,
            calendarDays);
    DayTexts dayTexts = new DayTexts(texts, announcements::of, basis, stopList);
    List<StatusView.DayRun> runs = DayAccount.runs(days).stream().map(dayTexts::of).toList();
    long counted = days.stream().mapToLong(DayAccount.Day::countedMinutes).sum();
    String statusText = texts.raw("status.public." + d.status().name());
    boolean finished = d.status().isFinal();
    return new StatusView(
        d.code(),
        procedure.name(),
        procedure.code(),
        legalTime,
        basis,
        d.status().name(),
        statusText,
        finished ? null : currentStep(d),
        initials(d.applicantName()),
        agencyName(d.receivingAgency()).orElse(d.receivingAgency()),
        agencyName(d.resolvingAgency()).orElse(d.resolvingAgency()),
        d.receivedAt(),
        texts.time(d.receivedAt()),
        calendar.nextOpening(clockStart),
        finished ? null : appointment,
        finished ? null : texts.time(appointment),
        d.extendedDueAt() != null,
        open,
        d.dueAt(),
        texts.time(d.dueAt()),
        finished ? d.finishedAt() : null,
        finished ? texts.time(d.finishedAt()) : null,
        counted,
        calendarDays ? null : texts.t("counted", texts.duration(counted)),
        segments.of(
            d, calendar.nextOpening(legalStart), legalTime, basis, stops, events, statusText),
        runs);
  }

  /**
   * When the desk accepted an online submission: the first move to IN_PROGRESS after the dossier
   * entered as SUBMITTED; empty for a dossier received at the desk.
   */
  private static Optional<Instant> accepted(List<DossierHistoryEntry> events) {
    if (events.isEmpty() || events.get(0).status() != DossierStatus.SUBMITTED) {
      return Optional.empty();
    }
    return events.stream()
        .filter(e -> e.status() == DossierStatus.IN_PROGRESS)
        .map(DossierHistoryEntry::at)
        .findFirst();
  }

  /**
   * An online submission the desk has not accepted yet: no appointment and no days counted, since
   * the legal time starts at acceptance; the desk has 8 working hours to accept or return it
   * (Decree 118/2025 Art. 17(2)(c)).
   */
  private StatusView awaitingAcceptance(
      DossierTrack d,
      Procedure procedure,
      String legalTime,
      String basis,
      Texts texts,
      WorkingCalendar calendar) {
    String statusText = texts.raw("status.public." + d.status().name());
    return new StatusView(
        d.code(),
        procedure.name(),
        procedure.code(),
        legalTime,
        basis,
        d.status().name(),
        statusText,
        currentStep(d),
        initials(d.applicantName()),
        agencyName(d.receivingAgency()).orElse(d.receivingAgency()),
        agencyName(d.resolvingAgency()).orElse(d.resolvingAgency()),
        d.receivedAt(),
        texts.time(d.receivedAt()),
        null,
        null,
        null,
        false,
        false,
        null,
        null,
        null,
        null,
        0,
        null,
        List.of(
            new StatusView.Segment(
                "SUBMITTED",
                d.receivedAt(),
                null,
                texts.time(d.receivedAt()),
                texts.t("segment.submitted"),
                texts.t("segment.submitted.detail", legalTime),
                texts.t("segment.submitted.basis"))),
        List.of());
  }

  private Optional<String> agencyName(String code) {
    return code == null ? Optional.empty() : agencies.find(code).map(Agency::name);
  }

  /** The variant applied later by the process, else the one chosen at intake, else none. */
  private String variant(DossierTrack d, List<DossierHistoryEntry> events) {
    String applied = null;
    for (DossierHistoryEntry e : events) {
      if (e.kind().equals("LEGAL_TIME_VARIANT") && e.detail() != null) {
        try {
          applied = (String) json.readValue(e.detail(), Map.class).get("variant");
        } catch (Exception ignored) {
          // an unreadable detail leaves the variant as it was
        }
      }
    }
    if (applied != null || d.processInstanceId() == null) {
      return applied;
    }
    HistoricVariableInstance chosen =
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(d.processInstanceId())
            .variableName(LegalTimeVariant.FIELD)
            .disableCustomObjectDeserialization()
            .list()
            .stream()
            .findFirst()
            .orElse(null);
    return chosen == null || chosen.getValue() == null ? null : chosen.getValue().toString();
  }

  private static String legalTime(
      Procedure procedure, Optional<LegalTimeVariant> variant, Texts texts) {
    if (variant.isPresent()) {
      LegalTimeVariant v = variant.get();
      return texts.t(
          "legal-time.variant", v.label(), v.amount(), texts.t("unit." + v.unit().word()));
    }
    if (procedure.legalCalendarDays().isPresent()) {
      return texts.t("legal-time.calendar-days", procedure.legalCalendarDays().getAsInt());
    }
    if (procedure.legalWorkingHours().isPresent()) {
      return texts.t("legal-time.working-hours", procedure.legalWorkingHours().getAsInt());
    }
    if (procedure.legalWorkingDays() == 0) {
      return texts.t("legal-time.same-day", procedure.sameDayCutoff().toString());
    }
    return texts.t("legal-time.working-days", procedure.legalWorkingDays());
  }

  /** The open steps by name; the apology task and who holds a step are not shown. */
  private String currentStep(DossierTrack d) {
    if (d.processInstanceId() == null) {
      return null;
    }
    List<String> names =
        tasks.createTaskQuery().processInstanceId(d.processInstanceId()).list().stream()
            .filter(t -> !APOLOGY_TASK.equals(t.getTaskDefinitionKey()))
            .sorted(Comparator.comparing(t -> t.getCreateTime()))
            .map(t -> t.getName())
            .filter(n -> n != null && !n.isBlank())
            .distinct()
            .toList();
    return names.isEmpty() ? null : String.join(", ", names);
  }

  private java.util.function.Function<LocalDate, CalendarDay> specialDays(
      Instant from, Instant to, WorkingCalendar calendar) {
    Map<LocalDate, CalendarDay> byDate = new HashMap<>();
    int first = calendar.dateOf(from).getYear();
    int last = Math.min(calendar.dateOf(to.isBefore(from) ? from : to).getYear(), first + 2);
    for (int year = first; year <= last; year++) {
      holidays.daysOf(year).forEach(day -> byDate.put(day.date(), day));
    }
    return byDate::get;
  }

  /** "Nguyễn Văn An" → "N. V. A." (masked: initials only). */
  static String initials(String fullName) {
    if (fullName == null || fullName.isBlank()) {
      return null;
    }
    List<String> parts = new ArrayList<>();
    for (String word : fullName.strip().split("\\s+")) {
      parts.add(word.substring(0, word.offsetByCodePoints(0, 1)).toUpperCase(Locale.ROOT) + ".");
    }
    return String.join(" ", parts);
  }
}
