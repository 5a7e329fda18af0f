package vn.motcua.taskform.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import vn.motcua.attachment.Attachments;
import vn.motcua.catalogue.FormField;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.StepForms;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * Gathers what the panel of one open step shows. The dossier is read under the caller's access rule
 * ({@link Dossiers#find} refuses an official who may not read it); the engine's history and the
 * forms are read as the product, by the caller of {@link #of} (the filter suspends the caller's
 * engine authentication).
 */
@Component
class PanelFacts {

  private static final String COMPLETED = "completed";

  private final Dossiers dossiers;
  private final Attachments attachments;
  private final ProcedureCatalogue catalogue;
  private final StepForms forms;
  private final Agencies agencies;
  private final HistoryService history;
  private final IdentityService identity;
  private final ObjectMapper json;

  PanelFacts(
      Dossiers dossiers,
      Attachments attachments,
      ProcedureCatalogue catalogue,
      StepForms forms,
      Agencies agencies,
      HistoryService history,
      IdentityService identity,
      ObjectMapper json) {
    this.dossiers = dossiers;
    this.attachments = attachments;
    this.catalogue = catalogue;
    this.forms = forms;
    this.agencies = agencies;
    this.history = history;
    this.identity = identity;
    this.json = json;
  }

  /** The dossier summary of the step's dossier, under the caller's access rule. */
  DossierSummary dossier(String code) {
    return dossiers.find(code);
  }

  /** The facts for {@code task} of dossier {@code d}, read as the product. */
  DossierPanel.Facts of(
      Task task, DossierSummary d, List<DossierHistoryEntry> entries, String contextPath) {
    return new DossierPanel.Facts(
        d,
        catalogue.ofDefinition(d.procedureDefinitionId()).name(),
        agencyName(d.receivingAgency()),
        agencyName(d.resolvingAgency()),
        newAppointment(entries),
        forms.ofStart(d.procedureDefinitionId()),
        attachments.of(d.code()),
        earlierSteps(task),
        returned(task, entries),
        contextPath);
  }

  List<DossierHistoryEntry> history(String code) {
    return dossiers.history(code);
  }

  private String agencyName(String code) {
    return code == null ? null : agencies.find(code).map(Agency::name).orElse(code);
  }

  /** The appointment an apology letter (form 04) gave, if any. */
  private Instant newAppointment(List<DossierHistoryEntry> entries) {
    Instant at = null;
    for (DossierHistoryEntry e : entries) {
      if ("EXTENDED".equals(e.kind())) {
        String text = detail(e).path("newDueAt").asText(null);
        at = text == null ? at : Instant.parse(text);
      }
    }
    return at;
  }

  /** The latest return to this step, if the dossier came back to it. */
  private DossierPanel.Returned returned(Task task, List<DossierHistoryEntry> entries) {
    DossierPanel.Returned returned = null;
    for (DossierHistoryEntry e : entries) {
      if ("RETURNED".equals(e.kind())
          && task.getTaskDefinitionKey().equals(detail(e).path("target").asText(null))) {
        returned = new DossierPanel.Returned(name(e.actor()), e.at(), e.reason());
      }
    }
    return returned;
  }

  /**
   * The steps completed before, oldest first, each with the fields its form let the official fill
   * (decisions with their option labels, opinions as written), from the process's variables.
   */
  private List<DossierPanel.EarlierStep> earlierSteps(Task task) {
    List<HistoricTaskInstance> done =
        history
            .createHistoricTaskInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .finished()
            .orderByHistoricTaskInstanceEndTime()
            .asc()
            .list()
            .stream()
            .filter(t -> COMPLETED.equals(t.getDeleteReason()))
            .toList();
    if (done.isEmpty()) {
      return List.of();
    }
    Map<String, Object> values = new HashMap<>();
    for (HistoricVariableInstance v :
        history
            .createHistoricVariableInstanceQuery()
            .processInstanceId(task.getProcessInstanceId())
            .list()) {
      if (Objects.equals(v.getActivityInstanceId(), task.getProcessInstanceId())
          || !values.containsKey(v.getName())) {
        values.put(v.getName(), v.getValue());
      }
    }
    // a step run twice (after a return) shows once, at its latest completion
    Map<String, HistoricTaskInstance> latest = new LinkedHashMap<>();
    done.forEach(
        t -> {
          latest.remove(t.getTaskDefinitionKey());
          latest.put(t.getTaskDefinitionKey(), t);
        });
    List<DossierPanel.EarlierStep> steps = new ArrayList<>();
    for (HistoricTaskInstance t : latest.values()) {
      List<DossierPanel.Entry> entries = new ArrayList<>();
      for (FormField field : forms.ofStep(t.getProcessDefinitionId(), t.getTaskDefinitionKey())) {
        Object value = values.get(field.key());
        if (field.editable() && value != null && !"".equals(value)) {
          entries.add(new DossierPanel.Entry(field, value));
        }
      }
      steps.add(
          new DossierPanel.EarlierStep(
              t.getName(), name(t.getAssignee()), t.getEndTime().toInstant(), entries));
    }
    return steps;
  }

  private String name(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    if (user == null) {
      return userId;
    }
    String full =
        ((user.getFirstName() == null ? "" : user.getFirstName())
                + " "
                + (user.getLastName() == null ? "" : user.getLastName()))
            .strip();
    return full.isEmpty() ? userId : full;
  }

  private JsonNode detail(DossierHistoryEntry e) {
    try {
      return e.detail() == null ? json.nullNode() : json.readTree(e.detail());
    } catch (IOException ex) {
      return json.nullNode();
    }
  }
}
