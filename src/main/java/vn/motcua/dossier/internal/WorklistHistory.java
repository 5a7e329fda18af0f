package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.worklist.StepActionTaken;

/** Writes the worklist's step actions (claim, unclaim, transfer, return) into the history. */
@Component
class WorklistHistory {

  private final DossierRepository dossiers;
  private final DossierEvents history;
  private final ObjectMapper json;

  WorklistHistory(DossierRepository dossiers, DossierEvents history, ObjectMapper json) {
    this.dossiers = dossiers;
    this.history = history;
    this.json = json;
  }

  @EventListener
  void on(StepActionTaken e) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("taskId", e.taskId());
    detail.put("step", e.step());
    if (e.target() != null) {
      detail.put("target", e.target());
    }
    String text;
    try {
      text = json.writeValueAsString(detail);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
    dossiers
        .find(e.dossierCode())
        .ifPresent(
            d ->
                history.record(
                    e.dossierCode(),
                    new DossierEvents.Event(
                        e.at(), e.action(), d.status(), e.actor(), e.reason(), text)));
  }
}
