package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * The differences between two versions of a procedure: its metadata (the process's name and
 * extension properties), its elements (by id: added, removed, changed with what changed), the step
 * budgets and the forms (by form id). Pure: reads two models and two form sets.
 */
final class VersionDiff {

  record Ref(int version, String definitionId) {}

  record Change(String what, String before, String after) {}

  record Element(String id, String type, String name) {}

  record Changed(String id, String type, String name, List<Change> changes) {}

  record Elements(List<Element> added, List<Element> removed, List<Changed> changed) {}

  record Budget(String stepId, String name, String before, String after) {}

  record Forms(List<String> added, List<String> removed, List<String> changed) {}

  record Diff(
      String key,
      Ref from,
      Ref to,
      List<Change> metadata,
      Elements elements,
      List<Budget> budgets,
      Forms forms,
      String changeNote) {}

  private VersionDiff() {}

  static Diff of(StudioSources.Source from, StudioSources.Source to, String changeNote) {
    BpmnModelInstance before = read(from.bpmn());
    BpmnModelInstance after = read(to.bpmn());
    Map<String, String> was = metadata(before, from.key());
    Map<String, String> is = metadata(after, to.key());
    return new Diff(
        to.key(),
        new Ref(from.version(), from.definitionId()),
        new Ref(to.version(), to.definitionId()),
        changes(was, is).stream().map(c -> new Change(c.what(), c.before(), c.after())).toList(),
        elements(before, after),
        budgets(before, after),
        forms(from.forms(), to.forms()),
        changeNote);
  }

  private static BpmnModelInstance read(String bpmn) {
    return Bpmn.readModelFromStream(
        new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8)));
  }

  private static Map<String, String> metadata(BpmnModelInstance model, String key) {
    Map<String, String> metadata = new LinkedHashMap<>();
    Process process = model.getModelElementById(key);
    if (process != null) {
      metadata.put("name", process.getName());
      metadata.putAll(properties(process));
    }
    return metadata;
  }

  private static Elements elements(BpmnModelInstance before, BpmnModelInstance after) {
    Map<String, FlowElement> was = byId(before);
    Map<String, FlowElement> is = byId(after);
    List<Element> added = new ArrayList<>();
    List<Element> removed = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    for (var e : is.entrySet()) {
      if (!was.containsKey(e.getKey())) {
        added.add(element(e.getValue()));
      }
    }
    for (var e : was.entrySet()) {
      FlowElement now = is.get(e.getKey());
      if (now == null) {
        removed.add(element(e.getValue()));
        continue;
      }
      List<Change> changes = changes(describe(e.getValue()), describe(now));
      if (!changes.isEmpty()) {
        Element el = element(now);
        changed.add(new Changed(el.id(), el.type(), el.name(), changes));
      }
    }
    return new Elements(added, removed, changed);
  }

  private static List<Budget> budgets(BpmnModelInstance before, BpmnModelInstance after) {
    Map<String, UserTask> was = tasks(before);
    Map<String, UserTask> is = tasks(after);
    TreeSet<String> ids = new TreeSet<>(was.keySet());
    ids.addAll(is.keySet());
    List<Budget> budgets = new ArrayList<>();
    for (String id : ids) {
      String b = budget(was.get(id));
      String a = budget(is.get(id));
      if (!Objects.equals(b, a)) {
        UserTask named = is.containsKey(id) ? is.get(id) : was.get(id);
        budgets.add(new Budget(id, named.getName(), b, a));
      }
    }
    return budgets;
  }

  private static Forms forms(Map<String, JsonNode> was, Map<String, JsonNode> is) {
    List<String> added = is.keySet().stream().filter(id -> !was.containsKey(id)).sorted().toList();
    List<String> removed =
        was.keySet().stream().filter(id -> !is.containsKey(id)).sorted().toList();
    List<String> changed =
        is.keySet().stream()
            .filter(id -> was.containsKey(id) && !was.get(id).equals(is.get(id)))
            .sorted()
            .toList();
    return new Forms(added, removed, changed);
  }

  private static Map<String, UserTask> tasks(BpmnModelInstance model) {
    return model.getModelElementsByType(UserTask.class).stream()
        .collect(Collectors.toMap(UserTask::getId, t -> t, (a, b) -> a, LinkedHashMap::new));
  }

  private static String budget(UserTask task) {
    return task == null ? null : properties(task).get("stepBudget");
  }

  private static Map<String, FlowElement> byId(BpmnModelInstance model) {
    return model.getModelElementsByType(FlowElement.class).stream()
        .collect(Collectors.toMap(FlowElement::getId, e -> e, (a, b) -> a, LinkedHashMap::new));
  }

  private static Element element(FlowElement e) {
    return new Element(e.getId(), e.getElementType().getTypeName(), e.getName());
  }

  /** What the diff compares of one element, by what. */
  private static Map<String, String> describe(FlowElement e) {
    Map<String, String> d = new LinkedHashMap<>();
    d.put("type", e.getElementType().getTypeName());
    d.put("name", e.getName());
    d.put(
        "documentation",
        e.getDocumentations().stream()
            .map(Documentation::getTextContent)
            .collect(Collectors.joining("\n")));
    properties(e).forEach((name, value) -> d.put("property:" + name, value));
    if (e instanceof SequenceFlow flow) {
      d.put("source", flow.getSource() == null ? null : flow.getSource().getId());
      d.put("target", flow.getTarget() == null ? null : flow.getTarget().getId());
      d.put(
          "condition",
          flow.getConditionExpression() == null
              ? null
              : flow.getConditionExpression().getTextContent());
    }
    if (e instanceof UserTask task) {
      d.put("formRef", task.getCamundaFormRef());
      d.put("candidateGroups", task.getCamundaCandidateGroups());
      d.put("dueDate", task.getCamundaDueDate());
    }
    for (TimerEventDefinition timer : e.getChildElementsByType(TimerEventDefinition.class)) {
      d.put("timer", timerText(timer));
    }
    return d;
  }

  private static String timerText(TimerEventDefinition timer) {
    for (var x :
        new BaseElement[] {timer.getTimeDate(), timer.getTimeDuration(), timer.getTimeCycle()}) {
      if (x != null) {
        return x.getTextContent();
      }
    }
    return null;
  }

  private static Map<String, String> properties(BaseElement element) {
    Map<String, String> properties = new LinkedHashMap<>();
    if (element.getExtensionElements() != null) {
      element
          .getExtensionElements()
          .getElementsQuery()
          .filterByType(CamundaProperty.class)
          .list()
          .forEach(p -> properties.put(p.getCamundaName(), p.getCamundaValue()));
      element
          .getExtensionElements()
          .getChildElementsByType(
              org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties.class)
          .forEach(
              ps ->
                  ps.getCamundaProperties()
                      .forEach(p -> properties.put(p.getCamundaName(), p.getCamundaValue())));
    }
    return properties;
  }

  private static List<Change> changes(Map<String, String> was, Map<String, String> is) {
    List<Change> changes = new ArrayList<>();
    var names = new java.util.LinkedHashSet<>(was.keySet());
    names.addAll(is.keySet());
    for (String name : names) {
      String b = blankToNull(was.get(name));
      String a = blankToNull(is.get(name));
      if (!Objects.equals(b, a)) {
        changes.add(new Change(name, b, a));
      }
    }
    return changes;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
