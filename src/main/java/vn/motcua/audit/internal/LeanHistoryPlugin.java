package vn.motcua.audit.internal;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Camunda's history stays at level {@code full}, so the history service, Cockpit and history
 * clean-up work as before, but three kinds of rows that nothing here reads are not written:
 *
 * <ul>
 *   <li>{@code ACT_HI_DETAIL}: every value every variable ever had, one row per variable per change
 *       (a dossier's 20-odd form fields at each step), and the submitted form fields. The
 *       variables' latest values stay in {@code ACT_HI_VARINST}, and the audit trail records each
 *       action with what it changed;
 *   <li>{@code ACT_HI_IDENTITYLINK}: each candidate group and holder of each task, over time. The
 *       audit trail records claims, transfers and escalations.
 * </ul>
 *
 * <p>The user operation log (actions taken in Cockpit or over the engine's REST API, which the
 * audit trail does not see) and the job log (which node ran which job) are kept. Measured in the
 * lifecycle benchmark: a quarter of the engine's history inserts (see BENCHMARKS.md). {@code
 * motcua.history.details=true} writes them all again, from the next start. Hand-written: Camunda's
 * own levels drop more than these (level {@code audit} drops the job and operation logs too).
 */
@Component
class LeanHistoryPlugin extends AbstractProcessEnginePlugin {

  private final boolean details;

  LeanHistoryPlugin(@Value("${motcua.history.details:false}") boolean details) {
    this.details = details;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (details || !configuration.isEnableDefaultDbHistoryEventHandler()) {
      return;
    }
    List<HistoryEventHandler> handlers = new ArrayList<>();
    handlers.add(new LeanDbHistoryEventHandler());
    if (configuration.getCustomHistoryEventHandlers() != null) {
      handlers.addAll(configuration.getCustomHistoryEventHandlers());
    }
    // the engine then composes these without its own database handler, which ours replaces
    configuration.setEnableDefaultDbHistoryEventHandler(false);
    configuration.setCustomHistoryEventHandlers(handlers);
  }

  /** Camunda's database history handler, without variable details and identity link history. */
  static class LeanDbHistoryEventHandler extends DbHistoryEventHandler {

    @Override
    public void handleEvent(HistoryEvent event) {
      if (event instanceof HistoricFormPropertyEventEntity
          || event instanceof HistoricIdentityLinkLogEventEntity) {
        return;
      }
      super.handleEvent(event);
    }

    @Override
    protected boolean shouldWriteHistoricDetail(HistoricVariableUpdateEventEntity event) {
      return false;
    }
  }
}
