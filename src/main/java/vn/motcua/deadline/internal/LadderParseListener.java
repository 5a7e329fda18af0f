package vn.motcua.deadline.internal;

import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.helper.BpmnProperties;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.el.Expression;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.TimerDeclarationType;
import org.camunda.bpm.engine.impl.jobexecutor.TimerEventJobHandler;
import org.camunda.bpm.engine.impl.jobexecutor.TimerTaskListenerJobHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TimerEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.Deadlines;
import vn.motcua.deadline.Rung;
import vn.motcua.engine.EngineLists;

/**
 * Puts the escalation ladder on every user task that has a budget ({@code stepBudget}), in every
 * deployment, from start-up or from Camunda Modeler: four timeout task listeners (SOON_DUE,
 * OVERDUE, UNIT_HEAD, SUPERVISOR) whose timer dates come from {@link EscalationLadder#stepRungAt}.
 * Only the first rung's timer is created with the task; each rung, when it fires, reaches every
 * later rung already due and creates the timer of the next one ahead, so a step holds one ladder
 * job at a time and a clock that jumps past all four rungs costs one job, not four. It also sets a
 * follow-up date at the SOON_DUE instant (Tasklist's "Sắp đến hạn" filter), and the built-in
 * listeners of {@link StepTracker}. Also closes a dossier's flag when its process ends. An
 * administrator cannot forget the ladder; a procedure tunes it with extension properties (see
 * {@link LadderSettings}).
 *
 * <p>This is the one place that builds engine internals by hand (what BpmnParse does for a {@code
 * camunda:taskListener event="timeout"} written in the XML).
 */
@Component
class LadderParseListener extends AbstractProcessEnginePlugin {

  static final List<Rung> STEP_RUNGS =
      List.of(Rung.SOON_DUE, Rung.OVERDUE, Rung.UNIT_HEAD, Rung.SUPERVISOR);

  private final ObjectProvider<EscalationLadder> ladder;
  private final ObjectProvider<StepTracker> tracker;
  private final ObjectProvider<DeadlineStore> store;

  LadderParseListener(
      ObjectProvider<EscalationLadder> ladder,
      ObjectProvider<StepTracker> tracker,
      ObjectProvider<DeadlineStore> store) {
    this.ladder = ladder;
    this.tracker = tracker;
    this.store = store;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostBPMNParseListeners(
        EngineLists.append(configuration.getCustomPostBPMNParseListeners(), new Parse()));
  }

  private class Parse extends AbstractBpmnParseListener {

    @Override
    public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
      TaskDefinition definition =
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
      TaskListener track = task -> tracker.getObject().notify(task);
      for (String event :
          List.of(
              TaskListener.EVENTNAME_CREATE,
              TaskListener.EVENTNAME_ASSIGNMENT,
              TaskListener.EVENTNAME_UPDATE,
              TaskListener.EVENTNAME_COMPLETE,
              TaskListener.EVENTNAME_DELETE)) {
        definition.addBuiltInTaskListener(event, track);
      }
      if (!hasBudget(element)) {
        return;
      }
      activity.setScope(true);
      activity.setEventScope(activity);
      Map<String, TimerDeclarationImpl> timers = new KeptDeclarations();
      Map<Rung, TimerDeclarationImpl> byRung = new EnumMap<>(Rung.class);
      for (Rung rung : STEP_RUNGS) {
        String listenerId = "ladder-" + rung.name();
        TimerDeclarationImpl timer = timer(activity, listenerId, rung);
        timers.put(listenerId, timer);
        byRung.put(rung, timer);
        // byRung is complete by the time any of these listeners fires
        definition.addTimeoutTaskListener(
            listenerId, task -> ladder.getObject().stepTimerFired(task, rung, byRung));
      }
      activity
          .getProperties()
          .putMapEntry(BpmnProperties.TIMEOUT_LISTENER_DECLARATIONS, activity.getId(), timers);
      if (definition.getFollowUpDateExpression() == null) {
        definition.setFollowUpDateExpression(rungExpression(Rung.SOON_DUE));
      }
    }

