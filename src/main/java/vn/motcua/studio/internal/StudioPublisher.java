package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.ModelProblem;
import vn.motcua.catalogue.ProcedureChecks.Checked;
import vn.motcua.security.CurrentOfficial;
import vn.motcua.studio.ProcedurePublished;

/**
 * Publishes a model as ONE deployment (name = the process key, source {@value #SOURCE}) holding the
 * BPMN ({@code processes/<key>.bpmn}) and exactly the forms it references ({@code
 * forms/<id>.form}), through {@link RepositoryService} so that every deployer runs (the catalogue's
 * validation and form completion, the engine-safety checks, the engine's parser). The studio's
 * checks run first; any error, or any refusal by the engine, answers 422 and nothing is kept: the
 * deployment, the change note and the audit entry share one transaction.
 */
@Component
class StudioPublisher {

  static final String SOURCE = "Một Cửa studio";

  /** What was published. */
  record Published(
      String key, int version, String definitionId, String deploymentId, Integer from) {}

  private final StudioChecks checks;
  private final RepositoryService repository;
  private final IdentityService identity;
  private final CurrentOfficial official;
  private final StudioVersions versions;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  StudioPublisher(
      StudioChecks checks,
      RepositoryService repository,
      IdentityService identity,
      CurrentOfficial official,
      StudioVersions versions,
      ApplicationEventPublisher events,
      Clock clock) {
    this.checks = checks;
    this.repository = repository;
    this.identity = identity;
    this.official = official;
    this.versions = versions;
    this.events = events;
    this.clock = clock;
  }

  @Transactional
  Published publish(String bpmn, Map<String, JsonNode> forms, String note) {
    Checked checked = checks.check(bpmn, forms);
    if (!checked.publishable()) {
      throw new StudioProblems.NotPublishable(checked.problems());
    }
    String key = checked.key();
    ProcessDefinition previous =
        repository
            .createProcessDefinitionQuery()
            .processDefinitionKey(key)
            .latestVersion()
            .singleResult();
    Map<String, String> texts = StudioChecks.texts(forms);
    DeploymentBuilder builder =
        repository
            .createDeployment()
            .name(key)
            .source(SOURCE)
            .addString("processes/" + key + ".bpmn", bpmn);
    for (String form : checked.forms()) {
      builder.addString("forms/" + form + ".form", texts.get(form));
    }
    DeploymentWithDefinitions deployment = deploy(builder);
    ProcessDefinition definition =
        deployment.getDeployedProcessDefinitions().stream()
            .filter(d -> d.getKey().equals(key))
            .findFirst()
            .orElseThrow();
    var at = clock.instant();
    String actor = official.id();
    versions.record(
        new StudioVersions.Note(definition.getId(), key, definition.getVersion(), note, actor, at),
        deployment.getId());
    events.publishEvent(
        new ProcedurePublished(
            key,
            definition.getVersion(),
            definition.getId(),
            deployment.getId(),
            List.copyOf(checked.forms()),
            note,
            actor,
            at));
    return new Published(
        key,
        definition.getVersion(),
        definition.getId(),
        deployment.getId(),
        previous == null ? null : previous.getVersion());
  }

  /** Deploys as the administrator; an engine refusal becomes the 422 problem list. */
  private DeploymentWithDefinitions deploy(DeploymentBuilder builder) {
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(official.id(), List.copyOf(official.groups()));
    try {
      return builder.deployWithResult();
    } catch (ParseException e) {
      List<ModelProblem> problems = new ArrayList<>();
      for (ResourceReport report : e.getResorceReports()) {
        report
            .getErrors()
            .forEach(
                p ->
                    problems.add(
                        ModelProblem.error(p.getMainElementId(), "engine", p.getMessage())));
      }
      if (problems.isEmpty()) {
        problems.add(ModelProblem.error(null, "engine", e.getMessage()));
      }
      throw new StudioProblems.NotPublishable(problems);
    } catch (ProcessEngineException e) {
      throw new StudioProblems.NotPublishable(
          List.of(ModelProblem.error(null, "engine", e.getMessage())));
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }
}
