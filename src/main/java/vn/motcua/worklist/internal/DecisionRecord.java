package vn.motcua.worklist.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.motcua.engine.EngineLists;
import vn.motcua.worklist.StepDecided;

/**
 * Tells who decided what: when a step with a Camunda Form completes, each decision on its form (an
 * editable choice: radio or select field) is published as {@link StepDecided}, e.g. {@code
 * approvalDecision = REJECT}, with the official who completed the step (the engine's authenticated
 * user, else the step's holder). A separate event, so that the dossier's history and the audit
 * trail's existing entries keep their shape; the audit trail records it when it listens.
 */
@Component
class DecisionRecord extends AbstractProcessEnginePlugin {

  private static final Set<String> CHOICES = Set.of("radio", "select");

  private final ObjectProvider<ApplicationEventPublisher> events;
  private final ObjectProvider<ObjectMapper> json;
  private final ObjectProvider<Clock> clock;

  /** The decision fields of forms bound to their deployment, by process definition and step. */
  private final Cache<String, List<JsonNode>> byStep =
      Caffeine.newBuilder().maximumSize(2_000).build();

  DecisionRecord(
      ObjectProvider<ApplicationEventPublisher> events,
      ObjectProvider<ObjectMapper> json,
      ObjectProvider<Clock> clock) {
    this.events = events;
    this.json = json;
    this.clock = clock;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostBPMNParseListeners(
        EngineLists.append(
            configuration.getCustomPostBPMNParseListeners(),
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskListener completed = DecisionRecord.this::completed;
                ((UserTaskActivityBehavior) activity.getActivityBehavior())
                    .getTaskDefinition()
                    .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, completed);
              }
            }));
  }

  private void completed(DelegateTask task) {
    if (task.getProcessInstanceId() == null) {
      return;
    }
    List<JsonNode> decisions = decisions(task);
    if (decisions.isEmpty()) {
      return;
    }
    var authentication =
        task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String actor =
        authentication != null && authentication.getUserId() != null
            ? authentication.getUserId()
            : task.getAssignee();
    String code = task.getExecution().getProcessBusinessKey();
    for (JsonNode field : decisions) {
      String decision = field.path("key").asText();
      String value = String.valueOf(task.getVariable(decision));
      events
          .getObject()
          .publishEvent(
              new StepDecided(
                  code,
                  task.getId(),
                  task.getTaskDefinitionKey(),
                  decision,
                  value,
                  actor,
                  clock.getObject().instant(),
                  field.path("label").asText(decision),
                  optionLabel(field, value)));
    }
  }

  /** The label the form shows for {@code value} (the option's), else the value itself. */
  private static String optionLabel(JsonNode field, String value) {
    for (JsonNode option : field.path("values")) {
      if (value.equals(option.path("value").asText(null))) {
        return option.path("label").asText(value);
      }
    }
    return value;
  }

  /** The editable choice fields of the task's Camunda Form; none for a task without one. */
  private List<JsonNode> decisions(DelegateTask task) {
    var definition = ((TaskEntity) task).getTaskDefinition();
    if (definition == null || definition.getCamundaFormDefinitionKey() == null) {
      return List.of();
    }
    if ("deployment".equals(definition.getCamundaFormDefinitionBinding())) {
      // bound to its deployment, a step's form never changes: read and parsed once per version
      return byStep.get(
          task.getProcessDefinitionId() + "|" + task.getTaskDefinitionKey(), step -> read(task));
    }
    return read(task);
  }

  private List<JsonNode> read(DelegateTask task) {
    List<JsonNode> decisions = new ArrayList<>();
    // the product reads the form, whoever completes the step (a nested command of the completion)
    byte[] form =
        Context.getCommandContext()
            .runWithoutAuthorization(
                () -> {
                  try (InputStream in =
                      task.getProcessEngineServices()
                          .getFormService()
                          .getDeployedTaskForm(task.getId())) {
                    return in.readAllBytes();
                  }
                });
    try {
      collect(json.getObject().readTree(form), decisions);
    } catch (IOException e) {
      return List.of();
    }
    return decisions;
  }

  private static void collect(JsonNode node, List<JsonNode> decisions) {
    if (node.isArray()) {
      node.forEach(child -> collect(child, decisions));
    } else if (node.isObject()) {
      String key = node.path("key").asText(null);
      boolean editable =
          !node.path("disabled").asBoolean(false) && !node.path("readonly").asBoolean(false);
      if (key != null && editable && CHOICES.contains(node.path("type").asText())) {
        decisions.add(node);
      }
      collect(node.path("components"), decisions);
    }
  }
}
