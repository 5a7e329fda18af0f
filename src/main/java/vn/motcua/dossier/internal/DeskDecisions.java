package vn.motcua.dossier.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.catalogue.IntakeField;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.DeskIntake;
import vn.motcua.dossier.DeskReception.Decision;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.security.CurrentOfficial;

/**
 * The desk's intake and decision behind {@link vn.motcua.dossier.DeskReception}. Receiving and
 * refusing complete the dossier's reception step ({@code Task_Reception}) as the officer, with the
 * reception form's fields ({@code receptionDecision}, {@code documentsDigitised}, {@code
 * receptionNote}, and any other field of that form the intake data carries, e.g. the judicial
 * record's {@code certificateType}); a request for completion is the supplementation request of the
 * reception stage (form 02), listing the missing documents.
 */
@Component
public class DeskDecisions {

  /** The reception step's element id, a convention of every procedure's BPMN. */
  static final String RECEPTION_STEP = "Task_Reception";

  private static final Set<String> RECEPTION_FIELDS =
      Set.of("receptionDecision", "documentsDigitised", "receptionNote");

  private final DossierReception reception;
  private final DossierActions actions;
  private final DossierReader reader;
  private final DossierRepository dossiers;
  private final ProcedureCatalogue catalogue;
  private final TaskService tasks;
  private final FormService forms;
  private final IdentityService identity;
  private final CurrentOfficial official;
  private final IntakeData intake;
  private final DeskChecklist deskChecklist;

  DeskDecisions(
      DossierReception reception,
      DossierActions actions,
      DossierReader reader,
      DossierRepository dossiers,
      ProcedureCatalogue catalogue,
      TaskService tasks,
      FormService forms,
      IdentityService identity,
      CurrentOfficial official,
      IntakeData intake,
      DeskChecklist deskChecklist) {
    this.deskChecklist = deskChecklist;
    this.reception = reception;
    this.actions = actions;
    this.reader = reader;
    this.dossiers = dossiers;
    this.catalogue = catalogue;
    this.tasks = tasks;
    this.forms = forms;
    this.identity = identity;
    this.official = official;
    this.intake = intake;
  }

  @Transactional
  public DossierSummary takeIn(DeskIntake desk, Decision decision) {
    Procedure procedure =
        catalogue
            .latest(desk.procedure())
            .orElseThrow(() -> new DossierProblems.UnknownProcedureException(desk.procedure()));
    List<ChecklistItem> checklist = deskChecklist.items(procedure, desk.checklist(), decision);
    var a = desk.applicant();
    NewDossierRequest request =
        new NewDossierRequest(
            desk.procedure(),
            desk.agency(),
            desk.channel(),
            new NewDossierRequest.Applicant(
                a.fullName(), a.idNumber(), a.phone(), a.email(), a.address()),
            desk.data(),
            desk.commune());
    Dossier dossier = reception.receive(request, checklist, true);
    return reader.summary(dossier.code());
  }

  @Transactional
  public DossierSummary decide(String code, Decision decision, String reason, boolean digitised) {
    Dossier d =
        dossiers.find(code).orElseThrow(() -> new DossierProblems.DossierNotFoundException(code));
    List<ChecklistItem> checklist = intake.checklist(d.checklist());
    switch (decision) {
      case RECEIVE -> completeReception(d, "ACCEPT", reason, digitised);
      case REFUSE -> completeReception(d, "REFUSE", reason, digitised);
      case REQUEST_COMPLETION -> requestCompletion(d, reason, checklist);
    }
    return reader.summary(code);
  }

  private void requestCompletion(Dossier d, String reason, List<ChecklistItem> checklist) {
    List<String> items = new ArrayList<>();
    checklist.stream()
        .filter(item -> DeskIntake.Received.MISSING.name().equals(item.received()))
        .forEach(item -> items.add(item.name()));
    if (items.isEmpty()) {
      items.add(reason);
    }
    actions.requestSupplement(d.code(), new ActionRequests.Supplementation(reason, items));
  }

  /** Completes the reception step as the officer: the engine records them as its actor. */
  private void completeReception(Dossier d, String decision, String note, boolean digitised) {
    ActionPolicy.Action action =
        decision.equals("ACCEPT") ? ActionPolicy.Action.RECEIVE : ActionPolicy.Action.REFUSAL;
    if (ActionPolicy.rolesAllowed(
            action, official.groups(), d.receivingAgency(), d.resolvingAgency())
        .isEmpty()) {
      throw new DossierProblems.ActionNotAllowedException(
          d.code(), action, ActionPolicy.allowedCells(action));
    }
    Task task =
        tasks
            .createTaskQuery()
            .processInstanceId(d.processInstanceId())
            .taskDefinitionKey(RECEPTION_STEP)
            .singleResult();
    if (task == null) {
      throw new IllegalStateException("no reception step open on " + d.code());
    }
    Map<String, Object> variables = new HashMap<>();
    Set<String> formFields = new HashSet<>(receptionFormFields(task));
    intake
        .data(d)
        .forEach(
            (key, value) -> {
              if (formFields.contains(key) && !RECEPTION_FIELDS.contains(key)) {
                variables.put(key, value);
              }
            });
    variables.put("receptionDecision", decision);
    variables.put("documentsDigitised", digitised);
    variables.put("receptionNote", note == null ? "" : note);
    Authentication previous = identity.getCurrentAuthentication();
    identity.setAuthentication(official.id(), List.copyOf(official.groups()));
    try {
      tasks.claim(task.getId(), official.id());
      forms.submitTaskForm(task.getId(), variables);
    } finally {
      if (previous == null) {
        identity.clearAuthentication();
      } else {
        identity.setAuthentication(previous);
      }
    }
  }

  private List<String> receptionFormFields(Task task) {
    try (InputStream form = forms.getDeployedTaskForm(task.getId())) {
      return IntakeField.of(new String(form.readAllBytes(), StandardCharsets.UTF_8)).stream()
          .map(IntakeField::key)
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
