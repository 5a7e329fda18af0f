package vn.motcua.catalogue;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A reason for which a procedure's legal clock may stand still, as its BPMN declares it in the
 * extension property {@code pauseReason.<CODE>} = {@code label | legal basis | roles | max working
 * days}: roles comma-separated among {@link #ROLES} ({@code process}: only the process itself
 * pauses for it, e.g. while another agency works), the maximum optional. One property per reason
 * keeps each reason one line in Modeler's property panel.
 *
 * @param maxWorkingDays the longest the clock may stand still for it, null when the law sets none
 */
public record PauseReason(
    String code, String label, String legalBasis, Set<String> roles, Integer maxWorkingDays) {

  /** The property name prefix; the rest of the name is the reason code. */
  public static final String PREFIX = "pauseReason.";

  /** Who may name a reason: officials of the resolving agency in these roles, or the process. */
  public static final List<String> ROLES = List.of("specialist", "unit-head", "leader", "process");

  /** The process itself pauses for the reason (a step of the BPMN), never an official by hand. */
  public static final String PROCESS = "process";

  /**
   * Every procedure's clock stands still while the applicant supplements when its rule is PAUSE
   * (restarts otherwise); only the supplementation request pauses for it (Decree 118/2025 Art.
   * 19(5)), never a pause by hand.
   */
  public static final PauseReason SUPPLEMENTATION =
      new PauseReason(
          "SUPPLEMENTATION",
          "Chờ người nộp bổ sung, hoàn thiện hồ sơ",
          "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5",
          Set.of(PROCESS),
          null);

  private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,39}");

  /** Whether only the process pauses for it. */
  public boolean processOnly() {
    return roles.equals(Set.of(PROCESS));
  }

  /**
   * Reads {@code pauseReason.<code>} = {@code value}; throws {@link IllegalArgumentException} with
   * a sentence an administrator can act on (Vietnamese, then English) when it is malformed.
   */
  public static PauseReason parse(String code, String value) {
    if (!CODE.matcher(code).matches()) {
      throw new IllegalArgumentException(
          "mã lý do '%s' phải viết HOA, chữ số hoặc _ (reason code: upper case, digits, _)"
              .formatted(code));
    }
    if (code.equals(SUPPLEMENTATION.code())) {
      throw new IllegalArgumentException(
          "mã lý do SUPPLEMENTATION dành cho yêu cầu bổ sung hồ sơ (reserved)");
    }
    String[] parts = (value == null ? "" : value).split("\\|", -1);
    if (parts.length < 3 || parts.length > 4) {
      throw new IllegalArgumentException(
          ("'%s%s' phải có dạng 'tên lý do | căn cứ pháp lý | vai trò | số ngày làm việc tối đa'"
                  + " (label | legal basis | roles | max working days, the last optional)")
              .formatted(PREFIX, code));
    }
    String label = parts[0].strip();
    String basis = parts[1].strip();
    if (label.isEmpty() || basis.isEmpty()) {
      throw new IllegalArgumentException(
          "'%s%s': cần tên lý do và căn cứ pháp lý (label and legal basis required)"
              .formatted(PREFIX, code));
    }
    Set<String> roles = new LinkedHashSet<>();
    Arrays.stream(parts[2].split(","))
        .map(String::strip)
        .filter(r -> !r.isEmpty())
        .forEach(roles::add);
    if (roles.isEmpty() || !ROLES.containsAll(roles)) {
      throw new IllegalArgumentException(
          "'%s%s': vai trò phải là một hoặc nhiều trong %s (roles)".formatted(PREFIX, code, ROLES));
    }
    Integer max = null;
    if (parts.length == 4 && !parts[3].isBlank()) {
      try {
        max = Integer.parseInt(parts[3].strip());
      } catch (NumberFormatException e) {
        max = -1;
      }
      if (max < 1 || max > 365) {
        throw new IllegalArgumentException(
            "'%s%s': số ngày làm việc tối đa phải là số nguyên từ 1 đến 365 (max working days)"
                .formatted(PREFIX, code));
      }
    }
    return new PauseReason(code, label, basis, Set.copyOf(roles), max);
  }
}
