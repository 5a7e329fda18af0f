package vn.motcua.dossier.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * The transfer of a dossier received by one agency's desk and resolved by another (Decree
 * 118/2025/NĐ-CP Art. 18(2), 20): the electronic data move at reception ({@value #TRANSFERRED},
 * medium {@code ELECTRONIC}); the paper dossier is carried over by the desk, which marks it ({@code
 * POST /api/dossiers/{code}/transfer}, medium {@code PAPER}) before {@link TransferDeadline}. The
 * support process {@value #PROCESS} waits for that deadline on a timer; when it fires first, {@link
 * #late} records {@value #TRANSFER_LATE} and notifies the desk's heads. Online dossiers have no
 * paper to carry.
 */
@Component("dossierTransfer")
class DossierTransfer {

  static final String PROCESS = "dossier-transfer";
  static final String TRANSFERRED = "TRANSFERRED";
  static final String TRANSFER_LATE = "TRANSFER_LATE";
  static final String ELECTRONIC = "ELECTRONIC";
  static final String PAPER = "PAPER";

  private final RuntimeService runtime;
  private final DossierRepository dossiers;
  private final DossierEvents events;
  private final ApplicationEventPublisher published;
  private final AgencyCalendars calendars;
  private final Clock clock;
  private final CurrentOfficial official;
  private final ObjectMapper json;
  private final TransferNotices notices;

  DossierTransfer(
      RuntimeService runtime,
      DossierRepository dossiers,
      DossierEvents events,
      ApplicationEventPublisher published,
      AgencyCalendars calendars,
      Clock clock,
      CurrentOfficial official,
      ObjectMapper json,
      TransferNotices notices) {
    this.runtime = runtime;
    this.dossiers = dossiers;
    this.events = events;
    this.published = published;
    this.calendars = calendars;
    this.clock = clock;
    this.official = official;
    this.json = json;
    this.notices = notices;
  }

  /** Whether the dossier's desk and its resolving agency differ. */
  static boolean needed(Dossier d) {
    return !d.receivingAgency().equals(d.resolvingAgency());
  }

  /**
   * At reception: records the electronic transfer and, for a paper dossier, starts the paper
   * transfer's timer. Nothing for a dossier its own desk resolves.
   */
  void begin(Dossier d) {
    if (!needed(d)) {
      return;
    }
    Instant now = d.receivedAt();
    ObjectNode detail = detail(d, ELECTRONIC);
    boolean paper = d.channel() != Channel.ONLINE;
    Instant due = paper ? paperDue(d) : null;
    if (due != null) {
      detail.put("paperDueAt", due.toString());
    }
    record(d, TRANSFERRED, now, d.receivedBy(), null, detail);
    if (paper) {
      runtime.startProcessInstanceByKey(
          PROCESS,
          Map.of(
              "dossierCode", d.code(),
              "receivingAgency", d.receivingAgency(),
              "transferDueAt", Date.from(due)));
    }
  }

  /** The paper's deadline, on the receiving desk's calendar. */
  Instant paperDue(Dossier d) {
    return TransferDeadline.paperDue(calendars.of(d.receivingAgency()), d.receivedAt());
  }

  /**
   * The desk handed the paper dossier over: records it, late or not, and stops the timer.
   *
   * @throws AccessDeniedException the caller is not a reception officer of the receiving desk
   */
  @Transactional
  void paperTransferred(String code, String note) {
    Dossier d =
        dossiers
            .findForUpdate(code)
            .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
    if (!official.groups().contains(Role.RECEPTION.groupOf(d.receivingAgency()))) {
      throw new AccessDeniedException(
          "only the receiving desk's reception officers mark the paper transferred");
    }
    if (!needed(d) || d.channel() == Channel.ONLINE) {
      throw new RoutingProblems.NoTransferException(code);
    }
    if (paperDone(code)) {
      throw new RoutingProblems.AlreadyTransferredException(code);
    }
    Instant now = clock.instant();
    Instant due = paperDue(d);
    ObjectNode detail = detail(d, PAPER);
    detail.put("paperDueAt", due.toString());
    detail.put("late", now.isAfter(due));
    record(d, TRANSFERRED, now, official.id(), note, detail);
    cancel(code);
  }

  /** The support process's timer fired ({@code ${dossierTransfer.late(execution)}}). */
  public void late(org.camunda.bpm.engine.delegate.DelegateExecution execution) {
    late((String) execution.getVariable("dossierCode"));
  }

  /**
   * The timer fired: the paper is not marked transferred; records it and tells the desk's heads.
   */
  @Transactional
  void late(String code) {
    Dossier d = dossiers.findForUpdate(code).orElseThrow();
    if (paperDone(code) || events.count(code, TRANSFER_LATE) > 0) {
      return;
    }
    Instant due = paperDue(d);
    ObjectNode detail = detail(d, PAPER);
    detail.put("paperDueAt", due.toString());
    record(d, TRANSFER_LATE, clock.instant(), "system", null, detail);
    notices.late(d, due);
  }

  /** Whether the paper dossier was marked transferred. */
  boolean paperDone(String code) {
    List<DossierEvents.Event> history = events.of(code);
    return history.stream()
        .anyMatch(
            e ->
                TRANSFERRED.equals(e.kind())
                    && e.detail() != null
                    && e.detail().contains("\"medium\":\"" + PAPER + "\""));
  }

  /** Into the dossier's history: the audit entry of a {@link DossierActionTaken}. */
  private void record(
      Dossier d, String kind, Instant at, String actor, String reason, ObjectNode detail) {
    published.publishEvent(
        new DossierActionTaken(
            d.code(), kind, d.status(), d.status(), actor, reason, detail.toString(), at));
  }

  private void cancel(String code) {
    runtime
        .createProcessInstanceQuery()
        .processDefinitionKey(PROCESS)
        .variableValueEquals("dossierCode", code)
        .list()
        .forEach(instance -> runtime.deleteProcessInstance(instance.getId(), "transferred", true));
  }

  private ObjectNode detail(Dossier d, String medium) {
    ObjectNode detail = json.createObjectNode();
    detail.put("from", d.receivingAgency());
    detail.put("to", d.resolvingAgency());
    detail.put("medium", medium);
    return detail;
  }
}
