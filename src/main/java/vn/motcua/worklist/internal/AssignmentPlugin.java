package vn.motcua.worklist.internal;

import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import vn.motcua.engine.EngineLists;

/**
 * In every deployment, when any user task is created: {@link AssignmentStrategies} picks its
 * holder, {@link Delegation} sends it on to a deputy if that holder is away, and {@link
 * SupervisorVisibility} lets the supervisors above its agency read it, and {@link RowVariables}
 * gives it the dossier code and applicant that Tasklist shows in its row; on every assignment
 * {@link Delegation} keeps "on behalf of" true.
 */
@Component
class AssignmentPlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<AssignmentStrategies> strategies;
  private final ObjectProvider<Delegation> delegation;
  private final ObjectProvider<SupervisorVisibility> supervisors;
  private final ObjectProvider<RowVariables> rows;

  AssignmentPlugin(
      ObjectProvider<AssignmentStrategies> strategies,
      ObjectProvider<Delegation> delegation,
      ObjectProvider<SupervisorVisibility> supervisors,
      ObjectProvider<RowVariables> rows) {
    this.strategies = strategies;
    this.delegation = delegation;
    this.supervisors = supervisors;
    this.rows = rows;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setCustomPostBPMNParseListeners(
        EngineLists.append(
            configuration.getCustomPostBPMNParseListeners(),
            new AbstractBpmnParseListener() {
              @Override
              public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                TaskListener created =
                    task -> {
                      strategies.getObject().assign(task);
                      delegation.getObject().created(task);
                      supervisors.getObject().created(task);
                      rows.getObject().created(task);
                    };
                TaskListener assigned = task -> delegation.getObject().assigned(task);
                var definition =
                    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, created);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_ASSIGNMENT, assigned);
              }
            }));
  }
}
