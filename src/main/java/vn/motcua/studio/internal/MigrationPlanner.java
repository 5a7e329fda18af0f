package vn.motcua.studio.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanBuilder;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Activity;
import org.camunda.bpm.model.bpmn.instance.CatchEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.motcua.dossier.DossierMigrations;

/**
 * The migration plan of a procedure between two versions: the proposal (every element with the same
 * id on both versions, as Camunda's {@code mapEqualActivities} finds them; the rest left for the
 * administrator), the plan built from the administrator's instructions, and the dry run. The dry
 * run asks, for every running process of the source version, first whether each step it waits in is
 * mapped, then Camunda itself: it migrates the process in a transaction it rolls back, so every
 * check the engine makes (scopes, event sub-processes, timers) gives its reason per dossier.
 */
@Component
class MigrationPlanner {

  /** A procedure's two versions. */
  record Resolved(String key, ProcessDefinition from, ProcessDefinition to) {}

  private final RepositoryService repository;
  private final RuntimeService runtime;
  private final DossierMigrations dossiers;
  private final TransactionTemplate trial;

  MigrationPlanner(
      RepositoryService repository,
      RuntimeService runtime,
      DossierMigrations dossiers,
      PlatformTransactionManager transactions) {
    this.repository = repository;
    this.runtime = runtime;
    this.dossiers = dossiers;
    this.trial = new TransactionTemplate(transactions);
    trial.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  Resolved resolve(String key, Integer from, Integer to) {
    return new Resolved(key, definition(key, from), definition(key, to));
  }

  /** The latest version of {@code key}, null when none is deployed. */
  Integer latest(String key) {
    ProcessDefinition latest =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult();
    return latest == null ? null : latest.getVersion();
  }

  ProcessDefinition definition(String key, Integer version) {
    if (key == null || version == null) {
      throw new MigrationProblems.UnknownVersionException(key, version);
    }
    ProcessDefinition definition =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .processDefinitionVersion(version)
            .singleResult();
    if (definition == null) {
      throw new MigrationProblems.UnknownVersionException(key, version);
    }
    return definition;
  }

  /**
   * The proposal: {@code {from, to, instructions, unmapped, runningDossiers, sources, targets}};
   * {@code sources} and {@code targets} are the steps of each version a process can wait in ({@code
   * [{id, name}]}, in the model's order), for the page's names and its choice of target steps.
   */
  Map<String, Object> proposal(Resolved plan) {
    List<Map<String, String>> instructions =
        runtime
            .createMigrationPlan(plan.from().getId(), plan.to().getId())
            .mapEqualActivities()
            .build()
            .getInstructions()
            .stream()
            .map(i -> Map.of("source", i.getSourceActivityId(), "target", i.getTargetActivityId()))
            .toList();
    Set<String> mapped =
        instructions.stream().map(i -> i.get("source")).collect(Collectors.toSet());
    var target = repository.getBpmnModelInstance(plan.to().getId());
    List<Map<String, Object>> unmapped = new ArrayList<>();
    for (FlowNode node :
        repository
            .getBpmnModelInstance(plan.from().getId())
            .getModelElementsByType(FlowNode.class)) {
      boolean waits = node instanceof Activity || node instanceof CatchEvent;
      boolean processStart =
          node instanceof StartEvent && node.getParentElement() instanceof Process;
      if (!waits || processStart || mapped.contains(node.getId())) {
        continue;
      }
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("source", node.getId());
      item.put("name", node.getName());
      item.put(
          "reason",
          target.getModelElementById(node.getId()) == null
              ? "MISSING_IN_TARGET"
              : "NOT_EQUIVALENT");
      unmapped.add(item);
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("from", version(plan.from()));
    result.put("to", version(plan.to()));
    result.put("instructions", instructions);
    result.put("unmapped", unmapped);
    result.put("runningDossiers", running(plan.from()).size());
    result.put("sources", steps(repository.getBpmnModelInstance(plan.from().getId())));
    result.put("targets", steps(target));
    return result;
  }

  /** The elements of {@code model} a process can wait in: {@code [{id, name}]}, model order. */
  private static List<Map<String, String>> steps(BpmnModelInstance model) {
    List<Map<String, String>> steps = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      collect(process.getFlowElements(), true, steps);
    }
    return steps;
  }

  private static void collect(
      java.util.Collection<FlowElement> elements,
      boolean processLevel,
      List<Map<String, String>> steps) {
    for (FlowElement element : elements) {
      boolean waits = element instanceof Activity || element instanceof CatchEvent;
      if (waits && !(processLevel && element instanceof StartEvent)) {
        Map<String, String> step = new LinkedHashMap<>();
        step.put("id", element.getId());
        step.put("name", element.getName() == null ? "" : element.getName());
        steps.add(step);
      }
      if (element instanceof SubProcess sub) {
        collect(sub.getFlowElements(), false, steps);
      }
    }
  }

  /** The plan of {@code request}; 422 with Camunda's reasons when it cannot be built. */
  MigrationPlan plan(Resolved resolved, List<MigrationRequest.Instruction> instructions) {
    MigrationPlanBuilder builder =
        runtime.createMigrationPlan(resolved.from().getId(), resolved.to().getId());
    for (MigrationRequest.Instruction i : instructions) {
      builder = builder.mapActivities(i.source(), i.target());
    }
    try {
      return builder.build();
    } catch (MigrationPlanValidationException e) {
      List<String> failures = new ArrayList<>();
      e.getValidationReport()
          .getInstructionReports()
          .forEach(
              r ->
                  r.getFailures()
                      .forEach(
                          f ->
                              failures.add(
                                  r.getMigrationInstruction().getSourceActivityId()
                                      + " → "
                                      + r.getMigrationInstruction().getTargetActivityId()
                                      + ": "
                                      + f)));
      e.getValidationReport()
          .getVariableReports()
          .forEach((name, r) -> r.getFailures().forEach(f -> failures.add(name + ": " + f)));
      throw new MigrationProblems.InvalidPlanException(
          failures.isEmpty() ? List.of(e.getMessage()) : failures);
    } catch (org.camunda.bpm.engine.BadUserRequestException e) {
      throw new MigrationProblems.InvalidPlanException(List.of(e.getMessage()));
    }
  }

  List<ProcessInstance> running(ProcessDefinition definition) {
    return runtime
        .createProcessInstanceQuery()
        .processDefinitionId(definition.getId())
        .orderByBusinessKey()
        .asc()
        .list();
  }

  /**
   * The dry run: {@code {movable:[{code, activities, status}], blocked:[{code, activities,
   * reason}]}}.
   */
  Map<String, Object> dryRun(Resolved resolved, MigrationPlan plan) {
    List<Map<String, Object>> movable = new ArrayList<>();
    List<Map<String, Object>> blocked = new ArrayList<>();
    for (ProcessInstance instance : running(resolved.from())) {
      List<String> activities = runtime.getActiveActivityIds(instance.getId());
      String reason = blocker(plan, instance.getId(), activities);
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("code", instance.getBusinessKey());
      item.put("activities", activities);
      if (reason == null) {
        item.put("status", dossiers.status(instance.getBusinessKey()).orElse(null));
        movable.add(item);
      } else {
        item.put("reason", reason);
        blocked.add(item);
      }
    }
    Map<String, Object> result = new LinkedHashMap<>();
    result.put("movable", movable);
    result.put("blocked", blocked);
    return result;
  }

  /** Why the process cannot move under {@code plan}; null when it can. */
  String blocker(MigrationPlan plan, String instanceId, List<String> activities) {
    String unmapped = unmapped(plan, activities);
    if (unmapped != null) {
      return unmapped;
    }
    return trial.execute(
        status -> {
          status.setRollbackOnly();
          try {
            runtime
                .newMigration(plan)
                .processInstanceIds(instanceId)
                .skipCustomListeners()
                .skipIoMappings()
                .execute();
            return null;
          } catch (MigratingProcessInstanceValidationException e) {
            return "ENGINE: " + reasons(e);
          } catch (RuntimeException e) {
            return "ENGINE: " + e.getMessage();
          }
        });
  }

  /** {@code UNMAPPED_STEP: <ids>} when the process waits in a step the plan does not map. */
  static String unmapped(MigrationPlan plan, List<String> activities) {
    Set<String> sources =
        plan.getInstructions().stream()
            .map(i -> i.getSourceActivityId())
            .collect(Collectors.toSet());
    List<String> unmapped = activities.stream().filter(a -> !sources.contains(a)).toList();
    return unmapped.isEmpty() ? null : "UNMAPPED_STEP: " + String.join(", ", unmapped);
  }

  static String reasons(MigratingProcessInstanceValidationException e) {
    List<String> reasons = new ArrayList<>();
    e.getValidationReport()
        .getActivityInstanceReports()
        .forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
    e.getValidationReport()
        .getTransitionInstanceReports()
        .forEach(r -> r.getFailures().forEach(f -> reasons.add(r.getSourceScopeId() + ": " + f)));
    reasons.addAll(e.getValidationReport().getFailures());
    return reasons.isEmpty() ? e.getMessage() : String.join("; ", reasons);
  }

  private static Map<String, Object> version(ProcessDefinition definition) {
    return Map.of("version", definition.getVersion(), "definitionId", definition.getId());
  }
}
