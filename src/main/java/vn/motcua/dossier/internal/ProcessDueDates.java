package vn.motcua.dossier.internal;

import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Deadlines;

/**
 * The engine side of a paused legal clock: holds the timers of a dossier's process instances
 * (business key = dossier code) while paused, and moves timers, task due dates and the legal due
 * variable on resume.
 */
@Component
class ProcessDueDates {

  private final RuntimeService runtime;
  private final TaskService tasks;
  private final ManagementService management;

  ProcessDueDates(RuntimeService runtime, TaskService tasks, ManagementService management) {
    this.runtime = runtime;
    this.tasks = tasks;
    this.management = management;
  }

  /** Suspends the pending timers, so no deadline fires while the clock stands still. */
  void holdTimers(String code) {
    for (ProcessInstance instance : instances(code)) {
      timers(instance).stream()
          .filter(job -> !job.isSuspended())
          .forEach(job -> management.suspendJobById(job.getId()));
    }
  }

  /**
   * Moves every open task's due date and every pending timer by {@code shift}, activates the held
   * timers (unless their instance is suspended), and sets the legal due variable on {@code
   * processInstanceId}.
   */
  void shift(String code, String processInstanceId, ClockShift shift) {
    for (Task task : tasks.createTaskQuery().processInstanceBusinessKey(code).list()) {
      if (task.getDueDate() != null || task.getFollowUpDate() != null) {
        if (task.getDueDate() != null) {
          task.setDueDate(date(shift, task.getDueDate(), task.getCreateTime()));
        }
        if (task.getFollowUpDate() != null) {
          task.setFollowUpDate(date(shift, task.getFollowUpDate(), task.getCreateTime()));
        }
        tasks.saveTask(task);
      }
    }
    for (ProcessInstance instance : instances(code)) {
      for (Job timer : timers(instance)) {
        if (timer.getDuedate() != null) {
          management.setJobDuedate(
              timer.getId(), date(shift, timer.getDuedate(), timer.getCreateTime()));
        }
        if (timer.isSuspended() && !instance.isSuspended()) {
          management.activateJobById(timer.getId());
        }
      }
      if (instance.getId().equals(processInstanceId)) {
        runtime.setVariable(
            processInstanceId, Deadlines.LEGAL_DUE_VARIABLE, Date.from(shift.newLegalDue()));
      }
    }
  }

  private List<ProcessInstance> instances(String code) {
    return runtime.createProcessInstanceQuery().processInstanceBusinessKey(code).list();
  }

  private List<Job> timers(ProcessInstance instance) {
    return management.createJobQuery().timers().processInstanceId(instance.getId()).list();
  }

  private static Date date(ClockShift shift, Date due, Date setAt) {
    return Date.from(shift.move(due.toInstant(), setAt == null ? null : setAt.toInstant()));
  }
}
