package vn.motcua.studio.internal;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import vn.motcua.catalogue.ProcedureCatalogue;

/**
 * What the deadline preview reads from a BPMN model: the process (id, name, extension properties),
 * its steps (user tasks outside event sub-processes, with their properties) in model order, and its
 * flow as a graph. An embedded sub-process is entered at its start events and left from its end
 * events; a boundary event follows the element it is attached to; event sub-processes (the dossier
 * rungs) are not part of the flow.
 */
record PreviewModel(
    String key,
    String name,
    Map<String, String> properties,
    Map<String, Step> steps,
    List<String> nodes,
    Map<String, List<String>> successors,
    List<String> starts,
    List<String> ends) {

  /** One user task: its id, name and extension properties ({@code role}, {@code stepBudget}…). */
  record Step(String id, String name, Map<String, String> properties) {
    String role() {
      return properties.get("role");
    }

    String budget() {
      return properties.get("stepBudget");
    }

    boolean outsideLegalTime() {
      return "true".equals(properties.get("outsideLegalTime"));
    }
  }

  /**
   * Reads {@code xml}; its first executable process (the first process when none is marked).
   *
   * @throws IllegalArgumentException when it is no BPMN model with a process
   */
  static PreviewModel read(String xml) {
    BpmnModelInstance model;
    try {
      model =
          Bpmn.readModelFromStream(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("not a BPMN model", e);
    }
    return of(model);
  }

  /** The preview's view of a model, deployed or not. */
  static PreviewModel of(BpmnModelInstance model) {
    List<Process> processes = List.copyOf(model.getModelElementsByType(Process.class));
    Process process =
        processes.stream()
            .filter(Process::isExecutable)
            .findFirst()
            .orElse(processes.isEmpty() ? null : processes.get(0));
    if (process == null || process.getId() == null) {
      throw new IllegalArgumentException("no process");
    }
    Map<String, Step> steps = new LinkedHashMap<>();
    List<String> nodes = new ArrayList<>();
    Map<String, List<String>> successors = new HashMap<>();
    List<SubProcess> subProcesses = new ArrayList<>();
    collect(process.getFlowElements(), steps, nodes, successors, subProcesses);
    subProcesses.forEach(sub -> enter(sub, successors));
    List<String> starts = new ArrayList<>();
    List<String> ends = new ArrayList<>();
    for (FlowElement element : process.getFlowElements()) {
      if (element instanceof StartEvent) {
        starts.add(element.getId());
      } else if (element instanceof EndEvent) {
        ends.add(element.getId());
      }
    }
    return new PreviewModel(
        process.getId(),
        process.getName(),
        ProcedureCatalogue.properties(process),
        steps,
        nodes,
        successors,
        starts,
        ends);
  }

  private static void collect(
      java.util.Collection<FlowElement> elements,
      Map<String, Step> steps,
      List<String> nodes,
      Map<String, List<String>> successors,
      List<SubProcess> subProcesses) {
    for (FlowElement element : elements) {
      if (element instanceof SubProcess sub && sub.triggeredByEvent()) {
        continue;
      }
      if (element instanceof FlowNode node) {
        nodes.add(node.getId());
      }
      if (element instanceof SequenceFlow flow
          && flow.getSource() != null
          && flow.getTarget() != null) {
        edge(successors, flow.getSource().getId(), flow.getTarget().getId());
      }
      if (element instanceof UserTask task) {
        steps.put(
            task.getId(),
            new Step(task.getId(), task.getName(), ProcedureCatalogue.properties(task)));
      }
      if (element instanceof BoundaryEvent boundary && boundary.getAttachedTo() != null) {
        edge(successors, boundary.getAttachedTo().getId(), boundary.getId());
      }
      if (element instanceof SubProcess sub) {
        collect(sub.getFlowElements(), steps, nodes, successors, subProcesses);
        subProcesses.add(sub);
      }
    }
  }

  /**
   * The flow goes through an embedded sub-process: in at its start events, out from its end events
   * (a sub-process without a start event stays one element).
   */
  private static void enter(SubProcess sub, Map<String, List<String>> successors) {
    List<String> starts =
        sub.getFlowElements().stream()
            .filter(StartEvent.class::isInstance)
            .map(FlowElement::getId)
            .toList();
    if (starts.isEmpty()) {
      return;
    }
    List<String> after = successors.getOrDefault(sub.getId(), List.of());
    successors.put(sub.getId(), new ArrayList<>());
    starts.forEach(start -> edge(successors, sub.getId(), start));
    for (FlowElement inner : sub.getFlowElements()) {
      if (inner instanceof EndEvent) {
        after.forEach(target -> edge(successors, inner.getId(), target));
      }
    }
  }

  private static void edge(Map<String, List<String>> successors, String from, String to) {
    successors.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
  }
}
