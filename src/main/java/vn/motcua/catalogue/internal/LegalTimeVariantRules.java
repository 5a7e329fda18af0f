package vn.motcua.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.model.bpmn.instance.Process;
import vn.motcua.catalogue.IntakeField;
import vn.motcua.catalogue.LegalTimeVariant;
import vn.motcua.catalogue.ModelProblem;

/**
 * What a procedure may say about the legal times of its special cases: each {@code
 * legalTimeVariant.<CODE>} well formed ({@link LegalTimeVariant#parse}), and every variant its
 * listeners apply ({@code applyLegalTimeVariant(execution, 'CODE')}) or its start form offers
 * (field {@value LegalTimeVariant#FIELD}) declared.
 */
final class LegalTimeVariantRules {

  static final String APPLY = "applyLegalTimeVariant";

  private LegalTimeVariantRules() {}

  /** The problems of one process; empty when its variants are sound. */
  static List<ModelProblem> check(Process process, Map<String, String> properties) {
    String id = process.getId();
    List<ModelProblem> problems = new ArrayList<>();
    properties.forEach(
        (name, value) -> {
          if (name.startsWith(LegalTimeVariant.PREFIX) && !value.isBlank()) {
            try {
              LegalTimeVariant.parse(name.substring(LegalTimeVariant.PREFIX.length()), value);
            } catch (IllegalArgumentException e) {
              problems.add(ModelProblem.error(id, "legal-time-variant", e.getMessage()));
            }
          }
        });
    Set<String> declared = declared(properties);
    for (String named : ListenerArguments.of(process, APPLY)) {
      if (!declared.contains(named)) {
        problems.add(
            ModelProblem.error(
                id,
                "legal-time-variant",
                "%s(execution, '%s') không nêu thời hạn nào được khai báo (%s<MÃ>)"
                        .formatted(APPLY, named, LegalTimeVariant.PREFIX)
                    + " (an undeclared legal time variant)"));
      }
    }
    return problems;
  }

  /**
   * The choices of the start form's {@value LegalTimeVariant#FIELD} field must be declared
   * variants, or a dossier received with one would have no legal time.
   */
  static List<ModelProblem> checkStartForm(
      Process process, Map<String, String> properties, List<IntakeField> fields) {
    Set<String> declared = declared(properties);
    return fields.stream()
        .filter(field -> field.key().equals(LegalTimeVariant.FIELD))
        .flatMap(field -> field.values().stream())
        .filter(value -> !declared.contains(value))
        .map(
            value ->
                ModelProblem.error(
                    process.getId(),
                    "legal-time-variant",
                    "biểu mẫu tiếp nhận cho chọn thời hạn '%s' mà quy trình không khai báo (%s%s)"
                            .formatted(value, LegalTimeVariant.PREFIX, value)
                        + " (the start form offers an undeclared legal time variant)"))
        .toList();
  }

  private static Set<String> declared(Map<String, String> properties) {
    return properties.entrySet().stream()
        .filter(e -> e.getKey().startsWith(LegalTimeVariant.PREFIX) && !e.getValue().isBlank())
        .map(e -> e.getKey().substring(LegalTimeVariant.PREFIX.length()))
        .collect(Collectors.toSet());
  }
}
