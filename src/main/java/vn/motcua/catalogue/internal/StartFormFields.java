package vn.motcua.catalogue.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import vn.motcua.catalogue.IntakeField;

/** Reads the input fields of a Camunda Form (schemaVersion 16), groups included. */
public final class StartFormFields {

  /** The id of the group holding the applicant's fields in every intake form. */
  public static final String APPLICANT_GROUP = "Group_Applicant";

  private static final ObjectMapper JSON = new ObjectMapper();

  private StartFormFields() {}

  public static List<IntakeField> of(String formJson) {
    List<IntakeField> fields = new ArrayList<>();
    try {
      collect(JSON.readTree(formJson).path("components"), false, fields);
    } catch (IOException e) {
      throw new UncheckedIOException("start form is not JSON", e);
    }
    return List.copyOf(fields);
  }

  private static void collect(JsonNode components, boolean applicant, List<IntakeField> fields) {
    for (JsonNode component : components) {
      boolean inApplicant = applicant || APPLICANT_GROUP.equals(component.path("id").asText());
      if (component.hasNonNull("key")
          && !component.path("disabled").asBoolean(false)
          && !component.path("readonly").asBoolean(false)) {
        fields.add(field(component, inApplicant));
      }
      collect(component.path("components"), inApplicant, fields);
    }
  }

  private static IntakeField field(JsonNode c, boolean applicant) {
    JsonNode validate = c.path("validate");
    List<String> values = new ArrayList<>();
    c.path("values").forEach(value -> values.add(value.path("value").asText()));
    String label = c.path("label").asText(c.path("dateLabel").asText(c.path("key").asText()));
    return new IntakeField(
        c.path("key").asText(),
        label,
        c.path("type").asText(),
        validate.path("required").asBoolean(false),
        applicant,
        validate.has("maxLength") ? validate.path("maxLength").asInt() : null,
        validate.hasNonNull("pattern") ? validate.path("pattern").asText() : null,
        validate.has("min") ? validate.path("min").asDouble() : null,
        validate.has("max") ? validate.path("max").asDouble() : null,
        List.copyOf(values));
  }
}
