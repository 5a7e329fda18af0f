package vn.motcua.dossierpage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import vn.motcua.attachment.Attachments;
import vn.motcua.audit.DossierTimeline;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.StepForms;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.DeadlineRecords;
import vn.motcua.deadline.DossierDeadline;
import vn.motcua.documents.DossierPapers;
import vn.motcua.dossier.AwaitingAcceptance;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Officials;

/**
 * Gathers what the dossier page shows from the modules that own it: the dossier (with the same
 * access rule), its deadlines on the resolving agency's calendar, the start form's labels, the
 * documents, the papers, the timeline and the actions allowed now.
 */
@Component
class DossierPageModel {

  private final Dossiers dossiers;
  private final DeadlineRecords deadlines;
  private final AgencyCalendars calendars;
  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final StepForms forms;
  private final ObjectProvider<Attachments> attachments;
  private final DossierPapers papers;
  private final DossierTimeline timeline;
  private final IdentityService identity;
  private final Officials officials;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final Clock clock;
  private final AwaitingAcceptance online;

  DossierPageModel(
      Dossiers dossiers,
      DeadlineRecords deadlines,
      AgencyCalendars calendars,
      ProcedureCatalogue catalogue,
      Agencies agencies,
      StepForms forms,
      ObjectProvider<Attachments> attachments,
      DossierPapers papers,
      DossierTimeline timeline,
      IdentityService identity,
      Officials officials,
      MessageSource messages,
      ObjectMapper json,
      Clock clock,
      AwaitingAcceptance online) {
    this.online = online;
    this.dossiers = dossiers;
    this.deadlines = deadlines;
    this.calendars = calendars;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.forms = forms;
    this.attachments = attachments;
    this.papers = papers;
    this.timeline = timeline;
    this.identity = identity;
    this.officials = officials;
    this.messages = messages;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Fills the page's model for the dossier {@code code}.
   *
   * @throws org.springframework.security.access.AccessDeniedException the official may not read it
   * @throws org.springframework.web.ErrorResponseException 404: there is no such dossier
   */
  void fill(String code, Model model, Locale locale) {
    DossierSummary d = dossiers.find(code);
    ZoneId zone = clock.getZone();
    Instant now = clock.instant();
    WorkingCalendar calendar = calendars.of(d.resolvingAgency());
    People people = new People(officials, identity, locale);
    Optional<Procedure> procedure = procedure(d.procedureDefinitionId());
    Instant appointment = newAppointment(dossiers.history(code));
    DossierDeadline deadline = deadlines.of(code);

    model.addAttribute("dossier", d);
    model.addAttribute("procedureName", procedure.map(Procedure::name).orElse(d.procedureKey()));
    model.addAttribute("procedureCode", procedure.map(Procedure::code).orElse(null));
    model.addAttribute("receiving", agency(d.receivingAgency()));
    model.addAttribute("resolving", agency(d.resolvingAgency()));
    model.addAttribute("receivedBy", people.official(d.receivedBy()));
    model.addAttribute("flag", deadline.flag());
    model.addAttribute("receivedAt", StepRow.at(d.receivedAt(), zone));
    model.addAttribute("legalDueAt", StepRow.at(d.dueAt(), zone));
    model.addAttribute("newAppointment", StepRow.at(appointment, zone));
    model.addAttribute("finishedAt", StepRow.at(d.finishedAt(), zone));
    model.addAttribute(
        "deadline",
        Deadline.of(appointment != null ? appointment : d.dueAt(), d.finishedAt(), now, calendar));
    model.addAttribute("paused", WorkingSpan.of(d.pausedWorkingMinutes(), calendar));
    model.addAttribute("data", data(d, zone, locale));
    model.addAttribute("documents", documents(code, people, zone, locale));
    model.addAttribute(
        "steps",
        deadline.steps().stream().map(s -> StepRow.of(s, people, calendar, zone)).toList());
    model.addAttribute("papers", papers.of(code));
    model.addAttribute("history", timeline.of(code, locale));
    model.addAttribute("actions", dossiers.allowedActions(code));
    var waiting = online.of(code).orElse(null);
    model.addAttribute("acceptance", waiting);
    model.addAttribute(
        "acceptanceDueAt", waiting == null ? null : StepRow.at(waiting.acceptanceDueAt(), zone));
    model.addAttribute("zoneOffset", zone.getRules().getOffset(now).getId());
    model.addAttribute(
        "extensionExample",
        DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .format(calendar.addWorkingDays(now, 5).atZone(zone)));
  }

  /** The intake data with the start form's labels. */
  private List<DataRow> data(DossierSummary d, ZoneId zone, Locale locale) {
    Map<String, Object> data = intakeData(d);
    if (data.isEmpty()) {
      return List.of();
    }
    return DataRow.of(
        data,
        forms.ofStart(d.procedureDefinitionId()),
        zone,
        messages.getMessage("dospage.yes", null, "✓", locale),
        messages.getMessage("dospage.no", null, "✗", locale));
  }

  private static Map<String, Object> intakeData(DossierSummary d) {
    return d.data() == null ? Map.of() : d.data();
  }

  private List<DocumentRow> documents(String code, People people, ZoneId zone, Locale locale) {
    Attachments store = attachments.getIfAvailable();
    if (store == null) {
      return List.of();
    }
    return store.of(code).stream().map(a -> DocumentRow.of(a, people, zone, locale)).toList();
  }

  /** The new appointment of the last extension (form 04), if any. */
  private Instant newAppointment(List<DossierHistoryEntry> history) {
    Instant appointment = null;
    for (DossierHistoryEntry entry : history) {
      if ("EXTENDED".equals(entry.kind()) && entry.detail() != null) {
        try {
          String at = json.readTree(entry.detail()).path("newDueAt").asText("");
          appointment = at.isEmpty() ? appointment : Instant.parse(at);
        } catch (JsonProcessingException e) {
          // a detail that does not parse names no appointment
        }
      }
    }
    return appointment;
  }

  private Agency agency(String code) {
    return agencies.find(code).orElse(new Agency(code, code, null));
  }

  private Optional<Procedure> procedure(String definitionId) {
    try {
      return Optional.of(catalogue.ofDefinition(definitionId));
    } catch (ProcessEngineException e) {
      return Optional.empty();
    }
  }
}
