package vn.motcua.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Modeler element templates offer every property the deployment check asks for. */
class ElementTemplatesUnitTests {

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void procedureTemplateCoversEveryProcedureProperty() throws IOException {
    List<String> bound = properties("motcua-procedure.json");
    assertThat(bound).containsAll(ProcedureRules.REQUIRED).containsAll(ProcedureRules.LEGAL_TIME);
    assertThat(bound).contains(ProcedureRules.KIND, "sameDayCutoff");
    assertThat(bound).containsAll(ProcedureRules.LADDER);
    assertThat(bound)
        .containsAll(PauseReasonRules.SUPPLEMENTATION_OVERRIDES)
        .contains(PauseReasonRules.SUPPLEMENTATION_BASIS, vn.motcua.catalogue.Competence.PROPERTY)
        .contains("pauseReason.VERIFICATION", "pauseReason.TAX_ASSESSMENT");
    assertThat(bound)
        .contains(
            vn.motcua.catalogue.LegalTimeVariant.PREFIX + "EXTENDED",
            vn.motcua.catalogue.LegalTimeVariant.PREFIX + "URGENT");
  }

  @Test
  void stepTemplateCoversEveryStepProperty() throws IOException {
    assertThat(properties("motcua-step.json"))
        .containsExactlyInAnyOrder(
            "role",
            "stepBudget",
            "outsideLegalTime",
            "ladderSoonDueShare",
            "ladderUnitHeadAfter",
            "ladderSupervisorAfter",
            "assignment");
  }

  private List<String> properties(String file) throws IOException {
    JsonNode template =
        json.readTree(Path.of(".camunda", "element-templates", file).toFile()).get(0);
    assertThat(template.get("id").asText()).startsWith("vn.motcua.");
    List<String> names = new ArrayList<>();
    for (JsonNode property : template.get("properties")) {
      JsonNode binding = property.get("binding");
      if ("camunda:property".equals(binding.get("type").asText())) {
        // the Camunda 7 template schema allows String, Dropdown, Boolean or Hidden here: Modeler
        // and the studio refuse the whole template over one "Text" field
        assertThat(property.get("type").asText())
            .as(binding.get("name").asText())
            .isIn("String", "Dropdown", "Boolean", "Hidden");
        names.add(binding.get("name").asText());
      }
    }
    return names;
  }
}
