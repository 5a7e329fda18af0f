package vn.motcua.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The JSON detail of an entry: the given pairs in order, nulls left out. */
@Component
class AuditDetails {

  private final ObjectMapper json;

  AuditDetails(ObjectMapper json) {
    this.json = json;
  }

  /** {@code of("step", "Task_Appraisal", "target", null)} → {@code {"step":"Task_Appraisal"}}. */
  String of(Object... pairs) {
    Map<String, Object> detail = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      if (pairs[i + 1] != null) {
        detail.put((String) pairs[i], pairs[i + 1]);
      }
    }
    return detail.isEmpty() ? null : write(detail);
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
