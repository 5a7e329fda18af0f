package vn.motcua.studio.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The longest path by budget through a process's flow, and the model it is read from. */
class PreviewGraphUnitTests {

  private final List<String> nodes = new ArrayList<>();
  private final Map<String, List<String>> successors = new HashMap<>();
  private final Map<String, Long> weights = new HashMap<>();

  private void flow(String from, String... to) {
    for (String node : List.of(from)) {
      if (!nodes.contains(node)) {
        nodes.add(node);
      }
    }
    for (String target : to) {
      if (!nodes.contains(target)) {
        nodes.add(target);
      }
      successors.computeIfAbsent(from, k -> new ArrayList<>()).add(target);
    }
  }

  private List<String> longest(List<String> ends) {
    return new PreviewGraph(nodes, successors, weights).longestPath(List.of("start"), ends);
  }

  @Test
  void takesTheHeavierBranchOfAGateway() {
    flow("start", "a");
    flow("a", "split");
    flow("split", "short", "long");
    flow("short", "join");
    flow("long", "join");
    flow("join", "end");
    weights.putAll(Map.of("a", 60L, "short", 240L, "long", 960L));
    assertThat(longest(List.of("end")))
        .containsExactly("start", "a", "split", "long", "join", "end");
  }

  @Test
  void aRefusalEndIsShorterThanTheWholeProcedure() {
    flow("start", "reception");
    flow("reception", "gateway");
    flow("gateway", "refused", "appraisal");
    flow("appraisal", "end");
    weights.putAll(Map.of("reception", 120L, "appraisal", 480L));
    assertThat(longest(List.of("refused", "end")))
        .containsExactly("start", "reception", "gateway", "appraisal", "end");
  }

  @Test
  void aStepSentBackIsWalkedOnce() {
    flow("start", "reception");
    flow("reception", "appraisal");
    flow("appraisal", "decision");
    flow("decision", "reception", "approval"); // sent back: a cycle
    flow("approval", "end");
    weights.putAll(Map.of("reception", 60L, "appraisal", 480L, "approval", 120L));
    assertThat(longest(List.of("end")))
        .containsExactly("start", "reception", "appraisal", "decision", "approval", "end");
  }

  @Test
  void theChainToAStepOffThePathIsItsOwnHeaviestOne() {
    flow("start", "split");
    flow("split", "a", "b");
    flow("a", "c");
    flow("b", "end");
    flow("c", "end");
    weights.putAll(Map.of("a", 10L, "b", 500L, "c", 10L));
    var graph = new PreviewGraph(nodes, successors, weights);
    assertThat(graph.longestPath(List.of("start"), List.of("end")))
        .containsExactly("start", "split", "b", "end");
    assertThat(graph.chains(List.of("start")).get("c")).containsExactly("start", "split", "a", "c");
  }

  @Test
  void equalPathsGoToTheFirstInTheModel() {
    flow("start", "split");
    flow("split", "first", "second");
    flow("first", "end");
    flow("second", "end");
    weights.putAll(Map.of("first", 100L, "second", 100L));
    assertThat(longest(List.of("end"))).containsExactly("start", "split", "first", "end");
  }

  @Test
  void withoutAReachableEndTheHeaviestChainCounts() {
    flow("start", "a");
    flow("a", "b");
    weights.putAll(Map.of("a", 5L, "b", 5L));
    assertThat(longest(List.of("nowhere"))).containsExactly("start", "a", "b");
  }

  @Test
  void theModelOfAProcedureLeavesTheRungSubProcessesOutAndEntersEmbeddedOnes() throws IOException {
    PreviewModel model =
        PreviewModel.read(
            Files.readString(Path.of("processes", "land-use-certificate-first.bpmn")));
    assertThat(model.key()).isEqualTo("land-use-certificate-first");
    assertThat(model.properties()).containsEntry("legalWorkingDays", "20");
    assertThat(model.steps()).doesNotContainKey("Task_IssueApology");
    assertThat(model.steps()).containsKeys("Task_Reception", "Task_Eligibility");
    assertThat(model.steps().get("Task_TaxAssessment").outsideLegalTime()).isTrue();
    // the public posting sub-process is entered at its start event and left from its end event
    assertThat(model.successors().get("SubProcess_PublicPosting"))
        .containsExactly("Event_PostingStarted");
    assertThat(model.successors().get("Event_PostingEnded")).containsExactly("Task_Eligibility");
    Map<String, Long> budgets = new HashMap<>();
    model.steps().keySet().forEach(id -> budgets.put(id, 1L));
    List<String> path =
        new PreviewGraph(model.nodes(), model.successors(), budgets)
            .longestPath(model.starts(), model.ends());
    assertThat(path)
        .startsWith("StartEvent_DossierSubmitted", "Task_Reception")
        .contains("Timer_PostingEnds", "Task_TaxAssessment", "Task_ApplicantPayment")
        .endsWith("Task_ResultReturn", "EndEvent_ResultReturned");
  }
}