    @Override
    public void parseProcess(Element element, ProcessDefinitionEntity process) {
      ExecutionListener started = this::processStarted;
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, started);
      ExecutionListener ended = this::processEnded;
      process.addBuiltInListener(ExecutionListener.EVENTNAME_END, ended);
    }

    /**
     * The dossier's deadline row exists from the start, so that later rungs only update it: two
     * nodes raising the flag of one dossier at once serialise on the row instead of racing to
     * insert it.
     */
    private void processStarted(DelegateExecution execution) {
      String code = execution.getProcessBusinessKey();
      DeadlineStore deadlines = store.getObject();
      if (code != null && deadlines.dossierExists(code)) {
        deadlines.startDossier(code, ladder.getObject().now());
      }
    }

    private void processEnded(DelegateExecution execution) {
      String code = execution.getProcessBusinessKey();
      Date due = (Date) execution.getVariable(Deadlines.LEGAL_DUE_VARIABLE);
      DeadlineStore deadlines = store.getObject();
      if (code != null && due != null && deadlines.dossierExists(code)) {
        var now = ladder.getObject().now();
        deadlines.finishDossier(code, now.isAfter(due.toInstant()), now);
      }
    }

    private TimerDeclarationImpl timer(ActivityImpl activity, String listenerId, Rung rung) {
      Expression expression = rungExpression(rung);
      TimerDeclarationImpl timer =
          rung == STEP_RUNGS.get(0) ? new KeyedRung(expression) : new LaterRung(expression);
      timer.setRawJobHandlerConfiguration(
          activity.getId()
              + TimerEventJobHandler.JOB_HANDLER_CONFIG_PROPERTY_DELIMITER
              + TimerEventJobHandler.JOB_HANDLER_CONFIG_TASK_LISTENER_PREFIX
              + listenerId);
      timer.setExclusive(true);
      timer.setActivity(activity);
      timer.setJobConfiguration(TimerDeclarationType.DATE + ": " + expression.getExpressionText());
      return timer;
    }

    private Expression rungExpression(Rung rung) {
      return Context.getProcessEngineConfiguration()
          .getExpressionManager()
          .createExpression("${escalationLadder.stepRungAt(execution, '" + rung.name() + "')}");
    }

    private boolean hasBudget(Element task) {
      Element extensions = task.element("extensionElements");
      Namespace camunda = BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS;
      Element properties = extensions == null ? null : extensions.elementNS(camunda, "properties");
      if (properties == null) {
        return false;
      }
      return properties.elementsNS(camunda, "property").stream()
          .anyMatch(
              property ->
                  "stepBudget".equals(property.attribute("name"))
                      && property.attribute("value") != null
                      && !property.attribute("value").isBlank());
    }
  }

  /**
   * The step's ladder declarations, which nothing may remove. Camunda's process instance migration
   * (7.24 {@code ActivityInstanceJobHandler.removeTimeoutListenerJobFromTargetScope}) copies the
   * target's declaration map shallowly and removes each migrated timeout job's declaration from the
   * inner map, which is the cached definition's own: after one migration, new tasks of the target
   * step would lack that rung. Keeping the entry changes nothing else there: a kept declaration
   * whose job was migrated is skipped as "triggered already" when the source step has the same
   * listener.
   */
  static final class KeptDeclarations extends HashMap<String, TimerDeclarationImpl> {
    @Override
    public TimerDeclarationImpl remove(Object key) {
      return get(key);
    }
  }

  /**
   * A ladder timer that carries its process definition's key, id and deployment, as the timers
   * BpmnParse declares do: with them Camunda's job authorizations apply to it (without a key the
   * engine treats a job as "standalone" and lets any logged-in user list, fire, re-date or disable
   * it; camunda-facts §11.1, §11.8 (b)). No job definition: the ladder's jobs do not show in
   * Cockpit's job definitions.
   */
  static class KeyedRung extends TimerDeclarationImpl {

    KeyedRung(Expression expression) {
      super(expression, TimerDeclarationType.DATE, TimerTaskListenerJobHandler.TYPE);
    }

    @Override
    protected void postInitialize(ExecutionEntity execution, TimerEntity timer) {
      super.postInitialize(execution, timer);
      ProcessDefinitionEntity definition = execution.getProcessDefinition();
      if (definition != null) {
        timer.setProcessDefinitionId(definition.getId());
        timer.setProcessDefinitionKey(definition.getKey());
        timer.setDeploymentId(definition.getDeploymentId());
      }
    }
  }

  /**
   * The timer of a rung after the first: declared on the task like the first (so Cockpit can
   * recalculate it), but not created when the task starts. The rung before it creates it when it
   * fires ({@link EscalationLadder#stepTimerFired}), so a step has one ladder timer at a time.
   */
  static final class LaterRung extends KeyedRung {

    LaterRung(Expression expression) {
      super(expression);
    }

    @Override
    public TimerEntity createTimerInstance(ExecutionEntity execution) {
      return null;
    }
  }
}
