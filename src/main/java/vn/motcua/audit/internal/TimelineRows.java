package vn.motcua.audit.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.catalogue.Step;
import vn.motcua.organization.Officials;

/**
 * Turns a dossier's audit entries into the timeline's rows, in the reader's language: officials by
 * full name (their login id kept beside), groups by role and agency, actions and statuses by label,
 * the step and what the action pointed at.
 */
@Component
class TimelineRows {

  /** One line of the timeline. */
  record Row(
      long seq,
      ZonedDateTime at,
      String actorId,
      String actor,
      String onBehalfOfId,
      String onBehalfOf,
      String action,
      String note,
      String before,
      String after,
      String reason) {

    public boolean changed() {
      return before == null ? after != null : !before.equals(after);
    }
  }

  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  private final Officials officials;
  private final MessageSource messages;
  private final ObjectMapper json;
  private final ProcedureCatalogue catalogue;

  TimelineRows(
      Officials officials,
      MessageSource messages,
      ObjectMapper json,
      ProcedureCatalogue catalogue) {
    this.catalogue = catalogue;
    this.officials = officials;
    this.messages = messages;
    this.json = json;
  }

  /** The rows, with step names from the dossier's procedure version {@code definitionId}. */
  List<Row> of(List<AuditEntry> entries, String definitionId, ZoneId zone, Locale locale) {
    Map<String, String> names = new HashMap<>();
    Map<String, String> steps =
        catalogue.steps(definitionId).stream()
            .filter(step -> step.name() != null)
            .collect(Collectors.toMap(Step::id, Step::name, (a, b) -> a));
    return entries.stream()
        .map(
            e -> {
              boolean people = StepAudit.TASK.equals(e.subjectType());
              return new Row(
                  e.id(),
                  e.at().atZone(zone),
                  e.actor(),
                  name(e.actor(), names, locale),
                  e.onBehalfOf(),
                  e.onBehalfOf() == null ? null : name(e.onBehalfOf(), names, locale),
                  text("audit.action." + e.action(), e.action(), locale),
                  note(e, steps, zone, locale),
                  "DECIDED".equals(e.action())
                      ? null
                      : state(e.beforeState(), people, names, locale),
                  "DECIDED".equals(e.action())
                      ? detail(e.detail()).path("valueLabel").asText(e.afterState())
                      : state(e.afterState(), people, names, locale),
                  e.reason());
            })
        .toList();
  }

  private String state(String state, boolean person, Map<String, String> names, Locale locale) {
    if (state == null) {
      return person ? text("audit.nobody", "-", locale) : null;
    }
    return person ? name(state, names, locale) : text("audit.state." + state, state, locale);
  }

  /** The step, and where a return, an extension or an escalation pointed. */
  private String note(AuditEntry e, Map<String, String> steps, ZoneId zone, Locale locale) {
    JsonNode detail = detail(e.detail());
    String id = detail.path("step").asText("");
    String step = detail.path("stepName").asText(steps.getOrDefault(id, id));
    String target =
        switch (e.action()) {
          case "RETURNED" ->
              steps.getOrDefault(
                  detail.path("target").asText(""), detail.path("target").asText(""));
          case "EXTENDED" -> day(detail.path("newDueAt").asText(""), zone);
          case "RESUMED" -> day(detail.path("newDueAt").asText(""), zone);
          case "DossierEscalated" -> group(detail.path("escalatedTo").asText(""), locale);
          case "DECIDED" -> detail.path("decisionLabel").asText("");
          case "DOCUMENT_ADDED" -> document(detail, locale);
          default -> "";
        };
    return step.isEmpty() || target.isEmpty() ? step + target : step + " → " + target;
  }

  /** A document added: its kind, file name, size and SHA-256, in words. */
  private String document(JsonNode detail, Locale locale) {
    long bytes = detail.path("size").asLong();
    NumberFormat number = NumberFormat.getNumberInstance(locale);
    number.setMaximumFractionDigits(1);
    String size =
        bytes < 1024
            ? bytes + " B"
            : bytes < 1024 * 1024
                ? number.format(bytes / 1024.0) + " KB"
                : number.format(bytes / (1024.0 * 1024)) + " MB";
    return messages.getMessage(
        "audit.document.note",
        new Object[] {
          detail.path("kind").asText(""),
          detail.path("fileName").asText(""),
          size,
          detail.path("sha256").asText("")
        },
        locale);
  }

  private static String day(String instant, ZoneId zone) {
    return instant.isEmpty() ? "" : DAY.format(Instant.parse(instant).atZone(zone));
  }

  private JsonNode detail(String text) {
    try {
      return text == null ? json.createObjectNode() : json.readTree(text);
    } catch (JsonProcessingException e) {
      return json.createObjectNode();
    }
  }

  private String name(String userId, Map<String, String> names, Locale locale) {
    if ("system".equals(userId)) {
      return text("audit.system", userId, locale);
    }
    return names.computeIfAbsent(userId, officials::fullName);
  }

  /** A group by role and agency in the reader's language; nothing for none. */
  private String group(String groupId, Locale locale) {
    return groupId.isEmpty() ? "" : officials.groupName(groupId, locale);
  }

  private String text(String code, String fallback, Locale locale) {
    return messages.getMessage(code, null, fallback, locale);
  }
}
