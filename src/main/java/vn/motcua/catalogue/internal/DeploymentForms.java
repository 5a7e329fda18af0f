package vn.motcua.catalogue.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.CamundaFormDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ResourceTypes;
import org.camunda.bpm.model.bpmn.Bpmn;
import vn.motcua.catalogue.FormsCarriedOver.CarriedForm;
import vn.motcua.catalogue.internal.FormReferences.FormReference;
import vn.motcua.catalogue.internal.FormReferences.Kind;
import vn.motcua.engine.ElementProblem;

/**
 * Makes a new deployment able to render every form its processes name, before the engine's
 * deployers run (so that the form deployer registers what is added here). Camunda Modeler deploys
 * the BPMN file alone, and {@code deploy-changed-only} leaves unchanged forms out: a form bound to
 * the deployment ({@code formRefBinding="deployment"}, or a {@code camunda:formKey} into it) that
 * the deployment lacks is <b>carried over</b> from the newest previous version of the same process
 * that has it, as a copy of that resource under the same name in the new deployment; dossiers
 * already running keep their own deployment's forms. A reference that nothing resolves (a form no
 * version ever had, a {@code latest} form never deployed, a {@code version} that does not exist) is
 * <b>refused</b> with one problem per referencing element; nothing is deployed.
 */
final class DeploymentForms {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * The forms and resources the deployment holds, by form id and by resource name, and what was
   * carried over into it.
   */
  private record Held(
      Map<String, String> formIds,
      Map<String, ResourceEntity> resources,
      List<CarriedForm> carried,
      List<ResourceEntity> copies) {}

  private DeploymentForms() {}

  /**
   * Carries the missing forms over into {@code deployment} (inserting their resources) and returns
   * what it carried; throws a {@link ParseException} listing every reference nothing resolves.
   */
  static List<CarriedForm> complete(DeploymentEntity deployment, CommandContext context) {
    Held held = held(deployment);
    List<FormReference> references = new ArrayList<>();
    for (ResourceEntity resource : held.resources().values()) {
      String name = resource.getName();
      if (name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml")) {
        references.addAll(
            FormReferences.of(Bpmn.readModelFromStream(new ByteArrayInputStream(bytes(resource)))));
      }
    }
    List<FormReference> missing = new ArrayList<>();
    for (FormReference reference : references) {
      if (!resolves(reference, held, context) && !carry(reference, deployment, held, context)) {
        missing.add(reference);
      }
    }
    if (!missing.isEmpty()) {
      throw refusal(missing);
    }
    for (ResourceEntity copy : held.copies()) { // as DeploymentManager.insertDeployment does
      copy.setDeploymentId(deployment.getId());
      copy.setType(ResourceTypes.REPOSITORY.getValue());
      copy.setCreateTime(ClockUtil.getCurrentTime());
      deployment.addResource(copy);
      context.getResourceManager().insertResource(copy);
    }
    return List.copyOf(held.carried());
  }

  private static Held held(DeploymentEntity deployment) {
    Map<String, String> formIds = new HashMap<>();
    Map<String, ResourceEntity> resources = new LinkedHashMap<>(deployment.getResources());
    for (ResourceEntity resource : resources.values()) {
      String id = formId(resource);
      if (id != null) {
        formIds.put(id, resource.getName());
      }
    }
    return new Held(formIds, resources, new ArrayList<>(), new ArrayList<>());
  }

