package vn.motcua.deadline.internal;

import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.DefaultJobRetryCmd;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.FailedJobCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.springframework.stereotype.Component;

/**
 * A timer that lost a race to another node (an optimistic locking conflict on the same dossier's
 * process instance) is simply run again at once, instead of counting as a failure: Camunda's retry
 * cycle ({@code failed-job-retry-time-cycle}, here R5/PT5M) would otherwise hold a deadline back by
 * five minutes and spend one of its retries. Real failures keep the retry cycle.
 */
@Component
class ConflictRetryPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setFailedJobCommandFactory(
        new FailedJobCommandFactory() {
          @Override
          public Command<Object> getCommand(String jobId, Throwable exception) {
            if (exception instanceof OptimisticLockingException) {
              return context -> {
                JobEntity job = context.getJobManager().findJobById(jobId);
                if (job != null) {
                  job.unlock();
                  JobExecutor executor = context.getProcessEngineConfiguration().getJobExecutor();
                  if (executor != null && executor.isActive()) {
                    executor.jobWasAdded();
                  }
                }
                return null;
              };
            }
            return new DefaultJobRetryCmd(jobId, exception);
          }
        });
  }
}
