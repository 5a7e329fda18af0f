package vn.motcua.catalogue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The fields of the Camunda Forms a procedure version's steps and start event show, read once per
 * deployment: a form bound to its deployment ({@code camunda:formRefBinding="deployment"}, as every
 * procedure of ours) never changes. Forms bound to the latest version or to a version number have
 * no fields here (their form may change under a running dossier). The engine is read as the
 * product: callers run without a caller's engine authentication.
 */
@Component
public class StepForms {

  private static final Logger log = LoggerFactory.getLogger(StepForms.class);

  private final RepositoryService repository;
  private final ObjectMapper json;

  /** The forms of each deployment, by deployment id and form id. */
  private final Map<String, Map<String, List<FormField>>> byDeployment = new ConcurrentHashMap<>();

  /** The form each element names, by definition id and element id ("" when none). */
  private final Map<String, String> formRefs = new ConcurrentHashMap<>();

  StepForms(RepositoryService repository, ObjectMapper json) {
    this.repository = repository;
    this.json = json;
  }

  /** The fields of the form of one step (user task) of a procedure version; empty without one. */
  public List<FormField> ofStep(String definitionId, String activityId) {
    String formId =
        formRefs.computeIfAbsent(
            definitionId + '\u0000' + activityId,
            key ->
                formRef(
                    repository.getBpmnModelInstance(definitionId).getModelElementById(activityId)));
    return fields(definitionId, formId);
  }

  /** The fields of the start form of a procedure version (its start event's form); may be empty. */
  public List<FormField> ofStart(String definitionId) {
    String formId =
        formRefs.computeIfAbsent(
            definitionId + "\u0000#start",
            key ->
                repository
                    .getBpmnModelInstance(definitionId)
                    .getModelElementsByType(StartEvent.class)
                    .stream()
                    .filter(start -> start.getParentElement() instanceof Process)
                    .map(StepForms::formRef)
                    .filter(ref -> !ref.isEmpty())
                    .findFirst()
                    .orElse(""));
    return fields(definitionId, formId);
  }

  private List<FormField> fields(String definitionId, String formId) {
    if (formId.isEmpty()) {
      return List.of();
    }
    String deploymentId = repository.getProcessDefinition(definitionId).getDeploymentId();
    return byDeployment.computeIfAbsent(deploymentId, this::read).getOrDefault(formId, List.of());
  }

  /** The element's {@code camunda:formRef} when bound to its deployment, else "". */
  private static String formRef(BaseElement element) {
    String ref = null;
    String binding = null;
    if (element instanceof UserTask task) {
      ref = task.getCamundaFormRef();
      binding = task.getCamundaFormRefBinding();
    } else if (element instanceof StartEvent start) {
      ref = start.getCamundaFormRef();
      binding = start.getCamundaFormRefBinding();
    }
    return ref != null && "deployment".equals(binding) ? ref : "";
  }

  private Map<String, List<FormField>> read(String deploymentId) {
    Map<String, List<FormField>> forms = new HashMap<>();
    for (Resource resource : repository.getDeploymentResources(deploymentId)) {
      if (!resource.getName().endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStreamById(deploymentId, resource.getId())) {
        JsonNode form = json.readTree(in);
        List<FormField> fields = new ArrayList<>();
        collect(form.path("components"), fields);
        forms.put(form.path("id").asText(resource.getName()), List.copyOf(fields));
      } catch (IOException | RuntimeException e) {
        log.warn(
            "{} of deployment {}: not a Camunda Form: {}", resource.getName(), deploymentId, e);
      }
    }
    return Map.copyOf(forms);
  }

  /** Keyed components anywhere in the form, groups included, in form order. */
  private static void collect(JsonNode components, List<FormField> fields) {
    for (JsonNode node : components) {
      String key = node.path("key").asText(null);
      if (key != null && !key.isBlank()) {
        List<FormField.Option> options = new ArrayList<>();
        node.path("values")
            .forEach(
                option ->
                    options.add(
                        new FormField.Option(
                            option.path("value").asText(),
                            option.path("label").asText(option.path("value").asText()))));
        String label = node.path("label").asText(node.path("dateLabel").asText(key));
        fields.add(
            new FormField(
                key,
                node.path("type").asText(),
                label,
                !flagged(node.get("readonly")) && !flagged(node.get("disabled")),
                node.path("subtype").asText(null),
                List.copyOf(options)));
      }
      collect(node.path("components"), fields);
    }
  }

  /** {@code true}, or an expression ({@code "=…"}) that might be true. */
  private static boolean flagged(JsonNode flag) {
    return flag != null && !flag.isNull() && !(flag.isBoolean() && !flag.asBoolean());
  }
}
