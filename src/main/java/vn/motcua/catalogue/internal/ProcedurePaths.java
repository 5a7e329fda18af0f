package vn.motcua.catalogue.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;

/**
 * The start-to-end path of a process whose steps' budgets add up most: every path from a start
 * event of the process along its sequence flows (and from an activity into the boundary events
 * attached to it), each node at most once per path (a loop back is not walked again), over the
 * process's own flow nodes (event sub-processes, which no flow reaches, stand apart; an embedded
 * sub-process counts as one node without budget, as the deployment rule has always counted only the
 * process's own steps). Walking stops after {@value #LIMIT} nodes; models are a few dozen nodes.
 */
final class ProcedurePaths {

  static final int LIMIT = 200_000;

  /** The largest budget sum on a path, in working minutes, and the steps of that path. */
  record Longest(long minutes, List<String> steps) {}

  private ProcedurePaths() {}

  static Longest longest(Process process, ToLongFunction<UserTask> budget) {
    Map<FlowNode, List<FlowNode>> next = successors(process);
    Walk walk = new Walk(next, budget);
    for (StartEvent start : process.getChildElementsByType(StartEvent.class)) {
      walk.from(start, new LinkedHashSet<>(), 0);
    }
    return new Longest(walk.best, walk.bestSteps);
  }

  private static Map<FlowNode, List<FlowNode>> successors(Process process) {
    Map<FlowNode, List<FlowNode>> next = new HashMap<>();
    for (SequenceFlow flow : process.getChildElementsByType(SequenceFlow.class)) {
      if (flow.getSource() != null && flow.getTarget() != null) {
        next.computeIfAbsent(flow.getSource(), n -> new ArrayList<>()).add(flow.getTarget());
      }
    }
    for (BoundaryEvent boundary : process.getChildElementsByType(BoundaryEvent.class)) {
      if (boundary.getAttachedTo() != null) {
        next.computeIfAbsent(boundary.getAttachedTo(), n -> new ArrayList<>()).add(boundary);
      }
    }
    return next;
  }

  private static final class Walk {
    private final Map<FlowNode, List<FlowNode>> next;
    private final ToLongFunction<UserTask> budget;
    private long best;
    private List<String> bestSteps = List.of();
    private int walked;

    Walk(Map<FlowNode, List<FlowNode>> next, ToLongFunction<UserTask> budget) {
      this.next = next;
      this.budget = budget;
    }

    void from(FlowNode node, Set<FlowNode> path, long sum) {
      if (++walked > LIMIT || !path.add(node)) {
        return;
      }
      long total = sum + (node instanceof UserTask task ? budget.applyAsLong(task) : 0);
      if (total > best) {
        best = total;
        bestSteps = path.stream().filter(UserTask.class::isInstance).map(FlowNode::getId).toList();
      }
      for (FlowNode target : next.getOrDefault(node, List.of())) {
        from(target, path, total);
      }
      path.remove(node);
    }
  }
}
