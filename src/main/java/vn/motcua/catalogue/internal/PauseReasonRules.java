package vn.motcua.catalogue.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.model.bpmn.instance.Process;
import vn.motcua.catalogue.ModelProblem;
import vn.motcua.catalogue.PauseReason;

/**
 * What a procedure may say about stopping its legal clock: each {@code pauseReason.<CODE>} well
 * formed ({@link PauseReason#parse}), and the supplementation rule overridden ({@code
 * supplementationWindowWorkingDays}, {@code supplementationMaxRequests}, whole numbers from 1) only
 * with the sector law that says so ({@code supplementationLegalBasis}).
 */
final class PauseReasonRules {

  static final List<String> SUPPLEMENTATION_OVERRIDES =
      List.of("supplementationWindowWorkingDays", "supplementationMaxRequests");
  static final String SUPPLEMENTATION_BASIS = "supplementationLegalBasis";

  private PauseReasonRules() {}

  /**
   * The listeners of {@code process} that stop the clock ({@code
   * dossierLifecycle.pauseClock(execution, '<code or label>')}) must name a reason it declares (by
   * code or label), or the step would fail when it runs.
   */
  static List<ModelProblem> checkListeners(Process process, Map<String, String> properties) {
    List<ModelProblem> problems = new ArrayList<>();
    for (String named : ListenerArguments.of(process, "pauseClock")) {
      boolean declared =
          properties.entrySet().stream()
              .filter(e -> e.getKey().startsWith(PauseReason.PREFIX) && !e.getValue().isBlank())
              .anyMatch(
                  e ->
                      e.getKey().equals(PauseReason.PREFIX + named)
                          || e.getValue().split("\\|", -1)[0].strip().equalsIgnoreCase(named));
      if (!declared) {
        problems.add(
            ModelProblem.error(
                process.getId(),
                "pause-reason",
                "pauseClock(execution, '%s') không nêu lý do tạm dừng nào được khai báo (%s<MÃ>)"
                        .formatted(named, PauseReason.PREFIX)
                    + " (the clock stops only for a declared reason)"));
      }
    }
    return problems;
  }

  /** The problems of one process's properties; empty when they are sound. */
  static List<ModelProblem> check(String id, Map<String, String> properties) {
    List<ModelProblem> problems = new ArrayList<>();
    properties.forEach(
        (name, value) -> {
          if (name.startsWith(PauseReason.PREFIX) && !value.isBlank()) {
            try {
              PauseReason.parse(name.substring(PauseReason.PREFIX.length()), value);
            } catch (IllegalArgumentException e) {
              problems.add(ModelProblem.error(id, "pause-reason", e.getMessage()));
            }
          }
        });
    boolean overridden = false;
    for (String name : SUPPLEMENTATION_OVERRIDES) {
      String value = properties.get(name);
      if (value == null || value.isBlank()) {
        continue;
      }
      overridden = true;
      if (!value.strip().matches("[1-9][0-9]{0,2}")) {
        problems.add(
            ModelProblem.error(
                id,
                "pause-reason",
                "'" + name + "' phải là số nguyên từ 1 (a whole number from 1)"));
      }
    }
    if (overridden && properties.getOrDefault(SUPPLEMENTATION_BASIS, "").isBlank()) {
      problems.add(
          ModelProblem.error(
              id,
              "pause-reason",
              "thay đổi quy tắc bổ sung hồ sơ của Nghị định 118/2025 Điều 19 khoản 5 cần '"
                  + SUPPLEMENTATION_BASIS
                  + "' nêu luật chuyên ngành (overriding the supplementation rule needs its legal basis)"));
    }
    return problems;
  }
}
