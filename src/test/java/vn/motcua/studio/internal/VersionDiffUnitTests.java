package vn.motcua.studio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import org.junit.jupiter.api.Test;

class VersionDiffUnitTests {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void listsAddedRemovedAndChangedElementsMetadataBudgetsAndForms() throws Exception {
    String before = model("0", "Tiếp nhận", "PT4H", "Old");
    String after = model("50.000", "Tiếp nhận hồ sơ", "PT8H", "New");
    var from =
        new StudioSources.Source(
            "p",
            1,
            "p:1",
            before,
            Map.of(
                "f1",
                JSON.readTree("{\"id\":\"f1\",\"a\":1}"),
                "f2",
                JSON.readTree("{\"id\":\"f2\"}")));
    var to =
        new StudioSources.Source(
            "p",
            2,
            "p:2",
            after,
            Map.of(
                "f1",
                JSON.readTree("{\"id\":\"f1\",\"a\":2}"),
                "f3",
                JSON.readTree("{\"id\":\"f3\"}")));

    VersionDiff.Diff diff = VersionDiff.of(from, to, "note");

    assertThat(diff.metadata()).containsExactly(new VersionDiff.Metadata("fee", "0", "50.000"));
    assertThat(diff.elements().added()).extracting(VersionDiff.Element::id).contains("New");
    assertThat(diff.elements().removed()).extracting(VersionDiff.Element::id).contains("Old");
    assertThat(diff.elements().changed())
        .filteredOn(c -> c.id().equals("A"))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.changes())
                    .contains(
                        new VersionDiff.Change("name", "Tiếp nhận", "Tiếp nhận hồ sơ"),
                        new VersionDiff.Change("property:stepBudget", "PT4H", "PT8H")));
    assertThat(diff.budgets())
        .containsExactly(new VersionDiff.Budget("A", "Tiếp nhận hồ sơ", "PT4H", "PT8H"));
    assertThat(diff.forms())
        .isEqualTo(
            new VersionDiff.Forms(
                java.util.List.of("f3"), java.util.List.of("f2"), java.util.List.of("f1")));
    assertThat(diff.changeNote()).isEqualTo("note");
  }

  private static String model(String fee, String name, String budget, String last) {
    return """
        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="D" targetNamespace="t">
          <bpmn:process id="p" name="Thủ tục" isExecutable="true">
            <bpmn:extensionElements><camunda:properties>
              <camunda:property name="fee" value="%s" />
            </camunda:properties></bpmn:extensionElements>
            <bpmn:startEvent id="S" />
            <bpmn:userTask id="A" name="%s">
              <bpmn:extensionElements><camunda:properties>
                <camunda:property name="stepBudget" value="%s" />
              </camunda:properties></bpmn:extensionElements>
            </bpmn:userTask>
            <bpmn:userTask id="%s" />
            <bpmn:sequenceFlow id="F1" sourceRef="S" targetRef="A" />
            <bpmn:sequenceFlow id="F2" sourceRef="A" targetRef="%s" />
          </bpmn:process>
        </bpmn:definitions>
        """
        .formatted(fee, name, budget, last, last);
  }
}
