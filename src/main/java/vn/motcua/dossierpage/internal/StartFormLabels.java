package vn.motcua.dossierpage.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.springframework.stereotype.Component;

/**
 * The labels of a procedure's start form (the Camunda Form its start event references with {@code
 * camunda:formRef}, bound to the deployment): for each field key, its label and the labels of its
 * choices, so that the data received reads as the reception officer entered it.
 */
@Component
class StartFormLabels {

  /** A field's label, its form-js type and its choices' labels by value. */
  record Field(String label, String type, Map<String, String> choices) {}

  private final RepositoryService repository;
  private final ObjectMapper json;

  StartFormLabels(RepositoryService repository, ObjectMapper json) {
    this.repository = repository;
    this.json = json;
  }

  /** The fields of the start form of this procedure version, in form order; empty when none. */
  Map<String, Field> of(String definitionId) {
    try {
      ProcessDefinition definition = repository.getProcessDefinition(definitionId);
      BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
      return model.getModelElementsByType(StartEvent.class).stream()
          .filter(start -> start.getParentElement() instanceof Process)
          .map(StartEvent::getCamundaFormRef)
          .filter(ref -> ref != null && !ref.isBlank())
          .findFirst()
          .flatMap(ref -> form(definition.getDeploymentId(), ref))
          .map(StartFormLabels::fields)
          .orElse(Map.of());
    } catch (ProcessEngineException e) {
      return Map.of();
    }
  }

  /** The form with this id among the deployment's {@code .form} resources. */
  private Optional<JsonNode> form(String deploymentId, String formId) {
    for (String name : repository.getDeploymentResourceNames(deploymentId)) {
      if (!name.endsWith(".form")) {
        continue;
      }
      try (InputStream in = repository.getResourceAsStream(deploymentId, name)) {
        JsonNode form = json.readTree(in);
        if (formId.equals(form.path("id").asText())) {
          return Optional.of(form);
        }
      } catch (IOException e) {
        // a resource that does not parse is not the form sought
      }
    }
    return Optional.empty();
  }

  private static Map<String, Field> fields(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode c : components) {
      if (c.hasNonNull("key") && c.hasNonNull("label")) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (JsonNode v : c.path("values")) {
          choices.put(v.path("value").asText(), v.path("label").asText());
        }
        fields.put(
            c.get("key").asText(),
            new Field(c.get("label").asText(), c.path("type").asText(), choices));
      }
      collect(c.path("components"), fields);
    }
  }
}
