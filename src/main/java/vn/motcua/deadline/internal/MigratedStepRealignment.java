package vn.motcua.deadline.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.calendar.WorkingDuration;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.Step;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.deadline.Deadlines;
import vn.motcua.deadline.HeldTimers;
import vn.motcua.deadline.MigratedSteps;
import vn.motcua.deadline.Rung;

/**
 * {@link MigratedSteps}: what Camunda's migration leaves wrong about a step's deadlines, put right
 * in the migration's transaction. Camunda keeps the user task (same id, so the step record and the
 * rungs reached stay attached), keeps its due date, and carries a pending ladder timer over to the
 * target step with its old due date when the target declares a ladder listener of the same id; it
 * creates the target's other ladder timers as "emerging" jobs when the source step had none. So the
 * step's due date and its ladder timer are recomputed here: due = start + new budget (working time
 * of the resolving agency) + the step's paused minutes, never after the legal due date; the rungs
 * at the new ladder settings as {@link EscalationLadder#stepRungAt} reckons them at the step's
 * start; every ladder job of the step is removed and one is created for the first rung not reached
 * yet (a rung already reached never fires again; one the new budget makes due already fires at the
 * next job run, once). A timer that the paused clock held stays held.
 */
@Component
class MigratedStepRealignment implements MigratedSteps {

  private final ProcessEngine engine;
  private final ProcedureCatalogue catalogue;
  private final AgencyCalendars calendars;
  private final LadderSettings settings;
  private final DeadlineStore store;

  MigratedStepRealignment(
      ProcessEngine engine,
      ProcedureCatalogue catalogue,
      AgencyCalendars calendars,
      LadderSettings settings,
      DeadlineStore store) {
    this.engine = engine;
    this.catalogue = catalogue;
    this.calendars = calendars;
    this.settings = settings;
    this.store = store;
  }

  @Override
  public List<RealignedStep> realign(String processInstanceId, boolean clockPaused) {
    RuntimeService runtime = engine.getRuntimeService();
    TaskService tasks = engine.getTaskService();
    String code =
        runtime
            .createProcessInstanceQuery()
            .processInstanceId(processInstanceId)
            .singleResult()
            .getBusinessKey();
    Map<String, Object> variables = runtime.getVariables(processInstanceId);
    String agency = (String) variables.get(Deadlines.AGENCY_VARIABLE);
    Date legalDue = (Date) variables.get(Deadlines.LEGAL_DUE_VARIABLE);
    boolean awaitingAcceptance = variables.get(Deadlines.ACCEPTANCE_DUE_VARIABLE) != null;
    List<RealignedStep> result = new ArrayList<>();
    for (Task task : tasks.createTaskQuery().processInstanceId(processInstanceId).list()) {
      String definitionId = task.getProcessDefinitionId();
      String activityId = task.getTaskDefinitionKey();
      Optional<Step> step =
          catalogue.steps(definitionId).stream().filter(s -> s.id().equals(activityId)).findFirst();
      var record = store.step(task.getId());
      if (step.isEmpty() || record.isEmpty() || record.get().completedAt() != null) {
        continue; // the apology task of the ladder, or a step the product does not track
      }
      WorkingCalendar calendar = calendars.of(agency);
      String budgetText = step.get().budget();
      Long budgetMinutes =
          WorkingDuration.minutes(budgetText, calendars.of(record.get().agency()).officeHours())
              .stream()
              .boxed()
              .findFirst()
              .orElse(null);
      Instant start = record.get().startedAt();
      long paused = record.get().pausedMinutes();
      boolean keepDue =
          budgetText == null
              || awaitingAcceptance && "Task_Reception".equals(activityId)
              || task.getDueDate() == null;
      Instant due;
      if (keepDue) {
        due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
      } else {
        Instant unpaused =
            calendars.legalClockOf(agency).stepDue(start, Duration.parse(budgetText));
        due = paused == 0 ? unpaused : calendar.addWorkingMinutes(unpaused, paused);
        if (legalDue != null && legalDue.toInstant().isBefore(due)) {
          due = legalDue.toInstant();
        }
      }
      store.migrateStep(task.getId(), activityId, step.get().name(), budgetMinutes, due);
      List<Job> ladderJobs = ladderJobs(processInstanceId, task.getExecutionId());
      boolean held =
          ladderJobs.stream().anyMatch(HeldTimers::held)
              || ladderJobs.isEmpty() && clockPaused && !step.get().outsideLegalTime();
      Rung next = null;
      Instant nextAt = null;
      if (budgetText != null && due != null) {
        Map<Rung, Instant> rungs = rungs(definitionId, activityId, calendar, start, paused, due);
        Set<String> reached = store.reachedRungs(code, task.getId());
        next =
            LadderParseListener.STEP_RUNGS.stream()
                .filter(r -> !reached.contains(r.name()))
                .findFirst()
                .orElse(null);
        nextAt = next == null ? null : rungs.get(next);
        if (task.getFollowUpDate() != null) {
          task.setFollowUpDate(Date.from(rungs.get(Rung.SOON_DUE)));
        }
      }
      ladderJobs.forEach(job -> engine.getManagementService().deleteJob(job.getId()));
      if (next != null) {
        createLadderTimer(
            task.getExecutionId(), activityId, next, held ? nextAt.plus(HeldTimers.HOLD) : nextAt);
      }
      if (!keepDue) {
        task.setDueDate(Date.from(due));
      }
      task.setName(step.get().name());
      tasks.saveTask(task);
      result.add(
          new RealignedStep(
              task.getId(), activityId, start, budgetMinutes, due, next, nextAt, held));
    }
    return result;
  }

