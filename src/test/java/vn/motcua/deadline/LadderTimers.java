package vn.motcua.deadline;

import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The escalation ladder's timers of a process instance: timeout task listener jobs (they have no
 * job definition, so a job query cannot select them by activity).
 */
public final class LadderTimers {

  private LadderTimers() {}

  public static List<Job> of(ManagementService management, String processInstanceId) {
    return management.createJobQuery().processInstanceId(processInstanceId).timers().list().stream()
        .filter(LadderTimers::isLadder)
        .toList();
  }

  public static boolean isLadder(Job job) {
    return job instanceof JobEntity entity
        && TimerTaskListenerJobHandler.TYPE.equals(entity.getJobHandlerType());
  }
}
