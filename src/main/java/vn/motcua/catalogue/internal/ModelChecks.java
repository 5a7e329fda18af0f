package vn.motcua.catalogue.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.IntakeField;
import vn.motcua.catalogue.ModelProblem;
import vn.motcua.catalogue.ProcedureChecks;
import vn.motcua.catalogue.internal.FormReferences.FormReference;
import vn.motcua.catalogue.internal.FormReferences.Kind;

/**
 * The studio's checks of a model: {@link ProcedureRules} and the start form's legal time variants
 * (what {@link ProcedureValidation} refuses a deployment for), then forms ({@code form-missing}),
 * roles ({@code role}), gateways ({@code gateway-default}) and timers ({@link TimerRules}).
 */
@Component
class ModelChecks implements ProcedureChecks {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final WorkingCalendar calendar;
  private final MessageSource messages;

  ModelChecks(WorkingCalendar calendar, MessageSource messages) {
    this.calendar = calendar;
    this.messages = messages;
  }

  @Override
  public Checked check(String bpmn, Map<String, String> forms, Predicate<String> roleHeld) {
    BpmnModelInstance model;
    try {
      model =
          Bpmn.readModelFromStream(
              new ByteArrayInputStream(
                  (bpmn == null ? "" : bpmn).getBytes(StandardCharsets.UTF_8)));
    } catch (RuntimeException e) {
      return new Checked(
          null,
          null,
          List.of(ModelProblem.error(null, "xml", text("xml", e.getMessage()))),
          Set.of());
    }
    List<ModelProblem> problems = new ArrayList<>();
    Map<String, List<IntakeField>> fields = new java.util.HashMap<>();
    forms.forEach(
        (id, json) -> {
          try {
            String declared = JSON.readTree(json).path("id").asText("");
            if (!declared.equals(id)) {
              problems.add(ModelProblem.error(null, "form-invalid", text("form-id", id, declared)));
            }
            fields.put(id, StartFormFields.of(json));
          } catch (Exception e) {
            problems.add(ModelProblem.error(null, "form-invalid", text("form-json", id)));
          }
        });
    Process procedure = null;
    for (Process process : model.getModelElementsByType(Process.class)) {
      boolean support =
          ProcedureRules.SUPPORT.equals(ExtensionProperties.of(process).get(ProcedureRules.KIND));
      if (!process.isExecutable()) {
        continue;
      }
      procedure = procedure == null ? process : procedure;
      if (support) {
        continue; // a shared sub-process or test process: the procedure rules do not apply
      }
      problems.addAll(ProcedureRules.check(process, calendar.officeHours()));
      problems.addAll(
          LegalTimeVariantRules.checkStartForm(
              process,
              ExtensionProperties.of(process),
              ProcedureValidation.startFormFields(process, fields)));
      roles(process, roleHeld, problems);
      gateways(process, problems);
      problems.addAll(
          TimerRules.check(process, calendar.officeHours(), (key, args) -> text(key, args)));
    }
    if (procedure == null) {
      problems.add(ModelProblem.error(null, "xml", text("no-procedure")));
    }
    Set<String> referenced = new LinkedHashSet<>();
    for (FormReference ref : FormReferences.of(model)) {
      String formId = formId(ref);
      referenced.add(formId);
      if (!forms.containsKey(formId)) {
        problems.add(
            ModelProblem.error(ref.elementId(), "form-missing", text("form-missing", formId)));
      }
    }
    return new Checked(
        procedure == null ? null : procedure.getId(),
        procedure == null ? null : procedure.getName(),
        List.copyOf(problems),
        referenced);
  }

  @Override
  public Set<String> formsReferenced(String bpmn) {
    try {
      Set<String> ids = new LinkedHashSet<>();
      FormReferences.of(
              Bpmn.readModelFromStream(
                  new ByteArrayInputStream(bpmn.getBytes(StandardCharsets.UTF_8))))
          .forEach(ref -> ids.add(formId(ref)));
      return ids;
    } catch (RuntimeException e) {
      return Set.of();
    }
  }

  private static String formId(FormReference ref) {
    return ref.kind() == Kind.FORM
        ? ref.key()
        : ref.key().replaceFirst("^forms/", "").replaceFirst("\\.form$", "");
  }

  /** A step whose role is valid but whose group no agency has cannot be assigned anywhere. */
  private void roles(Process process, Predicate<String> roleHeld, List<ModelProblem> problems) {
    for (UserTask task : process.getChildElementsByType(UserTask.class)) {
      String role = ExtensionProperties.of(task).getOrDefault("role", "");
      if (ProcedureRules.isRole(role) && !roleHeld.test(role)) {
        problems.add(ModelProblem.error(task.getId(), "role", text("role-no-agency", role)));
      }
    }
  }

  /**
   * An exclusive gateway whose every outgoing flow (two or more) has a condition and none is the
   * default: when the decision is missing no condition holds and the dossier stops with an
   * incident. A warning: the shipped procedures' reception gateways decide on a required form
   * field.
   */
  private void gateways(Process process, List<ModelProblem> problems) {
    for (ExclusiveGateway gateway :
        process.getModelInstance().getModelElementsByType(ExclusiveGateway.class)) {
      var outgoing = gateway.getOutgoing();
      boolean allConditional = outgoing.stream().allMatch(f -> f.getConditionExpression() != null);
      if (outgoing.size() >= 2
          && allConditional
          && gateway.getDefault() == null
          && within(gateway, process)) {
        problems.add(
            ModelProblem.warning(gateway.getId(), "gateway-default", text("gateway-default")));
      }
    }
  }

  static boolean within(org.camunda.bpm.model.xml.instance.ModelElementInstance e, Process p) {
    for (var at = e; at != null; at = at.getParentElement()) {
      if (at.equals(p)) {
        return true;
      }
    }
    return false;
  }

  String text(String key, Object... args) {
    return messages.getMessage(
        "catalogue.check." + key, args, key, LocaleContextHolder.getLocale());
  }
}
