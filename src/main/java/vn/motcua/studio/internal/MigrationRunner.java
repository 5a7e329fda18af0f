package vn.motcua.studio.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.deadline.MigratedSteps;
import vn.motcua.dossier.DossierMigrations;

/**
 * Runs a migration in the background, one dossier per transaction: Camunda's synchronous {@code
 * execute()} for that one process instance, then, in the same transaction, the deadline fix-ups
 * ({@link MigratedSteps}) and the dossier's history ({@link DossierMigrations}). Chosen over
 * Camunda's batch ({@code executeAsync()}): a batch job migrates in the job executor's transaction,
 * where nothing of ours could run, so the ladder would stay wrong until a second pass, and a
 * failure of the fix-up could not undo the move. Here a dossier moves with its deadlines or not at
 * all, and a failure is recorded with its reason while the others go on. One thread: migrations
 * queue.
 */
@Component
class MigrationRunner {

  private final RuntimeService runtime;
  private final MigrationPlanner planner;
  private final MigrationStore store;
  private final MigratedSteps steps;
  private final DossierMigrations dossiers;
  private final TransactionTemplate transaction;
  private final ObjectMapper json;
  private final Clock clock;
  private final ExecutorService worker =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "studio-migration");
            thread.setDaemon(true);
            return thread;
          });

  MigrationRunner(
      RuntimeService runtime,
      MigrationPlanner planner,
      MigrationStore store,
      MigratedSteps steps,
      DossierMigrations dossiers,
      PlatformTransactionManager transactions,
      ObjectMapper json,
      Clock clock) {
    this.runtime = runtime;
    this.planner = planner;
    this.store = store;
    this.steps = steps;
    this.dossiers = dossiers;
    this.transaction = new TransactionTemplate(transactions);
    transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.json = json;
    this.clock = clock;
  }

  /** Records the migration and queues it: {@code {migrationId, batchId, dossiers}}. */
  Map<String, Object> start(
      MigrationPlanner.Resolved resolved, MigrationRequest request, String actor) {
    MigrationPlan plan = planner.plan(resolved, request.instructions());
    Map<String, String> instances = new LinkedHashMap<>();
    for (ProcessInstance instance : planner.running(resolved.from())) {
      instances.put(instance.getId(), instance.getBusinessKey());
    }
    String id = UUID.randomUUID().toString();
    store.start(
        resolved,
        id,
        text(request.instructions()),
        request.note().strip(),
        actor,
        instances,
        clock.instant());
    worker.submit(() -> run(id, resolved, plan, instances, request.note().strip(), actor));
    Map<String, Object> accepted = new LinkedHashMap<>();
    accepted.put("migrationId", id);
    accepted.put("batchId", null);
    accepted.put("dossiers", instances.size());
    return accepted;
  }

  private void run(
      String id,
      MigrationPlanner.Resolved resolved,
      MigrationPlan plan,
      Map<String, String> instances,
      String note,
      String actor) {
    instances.forEach(
        (instance, code) -> {
          try {
            transaction.executeWithoutResult(
                status -> move(id, resolved, plan, instance, code, note, actor));
          } catch (RuntimeException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            transaction.executeWithoutResult(
                status -> store.dossier(id, instance, "FAILED", reason, clock.instant()));
          }
        });
    transaction.executeWithoutResult(status -> store.finish(id, clock.instant()));
  }

  private void move(
      String id,
      MigrationPlanner.Resolved resolved,
      MigrationPlan plan,
      String instance,
      String code,
      String note,
      String actor) {
    boolean paused = code != null && dossiers.lockForMove(code);
    String unmapped = MigrationPlanner.unmapped(plan, runtime.getActiveActivityIds(instance));
    if (unmapped != null) {
      throw new IllegalStateException(unmapped);
    }
    try {
      runtime
          .newMigration(plan)
          .processInstanceIds(instance)
          .skipCustomListeners()
          .skipIoMappings()
          .execute();
    } catch (MigratingProcessInstanceValidationException e) {
      throw new IllegalStateException("ENGINE: " + MigrationPlanner.reasons(e), e);
    }
    steps.realign(instance, paused);
    if (code != null && dossiers.status(code).isPresent()) {
      dossiers.moved(
          new DossierMigrations.DossierMigrated(
              code,
              resolved.key(),
              resolved.from().getVersion(),
              resolved.to().getVersion(),
              resolved.from().getId(),
              resolved.to().getId(),
              id,
              actor,
              note,
              clock.instant()));
    }
    store.dossier(id, instance, "MOVED", null, clock.instant());
  }

  private String text(List<MigrationRequest.Instruction> instructions) {
    try {
      return json.writeValueAsString(instructions);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  @PreDestroy
  void stop() {
    worker.shutdownNow();
  }
}
