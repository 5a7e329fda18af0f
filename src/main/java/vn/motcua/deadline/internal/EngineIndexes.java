package vn.motcua.deadline.internal;

import java.util.List;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Indexes on the engine's own tables that Camunda 7.24 does not create, added once the engine has
 * created or updated its schema (Flyway runs before the engine, so it cannot): {@code ACT_RU_TASK
 * (PARENT_TASK_ID_)}, which the engine reads on every task completion and deletion to find
 * sub-tasks (without it, a scan of every open task: 3.5 ms at 4 000 open, tens of ms at 100k,
 * BENCHMARKS.md), and {@code ACT_RU_JOB (TYPE_ DESC, DUEDATE_)}, the order in which the job
 * executor acquires when due timers come first ({@code job-executor-prefer-timer-jobs}, {@code
 * job-executor-acquire-by-due-date}; Camunda's documentation recommends it). On PostgreSQL they are
 * built concurrently, so a large production table keeps taking writes; {@code if not exists} makes
 * every later start a no-op.
 */
@Component
class EngineIndexes extends AbstractProcessEnginePlugin {

  private static final List<String> INDEXES =
      List.of(
          "motcua_idx_task_parent on ACT_RU_TASK (PARENT_TASK_ID_)",
          "motcua_idx_job_type_due on ACT_RU_JOB (TYPE_ desc, DUEDATE_)");

  private final DataSource dataSource;

  EngineIndexes(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public void postProcessEngineBuild(ProcessEngine engine) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    boolean postgres = "postgres".equals(configuration.getDatabaseType());
    JdbcTemplate jdbc = new JdbcTemplate(dataSource);
    for (String index : INDEXES) {
      jdbc.execute(
          (postgres ? "create index concurrently if not exists " : "create index if not exists ")
              + index);
    }
  }
}
