package vn.motcua.catalogue.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.FormsCarriedOver;
import vn.motcua.catalogue.FormsCarriedOver.CarriedForm;
import vn.motcua.catalogue.IntakeField;
import vn.motcua.catalogue.ModelProblem;
import vn.motcua.engine.ElementProblem;
import vn.motcua.engine.EngineLists;

/**
 * Refuses a deployment whose procedures break {@link ProcedureRules}, from Camunda Modeler as from
 * start-up: a parse error that the engine REST API answers with 400 and the problems listed.
 * Executable processes that are not procedures (shared sub-processes, tests) say {@code kind =
 * support}. Only new deployments are checked, never the ones the engine reloads.
 *
 * <p>Then the forms ({@link DeploymentForms}): a form bound to the deployment that the deployment
 * lacks is carried over from the procedure's previous version ({@link FormsCarriedOver}, audited);
 * a form nothing resolves refuses the deployment. Every path deploys through the engine's deploy
 * command and so through here: start-up ({@link ProcedureDeployer}), the engine REST API ({@code
 * POST /engine-rest/deployment/create}, {@code /deployment/{id}/redeploy}, Camunda Modeler,
 * Cockpit) and the Java API.
 */
@Component
class ProcedureValidation extends AbstractProcessEnginePlugin implements Deployer {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Logger log = LoggerFactory.getLogger(ProcedureValidation.class);

  private final WorkingCalendar calendar;
  private final ApplicationEventPublisher events;

  ProcedureValidation(WorkingCalendar calendar, ApplicationEventPublisher events) {
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPreDeployers(
        EngineLists.append(configuration.getCustomPreDeployers(), this));
  }

  @Override
  public void deploy(DeploymentEntity deployment) {
    if (!deployment.isNew() || deployment.getResources() == null) {
      return;
    }
    Map<String, List<IntakeField>> forms = formFields(deployment);
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".bpmn") || resource.getName().endsWith(".bpmn20.xml")) {
        check(resource, forms);
      }
    }
    CommandContext context = Context.getCommandContext();
    List<CarriedForm> carried = DeploymentForms.complete(deployment, context);
    if (!carried.isEmpty()) {
      log.info(
          "Deployment {} ({}): forms carried over {}",
          deployment.getId(),
          deployment.getName(),
          carried);
      String actor = context.getAuthenticatedUserId();
      events.publishEvent(
          new FormsCarriedOver(
              deployment.getId(),
              deployment.getName(),
              deployment.getSource(),
              deployment.getDeploymentTime().toInstant(),
              actor == null ? "system" : actor,
              carried));
    }
  }

  /** The input fields of the deployment's forms, by form id. */
  static Map<String, List<IntakeField>> formFields(DeploymentEntity deployment) {
    Map<String, List<IntakeField>> forms = new HashMap<>();
    for (ResourceEntity resource : deployment.getResources().values()) {
      if (resource.getName().endsWith(".form")) {
        String form = new String(resource.getBytes(), StandardCharsets.UTF_8);
        try {
          forms.put(JSON.readTree(form).path("id").asText(), StartFormFields.of(form));
        } catch (IOException | UncheckedIOException e) {
          // not a form this check can read: the engine's own parser reports it
        }
      }
    }
    return forms;
  }

  /** The fields of the start form of {@code process}, if the deployment holds it. */
  static List<IntakeField> startFormFields(Process process, Map<String, List<IntakeField>> forms) {
    return process.getChildElementsByType(StartEvent.class).stream()
        .map(StartEvent::getCamundaFormRef)
        .filter(ref -> ref != null && forms.containsKey(ref))
        .findFirst()
        .map(forms::get)
        .orElse(List.of());
  }

  private void check(ResourceEntity resource, Map<String, List<IntakeField>> forms) {
    BpmnModelInstance model =
        Bpmn.readModelFromStream(new ByteArrayInputStream(resource.getBytes()));
    List<Problem> problems = new ArrayList<>();
    for (Process process : model.getModelElementsByType(Process.class)) {
      boolean support =
          ProcedureRules.SUPPORT.equals(ExtensionProperties.of(process).get(ProcedureRules.KIND));
      if (process.isExecutable() && !support) {
        List<ModelProblem> found =
            new ArrayList<>(ProcedureRules.check(process, calendar.officeHours()));
        found.addAll(
            LegalTimeVariantRules.checkStartForm(
                process, ExtensionProperties.of(process), startFormFields(process, forms)));
        found.stream()
            .filter(ModelProblem::isError)
            .map(p -> new ElementProblem(p.elementId() + ": " + p.message(), process.getId()))
            .forEach(problems::add);
      }
    }
    if (!problems.isEmpty()) {
      String message =
          "Quy trình không hợp lệ / invalid procedure in "
              + resource.getName()
              + ": "
              + String.join("; ", problems.stream().map(Problem::getMessage).toList());
      throw new ParseException(message, resource.getName(), problems, List.of());
    }
  }
}
