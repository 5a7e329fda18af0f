package vn.motcua.dossier.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.dossier.DeskIntake;
import vn.motcua.dossier.DeskReception.Decision;

/**
 * Checks the checklist marked at the desk against the procedure's required documents: each of them
 * marked once (received as original, certified copy or copy, shown for checking and handed back,
 * each with a count of at least one, or missing), none other; a dossier with a missing document is
 * not received (the desk requests completion instead). A document shown ({@link
 * DeskIntake.Received#SHOWN}) is present, not missing: the requester showed it at the desk (Decree
 * 123/2015/NĐ-CP Art. 2(1) for identity papers in civil status matters).
 */
@Component
class DeskChecklist {

  private final MessageSource messages;

  DeskChecklist(MessageSource messages) {
    this.messages = messages;
  }

  List<ChecklistItem> items(
      Procedure procedure, List<DeskIntake.MarkedDocument> marked, Decision decision) {
    Map<String, Procedure.RequiredDocument> required =
        procedure.checklist().stream()
            .collect(Collectors.toMap(Procedure.RequiredDocument::kind, Function.identity()));
    List<IntakeProblem.FieldError> errors = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    List<ChecklistItem> items = new ArrayList<>();
    List<DeskIntake.MarkedDocument> given = marked == null ? List.of() : marked;
    for (int i = 0; i < given.size(); i++) {
      DeskIntake.MarkedDocument m = given.get(i);
      String field = "checklist[" + i + "]";
      Procedure.RequiredDocument document = required.get(m.kind());
      if (document == null) {
        errors.add(error(field + ".kind", "reception.checklist.unknown", m.kind()));
      } else if (!seen.add(m.kind())) {
        errors.add(error(field + ".kind", "reception.checklist.twice", document.name()));
      } else if (m.received() != DeskIntake.Received.MISSING && m.count() < 1) {
        errors.add(error(field + ".count", "reception.checklist.count", document.name()));
      } else if (m.received() == DeskIntake.Received.MISSING && decision == Decision.RECEIVE) {
        errors.add(error(field + ".received", "reception.checklist.missing", document.name()));
      } else {
        items.add(
            new ChecklistItem(
                m.kind(),
                document.name(),
                m.received().name(),
                m.received() == DeskIntake.Received.MISSING ? 0 : m.count()));
      }
    }
    procedure.checklist().stream()
        .filter(document -> !seen.contains(document.kind()))
        .forEach(
            document ->
                errors.add(error("checklist", "reception.checklist.unmarked", document.name())));
    if (!errors.isEmpty()) {
      throw new IntakeProblem(
          "reception.checklist.problem", errors, messages, LocaleContextHolder.getLocale());
    }
    return items.stream()
        .sorted((a, b) -> Integer.compare(number(a.kind()), number(b.kind())))
        .toList();
  }

  private static int number(String kind) {
    return Integer.parseInt(kind.substring(1));
  }

  private IntakeProblem.FieldError error(String field, String code, String argument) {
    return new IntakeProblem.FieldError(
        field, messages.getMessage(code, new Object[] {argument}, LocaleContextHolder.getLocale()));
  }
}
