package vn.motcua.security.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Which variables a task completion may write: the fields its Camunda Form declares as editable,
 * never the product's own variables (the dossier's identity, agencies, deadlines). A field the form
 * shows disabled or read-only is display only: it may come back unchanged (form-js may send it),
 * never with another value. A task without a form writes nothing. Engine calls run as the product
 * (the caller's engine authentication is suspended by {@link EngineApiGuard}); the engine itself
 * checks afterwards whether the caller may complete the task.
 */
@Component
class TaskFormFields {

  private static final Logger log = LoggerFactory.getLogger(TaskFormFields.class);

  /**
   * Set by the product, read by its deadlines, ladder, documents and history; never written by a
   * step. (Deadlines.LEGAL_DUE_VARIABLE, AGENCY_VARIABLE, APOLOGY_ISSUED_VARIABLE,
   * DossierReception's start variables, StepRecord.ON_BEHALF_OF_VARIABLE, the supplement and
   * absence processes.)
   */
  static final Set<String> PRODUCT_OWNED =
      Set.of(
          "dossierCode",
          "agency",
          "receivingAgency",
          "resolvingAgency",
          "channel",
          "legalDueAt",
          "apologyIssued",
          "supplementDueAt",
          "onBehalfOf",
          "absenceId",
          "startsAt",
          "endsAt");

  /** How each field of a form may be written. */
  enum Access {
    EDITABLE,
    DISPLAY
  }

  private final TaskService tasks;
  private final FormService forms;
  private final ObjectMapper json;

  /** Fields of the forms bound to their deployment, by process definition and step. */
  private final Cache<String, Map<String, Access>> byStep =
      Caffeine.newBuilder().maximumSize(2_000).build();

  TaskFormFields(TaskService tasks, FormService forms, ObjectMapper json) {
    this.tasks = tasks;
    this.forms = forms;
    this.json = json;
  }

  /**
   * The submitted variables ({@code name → value}, as JSON) the task may not take, sorted; empty
   * when all may be written, or when the task is not found (the engine answers that).
   */
  Set<String> refused(String taskId, Map<String, JsonNode> submitted) {
    Set<String> refused = new TreeSet<>();
    if (submitted.isEmpty()) {
      return refused;
    }
    Task task = tasks.createTaskQuery().taskId(taskId).initializeFormKeys().singleResult();
    if (task == null) {
      return refused;
    }
    Map<String, Access> fields = fields(task);
    submitted.forEach(
        (name, value) -> {
          Access access = fields.get(name);
          boolean allowed =
              !PRODUCT_OWNED.contains(name)
                  && (access == Access.EDITABLE
                      || (access == Access.DISPLAY && unchanged(taskId, name, value)));
          if (!allowed) {
            refused.add(name);
          }
        });
    return refused;
  }

  private Map<String, Access> fields(Task task) {
    var ref = task.getCamundaFormRef();
    if (ref != null && "deployment".equals(ref.getBinding())) {
      // bound to its deployment, a step's form never changes: read and parsed once per version
      return byStep.get(
          task.getProcessDefinitionId() + "|" + task.getTaskDefinitionKey(), step -> read(task));
    }
    return read(task);
  }

  private Map<String, Access> read(Task task) {
    Map<String, Access> fields = new HashMap<>();
    if (task.getCamundaFormRef() == null && task.getFormKey() == null) {
      return fields;
    }
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      collect(json.readTree(form), fields);
    } catch (IOException | RuntimeException e) {
      // not a Camunda Form (an embedded or external form): nothing declares its fields
      log.warn("task {}: form not readable as a Camunda Form: {}", task.getId(), e.toString());
      fields.clear();
    }
    return fields;
  }

  /** Keyed components anywhere in the form, groups and dynamic lists included. */
  private static void collect(JsonNode node, Map<String, Access> fields) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, fields));
      return;
    }
    if (!node.isObject()) {
      return;
    }
    String name = topLevel(node.path("key").asText(null));
    String path = topLevel(node.path("path").asText(null));
    boolean display = flagged(node.get("disabled")) || flagged(node.get("readonly"));
    for (String field : new String[] {name, path}) {
      if (field != null) {
        Access access = display ? Access.DISPLAY : Access.EDITABLE;
        fields.merge(field, access, (a, b) -> a == Access.EDITABLE ? a : b);
      }
    }
    if (node.has("components")) {
      collect(node.get("components"), fields);
    }
  }

  /** A form-js key or path ({@code a.b.c}) writes the process variable {@code a}. */
  private static String topLevel(String key) {
    if (key == null || key.isBlank()) {
      return null;
    }
    int dot = key.indexOf('.');
    return dot < 0 ? key : key.substring(0, dot);
  }

  /** {@code true}, or an expression ({@code "=…"}) that might be true: display only. */
  private static boolean flagged(JsonNode flag) {
    return flag != null && !flag.isNull() && !(flag.isBoolean() && !flag.asBoolean());
  }

  private boolean unchanged(String taskId, String name, JsonNode value) {
    Object current = tasks.getVariable(taskId, name);
    JsonNode submitted = value == null ? null : value.get("value");
    boolean blank = submitted == null || submitted.isNull() || "".equals(submitted.asText(null));
    if (current == null || blank) {
      // a field the form shows empty may come back empty ("" from form-js)
      return current == null ? blank : "".equals(String.valueOf(current)) && blank;
    }
    return Objects.equals(String.valueOf(current), submitted.asText());
  }
}
