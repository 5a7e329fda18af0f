package vn.motcua.catalogue.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.junit.jupiter.api.Test;

class ProcedurePathsUnitTests {

  private static final Map<String, Long> BUDGETS = Map.of("A", 10L, "B", 30L, "C", 20L, "D", 5L);

  @Test
  void takesTheHeaviestBranchNotTheSumOfAllSteps() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("p")
            .startEvent()
            .userTask("A")
            .exclusiveGateway("G")
            .userTask("B")
            .userTask("D")
            .endEvent("E1")
            .moveToNode("G")
            .userTask("C")
            .endEvent("E2")
            .done();
    var longest = ProcedurePaths.longest(process(model), t -> BUDGETS.get(t.getId()));
    assertThat(longest.minutes()).isEqualTo(45);
    assertThat(longest.steps()).containsExactly("A", "B", "D");
  }

  @Test
  void walksALoopOnlyOncePerPath() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("p")
            .startEvent()
            .exclusiveGateway("Back")
            .userTask("A")
            .userTask("C")
            .exclusiveGateway("G")
            .endEvent()
            .moveToNode("G")
            .connectTo("Back")
            .done();
    var longest = ProcedurePaths.longest(process(model), t -> BUDGETS.get(t.getId()));
    assertThat(longest.minutes()).isEqualTo(30);
    assertThat(longest.steps()).containsExactly("A", "C");
  }

  @Test
  void followsBoundaryEventsFromTheirActivity() {
    BpmnModelInstance model =
        Bpmn.createExecutableProcess("p")
            .startEvent()
            .userTask("A")
            .boundaryEvent("Late")
            .timerWithDuration("PT1H")
            .userTask("B")
            .endEvent()
            .moveToActivity("A")
            .endEvent()
            .done();
    assertThat(ProcedurePaths.longest(process(model), t -> BUDGETS.get(t.getId())).minutes())
        .isEqualTo(40);
  }

  private static Process process(BpmnModelInstance model) {
    return model.getModelElementById("p");
  }
}
