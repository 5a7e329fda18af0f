package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** Reads and writes the JSON columns of a dossier: the intake data and the checklist. */
@Component
class IntakeData {

  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final TypeReference<List<ChecklistItem>> LIST = new TypeReference<>() {};

  private final ObjectMapper json;

  IntakeData(ObjectMapper json) {
    this.json = json;
  }

  /** The intake data as received, unmodifiable; empty when none was sent. */
  Map<String, Object> data(Dossier dossier) {
    if (dossier.data() == null || dossier.data().isBlank()) {
      return Map.of();
    }
    try {
      return Collections.unmodifiableMap(json.readValue(dossier.data(), MAP));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored dossier data is not JSON: " + dossier.code(), e);
    }
  }

  /** The checklist recorded at the desk, empty for a dossier received without one. */
  List<ChecklistItem> checklist(String stored) {
    if (stored == null || stored.isBlank()) {
      return List.of();
    }
    try {
      return json.readValue(stored, LIST);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored checklist is not JSON", e);
    }
  }

  String write(Object value) {
    try {
      return json.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("dossier data is not serialisable", e);
    }
  }
}
