package vn.motcua.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The forms the executable processes of a BPMN name, on their user tasks and start events (the two
 * places the engine reads a form, BpmnParse.parseFormDefinition): {@code camunda:formRef} with its
 * binding ({@code deployment}, {@code latest} or {@code version}, the only three Camunda 7.24
 * accepts), and {@code camunda:formKey} pointing into the deployment ({@code
 * camunda-forms:deployment:…}, {@code embedded:deployment:…}, {@code deployment:…}, read as
 * AbstractGetDeployedFormCmd reads them). Expressions ({@code ${…}}) cannot be resolved before a
 * dossier runs and are left out; other form keys (application paths) name no deployed resource.
 */
final class FormReferences {

  /** What the reference names: a Camunda Form by its id, or a deployment resource by its name. */
  enum Kind {
    FORM,
    RESOURCE
  }

  /** One form an element names; {@code version} only with the binding {@code version}. */
  record FormReference(
      String processKey, String elementId, Kind kind, String key, String binding, Integer version) {

    /** How an administrator reads it: {@code 'key' (formRefBinding=…)}. */
    String describe() {
      if (kind == Kind.RESOURCE) {
        return "'" + key + "' (camunda:formKey)";
      }
      String bound = "formRefBinding=" + binding;
      return "'" + key + "' (" + (version == null ? bound : bound + ", version " + version) + ")";
    }
  }

  static final String DEPLOYMENT = "deployment";
  static final String LATEST = "latest";
  static final String VERSION = "version";

  private static final List<String> FORM_KEY_PREFIXES = List.of("camunda-forms:", "embedded:");
  private static final String DEPLOYMENT_KEY = "deployment:";

  private FormReferences() {}

  static List<FormReference> of(BpmnModelInstance model) {
    List<FormReference> references = new ArrayList<>();
    for (UserTask task : model.getModelElementsByType(UserTask.class)) {
      add(
          task,
          task.getCamundaFormRef(),
          task.getCamundaFormRefBinding(),
          task.getCamundaFormRefVersion(),
          task.getCamundaFormKey(),
          references);
    }
    for (StartEvent start : model.getModelElementsByType(StartEvent.class)) {
      add(
          start,
          start.getCamundaFormRef(),
          start.getCamundaFormRefBinding(),
          start.getCamundaFormRefVersion(),
          start.getCamundaFormKey(),
          references);
    }
    return references;
  }

  private static void add(
      FlowNode element,
      String formRef,
      String binding,
      String version,
      String formKey,
      List<FormReference> references) {
    Process process = processOf(element);
    if (process == null || !process.isExecutable()) {
      return;
    }
    if (formRef != null && !isExpression(formRef)) {
      if (binding == null || !List.of(DEPLOYMENT, LATEST, VERSION).contains(binding)) {
        return; // missing or unknown binding: the engine's parser refuses it with its message
      }
      Integer number = null;
      if (VERSION.equals(binding)) {
        try {
          number = Integer.valueOf(version == null ? "" : version.strip());
        } catch (NumberFormatException e) {
          return; // an expression or nonsense: the engine's parser judges it
        }
      }
      references.add(
          new FormReference(
              process.getId(), element.getId(), Kind.FORM, formRef.strip(), binding, number));
    } else if (formKey != null && !isExpression(formKey)) {
      String name = formKey.strip();
      for (String prefix : FORM_KEY_PREFIXES) {
        name = name.startsWith(prefix) ? name.substring(prefix.length()) : name;
      }
      if (name.startsWith(DEPLOYMENT_KEY)) {
        references.add(
            new FormReference(
                process.getId(),
                element.getId(),
                Kind.RESOURCE,
                name.substring(DEPLOYMENT_KEY.length()),
                DEPLOYMENT,
                null));
      }
    }
  }

  private static Process processOf(ModelElementInstance element) {
    ModelElementInstance parent = element.getParentElement();
    while (parent != null && !(parent instanceof Process)) {
      parent = parent.getParentElement();
    }
    return (Process) parent;
  }

  private static boolean isExpression(String value) {
    return value.contains("${") || value.contains("#{");
  }
}
