package vn.motcua.documents.internal;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Form numbers and titles, Circular 03/2025 by default; a province still printing Circular
 * 01/2018's numbering overrides some, e.g. {@code motcua.documents.forms.control-sheet.number=05},
 * {@code motcua.documents.forms.dossier-log.number=06} (and gives the stop notice another number).
 */
@ConfigurationProperties("motcua.documents")
record PaperForms(Map<Paper, Change> forms) {

  /** What a province changes of one paper; a missing value keeps the default. */
  record Change(String number, String title) {}

  PaperForms {
    forms = forms == null ? Map.of() : Map.copyOf(forms);
    Map<String, Paper> seen = new HashMap<>();
    for (Paper paper : Paper.values()) {
      Paper twin = seen.put(number(forms, paper), paper);
      if (twin != null) {
        throw new IllegalArgumentException(
            "motcua.documents.forms: " + twin + " and " + paper + " share one form number");
      }
    }
  }

  PaperForm form(Paper paper) {
    Change change = forms.get(paper);
    String title = change == null || change.title() == null ? paper.title() : change.title();
    return new PaperForm(paper, number(forms, paper), title);
  }

  /** The paper printed under this form number. */
  Optional<PaperForm> byNumber(String number) {
    return Arrays.stream(Paper.values())
        .map(this::form)
        .filter(form -> form.number().equals(number))
        .findFirst();
  }

  /** Every form number, in the order of {@link Paper}. */
  List<String> numbers() {
    return Arrays.stream(Paper.values()).map(paper -> form(paper).number()).toList();
  }

  private static String number(Map<Paper, Change> forms, Paper paper) {
    Change change = forms.get(paper);
    return change == null || change.number() == null ? paper.number() : change.number();
  }
}
