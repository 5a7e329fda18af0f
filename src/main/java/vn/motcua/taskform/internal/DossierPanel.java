package vn.motcua.taskform.internal;

import static vn.motcua.taskform.internal.PanelHtml.link;
import static vn.motcua.taskform.internal.PanelHtml.text;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import vn.motcua.attachment.Attachment;
import vn.motcua.catalogue.FormField;
import vn.motcua.dossier.DossierSummary;

/**
 * The panel a step's form opens with, as the text of a form-js {@code text} component: one HTML
 * block (no blank line inside, so Markdown leaves it whole), every dossier value escaped ({@link
 * PanelHtml}). Labels of the intake data and of earlier decisions are the forms' own; times are
 * local ({@code dd/MM/yyyy HH:mm}).
 */
final class DossierPanel {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
  static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

  /** One earlier step: its name, who completed it, when, and what its form recorded. */
  record EarlierStep(String name, String completedBy, Instant completedAt, List<Entry> entries) {}

  /** A field an earlier step filled and its value. */
  record Entry(FormField field, Object value) {}

  /** A return to this step: who returned it, when, and why. */
  record Returned(String by, Instant at, String reason) {}

  /** Everything the panel shows. */
  record Facts(
      DossierSummary dossier,
      String procedureName,
      String receivingAgencyName,
      String resolvingAgencyName,
      Instant newAppointment,
      List<FormField> intakeFields,
      List<Attachment> documents,
      List<EarlierStep> earlierSteps,
      Returned returned,
      String contextPath) {}

  private final BiFunction<String, Object[], String> messages;
  private final ZoneId zone;

  /** {@code messages} resolves a {@code taskform.*} key with arguments in the reader's language. */
  DossierPanel(BiFunction<String, Object[], String> messages, ZoneId zone) {
    this.messages = messages;
    this.zone = zone;
  }

  String render(Facts f) {
    DossierSummary d = f.dossier();
    StringBuilder html = new StringBuilder("<div class=\"motcua-dossier-panel\">\n");
    html.append("<h3>")
        .append(text(m("taskform.panel.title")))
        .append(' ')
        .append(link(f.contextPath() + "/dossiers/" + d.code(), d.code()))
        .append("</h3>\n<table class=\"table table-condensed\"><tbody>\n");
    var a = d.applicant();
    row(html, "taskform.panel.applicant", a == null ? null : a.fullName());
    row(html, "taskform.panel.idNumber", a == null ? null : a.idNumber());
    row(html, "taskform.panel.phone", a == null ? null : a.phone());
    row(html, "taskform.panel.address", a == null ? null : a.address());
    row(html, "taskform.panel.procedure", f.procedureName());
    row(html, "taskform.panel.receivingAgency", f.receivingAgencyName());
    row(html, "taskform.panel.resolvingAgency", f.resolvingAgencyName());
    row(html, "taskform.panel.receivedAt", minute(d.receivedAt()));
    row(html, "taskform.panel.dueAt", minute(d.dueAt()));
    if (f.newAppointment() != null) {
      row(html, "taskform.panel.newAppointment", minute(f.newAppointment()));
    }
    html.append("</tbody></table>\n");
    if (f.returned() != null) {
      Returned r = f.returned();
      html.append("<blockquote><strong>")
          .append(text(m("taskform.panel.returned", r.by(), minute(r.at()))))
          .append("</strong> ")
          .append(text(r.reason()))
          .append("</blockquote>\n");
    }
    intake(html, f);
    documents(html, f);
    earlier(html, f.earlierSteps());
    return html.append("</div>").toString();
  }

  private void intake(StringBuilder html, Facts f) {
    Map<String, Object> data = f.dossier().data();
    if (data == null || data.isEmpty()) {
      return;
    }
    html.append("<h4>").append(text(m("taskform.panel.data"))).append("</h4>\n");
    html.append("<table class=\"table table-condensed\"><tbody>\n");
    Map<String, FormField> byKey =
        f.intakeFields().stream()
            .collect(Collectors.toMap(FormField::key, field -> field, (x, y) -> x));
    // the start form's order first, then what it does not name
    f.intakeFields().stream()
        .map(FormField::key)
        .distinct()
        .filter(data::containsKey)
        .forEach(key -> cells(html, byKey.get(key).label(), shown(byKey.get(key), data.get(key))));
    data.forEach(
        (key, value) -> {
          if (!byKey.containsKey(key)) {
            cells(html, key, shown(null, value));
          }
        });
    html.append("</tbody></table>\n");
  }

