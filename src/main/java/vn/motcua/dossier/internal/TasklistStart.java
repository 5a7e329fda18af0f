package vn.motcua.dossier.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.IntakeField;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.Channel;
import vn.motcua.engine.EngineLists;
import vn.motcua.organization.Role;

/**
 * Tasklist's "Start process" with a procedure's start form creates a real dossier: every process
 * definition's start form handler is wrapped so that, once the form's variables are on the new
 * process instance and before its timers are set (the deadline ladder needs the legal due date), a
 * procedure's process started without a business key is received as a dossier at the counter of the
 * agency of the official's first reception group ({@link DossierReception#receiveStarted}). The
 * desk's own {@code POST /api/dossiers} starts processes with a business key and without a form, so
 * it never passes here.
 */
@Component
class TasklistStart extends AbstractProcessEnginePlugin {

  /** The start form's applicant fields, each mapped to the dossier's applicant. */
  static final List<String> APPLICANT =
      List.of(
          "applicantName",
          "applicantIdNumber",
          "applicantPhone",
          "applicantEmail",
          "applicantAddress");

  private final ObjectProvider<DossierReception> reception;
  private final ObjectProvider<ProcedureCatalogue> catalogue;

  TasklistStart(
      ObjectProvider<DossierReception> reception, ObjectProvider<ProcedureCatalogue> catalogue) {
    this.reception = reception;
    this.catalogue = catalogue;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostBPMNParseListeners(
        EngineLists.append(configuration.getCustomPostBPMNParseListeners(), new Parse()));
  }

  private class Parse extends AbstractBpmnParseListener {
    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity definition) {
      StartFormHandler handler = definition.getStartFormHandler();
      if (handler != null) {
        definition.setStartFormHandler(new ReceivingHandler(handler));
      }
    }
  }

  /** The engine's handler, then the dossier. */
  private final class ReceivingHandler implements StartFormHandler {

    private final StartFormHandler delegate;

    ReceivingHandler(StartFormHandler delegate) {
      this.delegate = delegate;
    }

    @Override
    public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
      return delegate.createStartFormData(definition);
    }

    @Override
    public void parseConfiguration(
        Element element,
        DeploymentEntity deployment,
        ProcessDefinitionEntity definition,
        BpmnParse parse) {
      delegate.parseConfiguration(element, deployment, definition, parse);
    }

    @Override
    public void submitFormVariables(VariableMap properties, VariableScope scope) {
      delegate.submitFormVariables(properties, scope);
      if (scope instanceof DelegateExecution execution
          && execution.getProcessInstanceId().equals(execution.getId())
          && execution.getProcessBusinessKey() == null) {
        receive(execution);
      }
    }
  }

  private void receive(DelegateExecution execution) {
    Procedure procedure = catalogue.getObject().ofDefinition(execution.getProcessDefinitionId());
    if (procedure.code() == null) {
      return; // not a procedure (the absence and supplement-deadline processes)
    }
    Authentication user =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String agency = receptionAgency(user);
    Map<String, Object> data = new LinkedHashMap<>();
    Map<String, Object> submitted = new LinkedHashMap<>();
    Set<String> applicant = Set.copyOf(APPLICANT);
    for (IntakeField field : catalogue.getObject().intakeFields(procedure.definitionId())) {
      Object value = execution.getVariable(field.key());
      if (value != null) {
        Object plain = value instanceof java.util.Date date ? iso(date) : value;
        submitted.put(field.key(), plain);
        if (!applicant.contains(field.key())) {
          data.put(field.key(), plain);
        }
      }
    }
    reception
        .getObject()
        .receiveStarted(
            new NewDossierRequest(
                procedure.key(),
                agency,
                Channel.COUNTER,
                new NewDossierRequest.Applicant(
                    text(execution, "applicantName"),
                    text(execution, "applicantIdNumber"),
                    text(execution, "applicantPhone"),
                    text(execution, "applicantEmail"),
                    text(execution, "applicantAddress")),
                data),
            submitted,
            execution);
  }

  /** The agency of the official's first reception group (by group id). */
  private static String receptionAgency(Authentication user) {
    if (user == null || user.getGroupIds() == null) {
      throw new AuthorizationException("a dossier is received by a signed-in reception officer");
    }
    return user.getGroupIds().stream()
        .filter(group -> group.endsWith(":" + Role.RECEPTION.id()))
        .sorted()
        .map(Role::agencyOf)
        .findFirst()
        .orElseThrow(
            () ->
                new AuthorizationException(
                    user.getUserId()
                        + " may not receive dossiers: only a reception officer (vai trò không được"
                        + " phép)"));
  }

  private static String text(DelegateExecution execution, String name) {
    Object value = execution.getVariable(name);
    return value == null || value.toString().isBlank() ? null : value.toString();
  }

  private static String iso(java.util.Date date) {
    return date.toInstant()
        .atZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh"))
        .toLocalDate()
        .toString();
  }
}
