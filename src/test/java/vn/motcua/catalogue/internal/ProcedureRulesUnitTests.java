package vn.motcua.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import vn.motcua.calendar.OfficeHours;
import vn.motcua.catalogue.ModelProblem;

/**
 * The deployment rule on budgets counts the heaviest start-to-end path, no longer the sum of every
 * step: two alternative branches may each fit the legal time together.
 */
class ProcedureRulesUnitTests {

  @Test
  void alternativeBranchesAreNotAddedUp() {
    assertThat(budgetProblems(branches("P1D"))).isEmpty();
  }

  @Test
  void aBranchBeyondTheLegalTimeIsRefusedOnTheProcess() {
    assertThat(budgetProblems(branches("P2D")))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.elementId()).isEqualTo("p");
              assertThat(p.isError()).isTrue();
              assertThat(p.message()).contains("[A, C]");
            });
  }

  /**
   * A (2 days) then B (1 day) or C; legal time 3 working days; every step sum is 4 days or more.
   */
  private static BpmnModelInstance branches(String c) {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("p")
            .startEvent()
            .userTask("A")
            .exclusiveGateway("G")
            .userTask("B")
            .endEvent("E1")
            .moveToNode("G")
            .userTask("C")
            .endEvent("E2")
            .done();
    properties(model, "p", Map.of("legalWorkingDays", "3"));
    properties(model, "A", Map.of("role", "specialist", "stepBudget", "P2D"));
    properties(model, "B", Map.of("role", "specialist", "stepBudget", "P1D"));
    properties(model, "C", Map.of("role", "specialist", "stepBudget", c));
    return model;
  }

  private static java.util.List<ModelProblem> budgetProblems(BpmnModelInstance model) {
    Process process = model.getModelElementById("p");
    return ProcedureRules.check(process, OfficeHours.PROVINCE_DEFAULT).stream()
        .filter(p -> p.rule().equals("legal-time-path"))
        .toList();
  }

  private static void properties(BpmnModelInstance model, String id, Map<String, String> values) {
    BaseElement element = model.getModelElementById(id);
    ExtensionElements extensions = model.newInstance(ExtensionElements.class);
    CamundaProperties properties = model.newInstance(CamundaProperties.class);
    values.forEach(
        (name, value) -> {
          CamundaProperty property = model.newInstance(CamundaProperty.class);
          property.setCamundaName(name);
          property.setCamundaValue(value);
          properties.addChildElement(property);
        });
    extensions.addChildElement(properties);
    element.setExtensionElements(extensions);
  }
}
