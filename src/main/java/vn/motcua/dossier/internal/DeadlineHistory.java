package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.DeadlineReached;

/**
 * Writes every rung of the escalation ladder into the dossier's history, in the transaction that
 * reached it: {@code StepSoonDue}, {@code StepOverdue}, {@code DossierEscalated}, {@code
 * DossierSoonDue}, {@code DossierOverdue}, {@code ApologyDue}, with the step, unit, holder and how
 * late.
 */
@Component
class DeadlineHistory {

  private final DossierRepository dossiers;
  private final DossierEvents history;
  private final ObjectMapper json;

  DeadlineHistory(DossierRepository dossiers, DossierEvents history, ObjectMapper json) {
    this.dossiers = dossiers;
    this.history = history;
    this.json = json;
  }

  @EventListener
  void on(DeadlineReached e) {
    dossiers
        .find(e.dossierCode())
        .ifPresent(
            d ->
                history.record(
                    e.dossierCode(),
                    new DossierEvents.Event(
                        e.at(), e.kind(), d.status(), "system", null, detail(e))));
  }

  private String detail(DeadlineReached e) {
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("rung", e.rung().name());
    put(detail, "taskId", e.taskId());
    put(detail, "step", e.activityId());
    put(detail, "stepName", e.stepName());
    put(detail, "agency", e.agency());
    put(detail, "unit", e.unitGroup());
    put(detail, "holder", e.holder());
    detail.put("lateWorkingMinutes", e.lateMinutes());
    put(detail, "escalatedTo", e.escalatedTo());
    try {
      return json.writeValueAsString(detail);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static void put(Map<String, Object> detail, String key, Object value) {
    if (value != null) {
      detail.put(key, value);
    }
  }
}