  private static boolean resolves(FormReference ref, Held held, CommandContext context) {
    if (ref.kind() == Kind.RESOURCE) {
      return held.resources().containsKey(ref.key());
    }
    var definitions = context.getCamundaFormDefinitionManager();
    return switch (ref.binding()) {
      case FormReferences.LATEST ->
          held.formIds().containsKey(ref.key())
              || definitions.findLatestDefinitionByKeyAndTenantId(ref.key(), null) != null;
      case FormReferences.VERSION -> {
        if (definitions.findDefinitionByKeyVersionAndTenantId(ref.key(), ref.version(), null)
            != null) {
          yield true;
        }
        // the version this deployment's copy of the form is about to become
        CamundaFormDefinitionEntity latest =
            definitions.findLatestDefinitionByKeyAndTenantId(ref.key(), null);
        int next = latest == null ? 1 : latest.getVersion() + 1;
        yield held.formIds().containsKey(ref.key()) && ref.version() == next;
      }
      default -> held.formIds().containsKey(ref.key());
    };
  }

  /**
   * Copies the form from the newest previous version of the process whose deployment has it; only
   * for references bound to the deployment (a {@code latest} or {@code version} form that no
   * deployment holds cannot be in a previous one either).
   */
  private static boolean carry(
      FormReference ref, DeploymentEntity deployment, Held held, CommandContext context) {
    if (!FormReferences.DEPLOYMENT.equals(ref.binding())) {
      return false;
    }
    List<ProcessDefinition> versions =
        new ArrayList<>(
            context.getProcessDefinitionManager().findProcessDefinitionsByKeyIn(ref.processKey()));
    versions.sort(Comparator.comparingInt(ProcessDefinition::getVersion).reversed());
    for (ProcessDefinition version : versions) {
      String from = version.getDeploymentId();
      String name = ref.key();
      if (ref.kind() == Kind.FORM) {
        CamundaFormDefinitionEntity form =
            context.getCamundaFormDefinitionManager().findDefinitionByDeploymentAndKey(from, name);
        if (form == null) {
          continue;
        }
        name = form.getResourceName();
      }
      ResourceEntity source =
          context.getResourceManager().findResourceByDeploymentIdAndResourceName(from, name);
      if (source == null || held.resources().containsKey(name)) {
        continue; // gone, or its name is taken by another of the deployment's resources
      }
      ResourceEntity copy = new ResourceEntity();
      copy.setName(name);
      copy.setBytes(source.getBytes());
      held.resources().put(name, copy);
      held.copies().add(copy);
      held.carried()
          .add(
              new CarriedForm(
                  ref.key(), name, from, ref.processKey(), version.getVersion(), ref.elementId()));
      String id = formId(copy);
      if (id != null) {
        held.formIds().put(id, name);
      }
      return resolves(ref, held, context);
    }
    return false;
  }

  /** The {@code id} of a Camunda Form resource; null for other resources or unreadable forms. */
  private static String formId(ResourceEntity resource) {
    if (!resource.getName().endsWith(".form")) {
      return null;
    }
    try {
      String id = JSON.readTree(bytes(resource)).path("id").asText(null);
      return id == null || id.isBlank() ? null : id;
    } catch (IOException e) {
      return null; // the engine's form deployer refuses it with its own message
    }
  }

  private static byte[] bytes(ResourceEntity resource) {
    return resource.getBytes() == null ? new byte[0] : resource.getBytes();
  }

  private static ParseException refusal(List<FormReference> missing) {
    List<Problem> problems = new ArrayList<>();
    for (FormReference ref : missing) {
      problems.add(
          new ElementProblem(
              "%s (quy trình %s) dùng biểu mẫu %s nhưng gói triển khai không có biểu mẫu này và không phiên bản trước nào của quy trình có nó (form not found in the deployment nor in a previous version)"
                  .formatted(ref.elementId(), ref.processKey(), ref.describe()),
              ref.elementId()));
    }
    String message =
        "Triển khai bị từ chối, thiếu biểu mẫu / deployment refused, missing forms: "
            + String.join(
                "; ", missing.stream().map(r -> r.describe() + " tại " + r.elementId()).toList())
            + ". Hãy triển khai kèm các tệp .form mà quy trình dùng (deploy the .form files with"
            + " the BPMN).";
    return new ParseException(message, "forms", problems, List.of());
  }
}