  /** The rungs of the step as its ladder would have set them had it started on this version. */
  private Map<Rung, Instant> rungs(
      String definitionId,
      String activityId,
      WorkingCalendar calendar,
      Instant start,
      long paused,
      Instant due) {
    String processKey = catalogue.ofDefinition(definitionId).key();
    var ladder = settings.of(definitionId, processKey, activityId, calendar.officeHours());
    long span = Math.max(0, calendar.workingMinutesBetween(start, due) - paused);
    Instant soon =
        calendar.addWorkingMinutes(start, Math.round(span * ladder.soonDueShare()) + paused);
    return Map.of(
        Rung.SOON_DUE,
        soon.isAfter(due) ? due : soon,
        Rung.OVERDUE,
        due,
        Rung.UNIT_HEAD,
        calendar.addWorkingMinutes(due, ladder.unitHeadAfterMinutes()),
        Rung.SUPERVISOR,
        calendar.addWorkingMinutes(
            due, ladder.unitHeadAfterMinutes() + ladder.supervisorAfterMinutes()));
  }

  private List<Job> ladderJobs(String processInstanceId, String executionId) {
    return engine
        .getManagementService()
        .createJobQuery()
        .processInstanceId(processInstanceId)
        .executionId(executionId)
        .timers()
        .list()
        .stream()
        .filter(
            job ->
                job instanceof JobEntity entity
                    && TimerTaskListenerJobHandler.TYPE.equals(entity.getJobHandlerType()))
        .toList();
  }

  /**
   * The ladder's own declaration of {@code rung} on the step creates the timer, as when it fires.
   */
  private void createLadderTimer(String executionId, String activityId, Rung rung, Instant at) {
    ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
        .getCommandExecutorTxRequired()
        .execute(
            context -> {
              ExecutionEntity execution =
                  context.getExecutionManager().findExecutionById(executionId);
              ActivityImpl activity = execution.getProcessDefinition().findActivity(activityId);
              TimerDeclarationImpl declaration =
                  TimerDeclarationImpl.getTimeoutListenerDeclarationsForScope(
                          activity.getEventScope())
                      .get(activityId)
                      .get("ladder-" + rung.name());
              TimerEntity timer = declaration.createTimer(execution);
              timer.setDuedate(Date.from(at));
              return null;
            });
  }
}