  private void documents(StringBuilder html, Facts f) {
    html.append("<h4>").append(text(m("taskform.panel.documents"))).append("</h4>\n");
    if (f.documents().isEmpty()) {
      html.append("<p>").append(text(m("taskform.panel.noDocuments"))).append("</p>\n");
      return;
    }
    html.append("<ul>\n");
    for (Attachment doc : f.documents()) {
      String name =
          doc.kindName() == null || doc.kindName().isBlank() ? doc.kind() : doc.kindName();
      html.append("<li>")
          .append(link(f.contextPath() + doc.href(), doc.fileName()))
          .append(" — ")
          .append(text(name))
          .append(doc.digitisedOriginal() ? " (" + text(m("taskform.panel.digitised")) + ")" : "")
          .append("</li>\n");
    }
    html.append("</ul>\n");
  }

  private void earlier(StringBuilder html, List<EarlierStep> steps) {
    if (steps.isEmpty()) {
      return;
    }
    html.append("<h4>").append(text(m("taskform.panel.earlierSteps"))).append("</h4>\n");
    html.append("<table class=\"table table-condensed\"><thead><tr><th>")
        .append(text(m("taskform.panel.step")))
        .append("</th><th>")
        .append(text(m("taskform.panel.by")))
        .append("</th><th>")
        .append(text(m("taskform.panel.decisions")))
        .append("</th></tr></thead><tbody>\n");
    for (EarlierStep step : steps) {
      html.append("<tr><td>")
          .append(text(step.name()))
          .append("</td><td>")
          .append(text(step.completedBy()))
          .append("<br>")
          .append(text(minute(step.completedAt())))
          .append("</td><td>");
      String entries =
          step.entries().stream()
              .map(
                  e ->
                      "<strong>"
                          + text(e.field().label())
                          + ":</strong> "
                          + text(shown(e.field(), e.value())))
              .collect(Collectors.joining("<br>"));
      html.append(entries).append("</td></tr>\n");
    }
    html.append("</tbody></table>\n");
  }

  /** A value as the form would show it: option labels, local dates, yes/no. */
  String shown(FormField field, Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Boolean yes) {
      return m(yes ? "taskform.panel.yes" : "taskform.panel.no");
    }
    if (value instanceof Collection<?> many) {
      return many.stream().map(v -> shown(field, v)).collect(Collectors.joining(", "));
    }
    if (field != null && field.choice()) {
      return field.labelOf(value);
    }
    if (value instanceof java.util.Date date) {
      return minute(date.toInstant());
    }
    if ((field != null && "datetime".equals(field.type()))
        || String.valueOf(value).matches("\\d{4}-\\d{2}-\\d{2}")) {
      return date(String.valueOf(value));
    }
    return String.valueOf(value);
  }

  /** An ISO date ({@code 2026-12-08}) or date-time as {@code dd/MM/yyyy[ HH:mm]}. */
  private String date(String iso) {
    try {
      if (iso.length() == 10) {
        return LocalDate.parse(iso).format(DAY);
      }
      if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:\\d{2}$")) {
        return OffsetDateTime.parse(iso).atZoneSameInstant(zone).format(MINUTE);
      }
      return LocalDateTime.parse(iso).format(MINUTE);
    } catch (DateTimeParseException e) {
      return iso;
    }
  }

  private String minute(Instant at) {
    return at == null ? "" : at.atZone(zone).format(MINUTE);
  }

  private void row(StringBuilder html, String key, String value) {
    if (value != null && !value.isBlank()) {
      cells(html, m(key), value);
    }
  }

  private static void cells(StringBuilder html, String label, String value) {
    html.append("<tr><th>")
        .append(text(label))
        .append("</th><td>")
        .append(text(value))
        .append("</td></tr>\n");
  }

  private String m(String key, Object... args) {
    return messages.apply(key, args);
  }
}
