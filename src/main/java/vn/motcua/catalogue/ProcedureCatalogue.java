package vn.motcua.catalogue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.internal.ExtensionProperties;
import vn.motcua.catalogue.internal.StartFormFields;

/**
 * The deployed procedures and the metadata of each version. Versions never change once deployed.
 */
@Component
public class ProcedureCatalogue {

  private final RepositoryService repository;
  private final Map<String, Procedure> byDefinitionId = new ConcurrentHashMap<>();

  /**
   * The extension properties of each element read so far, by definition id and element id: the
   * engine asks for them several times per step (budget, ladder), and a version never changes.
   * Grows with the versions deployed and their elements (a few hundred entries).
   */
  private final Map<String, Map<String, String>> byElement = new ConcurrentHashMap<>();

  private final Map<String, List<IntakeField>> fieldsByDefinition = new ConcurrentHashMap<>();
  private final Map<String, String> startFormJsonByDefinition = new ConcurrentHashMap<>();
  private final ObjectMapper json = new ObjectMapper();

  ProcedureCatalogue(RepositoryService repository) {
    this.repository = repository;
  }

  /**
   * The key of the Camunda Form on the start event of a procedure version (its intake fields), if
   * its start event has one.
   */
  public Optional<String> startForm(String definitionId) {
    return repository
        .getBpmnModelInstance(definitionId)
        .getModelElementsByType(StartEvent.class)
        .stream()
        .filter(event -> event.getParentElement() instanceof Process)
        .map(StartEvent::getCamundaFormRef)
        .filter(ref -> ref != null && !ref.isBlank())
        .findFirst();
  }

  /**
   * The input fields of a procedure version's start form; empty when it has none. Read once per
   * version.
   */
  public List<IntakeField> intakeFields(String definitionId) {
    return fieldsByDefinition.computeIfAbsent(
        definitionId, id -> startFormJson(id).map(StartFormFields::of).orElse(List.of()));
  }

  /**
   * The Camunda Form JSON of a procedure version's start form, if it has one, read once per version
   * from the version's own deployment (the start event's form is bound to it). A start event naming
   * a form its deployment lacks (a BPMN deployed alone) counts as having none: the dossier is then
   * received without an intake check. The deployment's resources are read here rather than through
   * {@code FormService#getDeployedStartForm}, whose not-found exception would mark the caller's
   * transaction for rollback.
   */
  public Optional<String> startFormJson(String definitionId) {
    return startFormJsonByDefinition
        .computeIfAbsent(
            definitionId,
            id -> startForm(id).flatMap(formId -> deployedForm(id, formId)).orElse(""))
        .transform(json -> json.isEmpty() ? Optional.<String>empty() : Optional.of(json));
  }

  private Optional<String> deployedForm(String definitionId, String formId) {
    String deploymentId = repository.getProcessDefinition(definitionId).getDeploymentId();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStreamById(deploymentId, resource.getId())) {
        String form = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (formId.equals(json.readTree(form).path("id").asText())) {
          return Optional.of(form);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Optional.empty();
  }

  /** The latest deployed version of the procedure with this key. */
  public Optional<Procedure> latest(String key) {
    return Optional.ofNullable(
            repository
                .createProcessDefinitionQuery()
                .processDefinitionKey(key)
                .latestVersion()
                .singleResult())
        .map(
            definition ->
                byDefinitionId.computeIfAbsent(definition.getId(), id -> read(definition)));
  }

  /** The latest version of every deployed procedure (processes with a {@code procedureCode}). */
  public List<Procedure> all() {
    return repository
        .createProcessDefinitionQuery()
        .latestVersion()
        .orderByProcessDefinitionKey()
        .asc()
        .list()
        .stream()
        .map(
            definition ->
                byDefinitionId.computeIfAbsent(definition.getId(), id -> read(definition)))
        .filter(procedure -> procedure.code() != null)
        .toList();
  }

  /** The procedure version with this definition id (the one a dossier runs on). */
  public Procedure ofDefinition(String definitionId) {
    return byDefinitionId.computeIfAbsent(
        definitionId, id -> read(repository.getProcessDefinition(id)));
  }

  /** The version number of a deployed procedure version. */
  public int version(String definitionId) {
    return repository.getProcessDefinition(definitionId).getVersion();
  }

  /**
   * The steps of a procedure version: its user tasks in model order with their extension
   * properties, not counting those of event sub-processes (the apology task of the deadline
   * ladder).
   */
  public List<Step> steps(String definitionId) {
    return repository
        .getBpmnModelInstance(definitionId)
        .getModelElementsByType(UserTask.class)
        .stream()
        .filter(
            task -> !(task.getParentElement() instanceof SubProcess sub && sub.triggeredByEvent()))
        .map(task -> new Step(task.getId(), task.getName(), properties(task)))
        .toList();
  }

  /** The extension properties of one element of a procedure version; empty when it has none. */
  public Map<String, String> elementProperties(String definitionId, String elementId) {
    return byElement.computeIfAbsent(
        definitionId + '\u0000' + elementId,
        key -> {
          BaseElement element =
              repository.getBpmnModelInstance(definitionId).getModelElementById(elementId);
          return element == null ? Map.of() : Map.copyOf(properties(element));
        });
  }

  /**
   * The budget of one step, from the {@code stepBudget} property (ISO-8601 duration) of its
   * element.
   */
  public Optional<Duration> stepBudget(String definitionId, String activityId) {
    return budget(elementProperties(definitionId, activityId));
  }

  private Procedure read(ProcessDefinition definition) {
    BaseElement process =
        repository
            .getBpmnModelInstance(definition.getId())
            .getModelElementById(definition.getKey());
    return Procedure.of(
        definition.getKey(),
        definition.getId(),
        definition.getVersion(),
        definition.getName(),
        properties(process));
  }

  /**
   * The budget a step's extension properties give it ({@code stepBudget}, an ISO-8601 duration), as
   * the engine reads it for {@code deadlines.stepDue}.
   *
   * @throws java.time.format.DateTimeParseException when the budget is malformed
   */
  public static Optional<Duration> budget(Map<String, String> stepProperties) {
    return Optional.ofNullable(stepProperties.get("stepBudget"))
        .filter(budget -> !budget.isBlank())
        .map(budget -> Duration.parse(budget.strip()));
  }

  /** The extension properties ({@code camunda:property}) of a BPMN element, by name. */
  public static Map<String, String> properties(BaseElement element) {
    return ExtensionProperties.of(element);
  }
}
