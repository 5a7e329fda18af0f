package vn.motcua.dossier.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.DeadlineRecords;
import vn.motcua.deadline.DossierDeadline;
import vn.motcua.deadline.Flag;
import vn.motcua.deadline.StepRecord;
import vn.motcua.dossier.PausedTime;

/**
 * Reads one dossier, with its clock stops and open steps, for a civil servant of its receiving or
 * resolving agency (or an admin).
 */
@Service
class DossierQueries {

  private final DossierRepository dossiers;
  private final TaskService tasks;
  private final ClockPauseRepository pauses;
  private final DossierAccess access;

  private final ProcedureCatalogue catalogue;
  private final DossierEvents events;
  private final DeadlineRecords deadlines;
  private final AgencyCalendars calendars;
  private final Clock clock;
  private final IntakeData intake;
  private final DossierTransfer transfer;

  DossierQueries(
      DossierRepository dossiers,
      TaskService tasks,
      ClockPauseRepository pauses,
      DossierAccess access,
      DossierEvents events,
      ProcedureCatalogue catalogue,
      DeadlineRecords deadlines,
      AgencyCalendars calendars,
      Clock clock,
      IntakeData intake,
      DossierTransfer transfer) {
    this.transfer = transfer;
    this.intake = intake;
    this.calendars = calendars;
    this.clock = clock;
    this.deadlines = deadlines;
    this.catalogue = catalogue;
    this.dossiers = dossiers;
    this.tasks = tasks;
    this.pauses = pauses;
    this.access = access;
    this.events = events;
  }

  @Transactional(readOnly = true)
  public DossierView find(String code) {
    Dossier d =
        access.check(
            dossiers
                .find(code)
                .orElseThrow(() -> new DossierProblems.DossierNotFoundException(code)));
    List<ClockPause> segments = pauses.findAll(code);
    Procedure procedure = catalogue.ofDefinition(d.procedureDefinitionId());
    List<PausedTime> paused =
        PausedTimes.byReason(
            segments, procedure, calendars.of(d.resolvingAgency()), clock.instant());
    List<DossierEvents.Event> history = events.of(code);
    DossierDeadline deadline = deadlines.of(code);
    Map<String, StepRecord> records = new HashMap<>();
    deadline.steps().forEach(step -> records.put(step.taskId(), step));
    List<DossierView.OpenStep> steps =
        tasks
            .createTaskQuery()
            .processInstanceBusinessKey(code)
            .orderByTaskCreateTime()
            .asc()
            .list()
            .stream()
            .map(task -> step(task, records.get(task.getId())))
            .toList();
    return new DossierView(
        d.code(),
        d.procedureKey(),
        catalogue.version(d.procedureDefinitionId()),
        d.receivingAgency(),
        d.resolvingAgency(),
        d.channel(),
        d.status(),
        d.applicant(),
        d.receivedBy(),
        d.receivedAt(),
        d.dueAt(),
        d.dueAt(),
        d.extendedDueAt(),
        d.finishedAt(),
        d.timeliness(),
        segments.stream().anyMatch(ClockPause::isOpen),
        segments.stream().map(DossierQueries::pause).toList(),
        history.stream().filter(event -> event.kind().equals("EXTENDED")).toList(),
        history,
        steps,
        deadline.flag(),
        deadline.late(),
        deadline.steps(),
        deadline.overBudget(),
        PausedTimes.total(paused),
        paused,
        procedure.pauseReasons(),
        intake.data(d),
        intake.checklist(d.checklist()),
        AgencyShares.of(d, deadline.steps(), calendars, clock.instant()),
        transfer(d, history));
  }

  private DossierView.Transfer transfer(Dossier d, List<DossierEvents.Event> history) {
    if (!DossierTransfer.needed(d)) {
      return null;
    }
    Instant electronic = null;
    Instant paper = null;
    boolean late = false;
    for (DossierEvents.Event e : history) {
      boolean transferred = DossierTransfer.TRANSFERRED.equals(e.kind());
      String detail = e.detail() == null ? "" : e.detail();
      if (transferred && detail.contains("\"medium\":\"" + DossierTransfer.ELECTRONIC + "\"")) {
        electronic = e.at();
      } else if (transferred) {
        paper = e.at();
        late |= detail.contains("\"late\":true");
      }
      late |= DossierTransfer.TRANSFER_LATE.equals(e.kind());
    }
    Instant due = d.channel() == vn.motcua.dossier.Channel.ONLINE ? null : transfer.paperDue(d);
    return new DossierView.Transfer(
        d.receivingAgency(), d.resolvingAgency(), electronic, due, paper, late);
  }

  private static DossierView.Pause pause(ClockPause p) {
    return new DossierView.Pause(
        p.pausedAt(),
        p.resumedAt(),
        p.reasonCode(),
        p.reason(),
        p.pausedBy(),
        p.resumedBy(),
        p.shiftWorkingMinutes());
  }

  /**
   * The open step, its unit and flag from the deadline module's step record (not from the engine's
   * identity links, which fail, and doom the reading transaction, when the step is completed
   * between the task query and that call).
   */
  private static DossierView.OpenStep step(Task task, StepRecord record) {
    String group = record == null ? null : record.unitGroup();
    Flag flag = record == null ? Flag.ON_TIME : record.flag();
    return new DossierView.OpenStep(
        task.getId(),
        task.getTaskDefinitionKey(),
        task.getName(),
        group,
        task.getAssignee(),
        task.getDueDate() == null ? null : task.getDueDate().toInstant(),
        task.getFollowUpDate() == null ? null : task.getFollowUpDate().toInstant(),
        flag);
  }
}
