package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.security.CurrentOfficial;

/**
 * Receives a dossier: checks the procedure, the agency and the officer's right to receive for it,
 * routes it to the competent agency ({@link CompetentAgency}: any desk of the province receives any
 * procedure, Decree 118/2025 Art. 18), gives it the resolving agency's code (Art. 28) and a legal
 * due date on the resolving agency's calendar, stores it with the receiving desk, starts its
 * process and, when the desk is not the resolving agency, its transfer ({@link DossierTransfer}),
 * all in one transaction.
 */
@Service
class DossierReception {

  /** The process variable holding the applicant's full name (Tasklist rows show it). */
  static final String APPLICANT_NAME = "applicantName";

  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final CurrentOfficial official;
  private final DossierCodes codes;
  private final DossierRepository dossiers;
  private final AgencyCalendars calendars;
  private final RuntimeService runtime;
  private final ApplicationEventPublisher events;
  private final ObjectMapper json;
  private final Clock clock;
  private final ActionPolicy policy;
  private final IntakeCheck intakeCheck;
  private final CompetentAgency competent;
  private final DossierTransfer transfer;
  private final OnlineAcceptance onlineAcceptance;

  DossierReception(
      ProcedureCatalogue catalogue,
      Agencies agencies,
      CurrentOfficial official,
      DossierCodes codes,
      DossierRepository dossiers,
      AgencyCalendars calendars,
      RuntimeService runtime,
      ApplicationEventPublisher events,
      ObjectMapper json,
      Clock clock,
      ActionPolicy policy,
      IntakeCheck intakeCheck,
      CompetentAgency competent,
      DossierTransfer transfer,
      OnlineAcceptance onlineAcceptance) {
    this.competent = competent;
    this.transfer = transfer;
    this.onlineAcceptance = onlineAcceptance;
    this.intakeCheck = intakeCheck;
    this.policy = policy;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.official = official;
    this.codes = codes;
    this.dossiers = dossiers;
    this.calendars = calendars;
    this.runtime = runtime;
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  @Transactional
  public Dossier receive(NewDossierRequest request) {
    return receive(request, List.of(), false);
  }

  /**
   * Receives a dossier with the checklist of required documents marked at the desk; {@code desk}:
   * the intake data must hold every required field of the start form but the applicant's.
   */
  @Transactional
  public Dossier receive(NewDossierRequest request, List<ChecklistItem> checklist, boolean desk) {
    Procedure procedure = latest(request);
    Dossier dossier = store(procedure, request, checklist, desk, desk, null);
    start(procedure, request, dossier);
    return dossier;
  }

  /**
   * Receives a dossier the applicant submitted online (channel ONLINE, status SUBMITTED): no
   * official is involved, the reception role is not checked, and the dossier's history names {@code
   * citizen} ({@code citizen:<masked contact>}) as who submitted it. The intake data must hold
   * every required field of the start form but the applicant's, which come separately.
   */
  @Transactional
  public Dossier receiveOnline(NewDossierRequest request, String citizen) {
    if (request.channel() != Channel.ONLINE || citizen == null || !citizen.startsWith("citizen:")) {
      throw new IllegalArgumentException("an online submission is a citizen's, channel ONLINE");
    }
    Procedure procedure = latest(request);
    Dossier dossier = store(procedure, request, List.of(), true, true, citizen);
    start(procedure, request, dossier);
    return dossier;
  }

  private Procedure latest(NewDossierRequest request) {
    return catalogue
        .latest(request.procedure())
        .orElseThrow(() -> new DossierProblems.UnknownProcedureException(request.procedure()));
  }

  private void start(Procedure procedure, NewDossierRequest request, Dossier dossier) {
    Map<String, Object> variables = variables(dossier);
    acceptanceDue(dossier, variables);
    String variant = intakeCheck.legalTimeVariant(procedure, request.data());
    if (variant != null) {
      variables.put(LegalTimeVariant.FIELD, variant);
    }
    String processInstanceId =
        runtime
            .startProcessInstanceById(procedure.definitionId(), dossier.code(), variables)
            .getId();
    attached(dossier, processInstanceId);
  }

  /**
   * Receives the dossier of a process an official started from Tasklist with its start form (no
   * business key yet): the dossier gets its code as the business key and the start variables.
   * {@code submitted}: every field of the start form, the applicant's included, checked as a whole.
   */
  Dossier receiveStarted(
      NewDossierRequest request, Map<String, Object> submitted, DelegateExecution execution) {
    Procedure procedure = catalogue.ofDefinition(execution.getProcessDefinitionId());
    intakeCheck.check(procedure, submitted, true, false);
    Dossier dossier = store(procedure, request, List.of(), false, false, null);
    execution.setProcessBusinessKey(dossier.code());
    Map<String, Object> variables = variables(dossier);
    acceptanceDue(dossier, variables);
    execution.setVariables(variables);
    attached(dossier, execution.getProcessInstanceId());
    return dossier;
  }

  private Dossier store(
      Procedure procedure,
      NewDossierRequest request,
      List<ChecklistItem> checklist,
      boolean requireAll,
      boolean desk,
      String citizen) {
    Agency agency =
        agencies
            .find(request.agency())
            .orElseThrow(() -> new DossierProblems.UnknownAgencyException(request.agency()));
    if (citizen == null) {
      policy.checkReceive(agency.code());
    }
    String actor = citizen == null ? official.id() : citizen;
    intakeCheck.check(procedure, request.data(), requireAll, desk);
    String resolving = competent.of(procedure, agency.code(), request.commune());
    Instant now = clock.instant();
    Channel channel = request.channel();
    Instant due =
        calendars
            .legalClockOf(resolving)
            .dueAt(procedure, now, intakeCheck.legalTimeVariant(procedure, request.data()));
    // the agency's code counter last of the dossier's own work: its row stays locked until the
    // receiving transaction commits (DossierCodes)
    Dossier dossier =
        new Dossier(
            codes.next(resolving, now.atZone(clock.getZone()).toLocalDate()),
            procedure.key(),
            procedure.definitionId(),
            agency.code(),
            resolving,
            channel,
            channel == Channel.ONLINE ? DossierStatus.SUBMITTED : DossierStatus.RECEIVED,
            request.applicant(),
            toJson(request.data()),
            actor,
            now,
            due,
            null,
            null,
            null,
            null,
            checklist.isEmpty() ? null : toJson(checklist));
    dossiers.insert(dossier);
    // first, before the process starts: its audit entry opens the dossier's history
    events.publishEvent(
        new DossierReceived(
            dossier.code(),
            dossier.procedureKey(),
            dossier.receivingAgency(),
            dossier.resolvingAgency(),
            dossier.channel(),
            dossier.receivedBy(),
            dossier.receivedAt(),
            dossier.dueAt()));
    return dossier;
  }

  /** An online submission's reception step is due when the desk's time to accept it runs out. */
  private void acceptanceDue(Dossier dossier, Map<String, Object> variables) {
    if (dossier.channel() == Channel.ONLINE) {
      variables.put(
          Deadlines.ACCEPTANCE_DUE_VARIABLE,
          Date.from(onlineAcceptance.dueAt(dossier.receivingAgency(), dossier.receivedAt())));
    }
  }

  private void attached(Dossier dossier, String processInstanceId) {
    dossiers.attachProcess(dossier.code(), processInstanceId);
    transfer.begin(dossier);
    if (dossier.channel() == Channel.ONLINE) {
      onlineAcceptance.open(dossier.code(), dossier.receivingAgency(), dossier.receivedAt());
    }
  }

  /** The variables every dossier's process starts with. */
  static Map<String, Object> variables(Dossier dossier) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("dossierCode", dossier.code());
    variables.put(Deadlines.AGENCY_VARIABLE, dossier.resolvingAgency());
    variables.put("receivingAgency", dossier.receivingAgency());
    variables.put("channel", dossier.channel().name());
    variables.put(Deadlines.LEGAL_DUE_VARIABLE, Date.from(dossier.dueAt()));
    variables.put(APPLICANT_NAME, dossier.applicant().fullName());
    return variables;
  }

  private String toJson(Object data) {
    try {
      return json.writeValueAsString(data == null ? Map.of() : data);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("dossier data is not serialisable", e);
    }
  }
}
