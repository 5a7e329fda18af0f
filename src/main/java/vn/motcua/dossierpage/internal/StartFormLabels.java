package vn.motcua.dossierpage.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngineException;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * The labels of a procedure's start form ({@link ProcedureCatalogue#startFormJson}): for each field
 * key, its label and the labels of its choices, so that the data received reads as the reception
 * officer entered it ({@link vn.motcua.catalogue.IntakeField} keeps the choices' values only).
 */
@Component
class StartFormLabels {

  /** A field's label, its form-js type and its choices' labels by value. */
  record Field(String label, String type, Map<String, String> choices) {}

  private final ProcedureCatalogue catalogue;
  private final ObjectMapper json;

  StartFormLabels(ProcedureCatalogue catalogue, ObjectMapper json) {
    this.catalogue = catalogue;
    this.json = json;
  }

  /** The fields of the start form of this procedure version, in form order; empty when none. */
  Map<String, Field> of(String definitionId) {
    try {
      return catalogue.startFormJson(definitionId).map(this::fields).orElse(Map.of());
    } catch (ProcessEngineException | UncheckedIOException e) {
      return Map.of();
    }
  }

  private Map<String, Field> fields(String form) {
    try {
      return fields(json.readTree(form));
    } catch (JsonProcessingException e) {
      return Map.of();
    }
  }

  private static Map<String, Field> fields(JsonNode form) {
    Map<String, Field> fields = new LinkedHashMap<>();
    collect(form.path("components"), fields);
    return fields;
  }

  private static void collect(JsonNode components, Map<String, Field> fields) {
    for (JsonNode c : components) {
      String label = c.path("label").asText(c.path("dateLabel").asText(""));
      if (c.hasNonNull("key") && !label.isEmpty()) {
        Map<String, String> choices = new LinkedHashMap<>();
        for (JsonNode v : c.path("values")) {
          choices.put(v.path("value").asText(), v.path("label").asText());
        }
        fields.put(c.get("key").asText(), new Field(label, c.path("type").asText(), choices));
      }
      collect(c.path("components"), fields);
    }
  }
}
