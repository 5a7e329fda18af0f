package vn.motcua.catalogue;

import java.time.LocalTime;
import java.util.Map;
import java.util.OptionalInt;

/**
 * One deployed version of a procedure, with the metadata its BPMN carries as extension properties.
 *
 * @param key process definition key, e.g. {@code birth-registration}
 * @param definitionId the exact version a dossier runs on
 * @param code national procedure code, e.g. {@code 1.001193}
 * @param legalWorkingDays legal processing time in working days; 0 means the same working day
 * @param sameDayCutoff for same-day procedures, receipt after this time is due the next working day
 */
public record Procedure(
    String key,
    String definitionId,
    int version,
    String name,
    String code,
    int legalWorkingDays,
    LocalTime sameDayCutoff,
    Map<String, String> properties) {

  /** Legal time in working hours ({@code legalWorkingHours}), for procedures counted in hours. */
  public OptionalInt legalWorkingHours() {
    return intProperty("legalWorkingHours");
  }

  /**
   * Legal time in calendar days ({@code legalCalendarDays}), where sector law counts calendar days
   * (e.g. construction permits, Construction Law Art. 102).
   */
  public OptionalInt legalCalendarDays() {
    return intProperty("legalCalendarDays");
  }

  private OptionalInt intProperty(String name) {
    String value = properties.get(name);
    return value == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(value.strip()));
  }

  /**
   * The clock rule on supplementation ({@code supplementClockRule}), RESTART unless the BPMN says
   * PAUSE.
   */
  public ClockRule supplementClockRule() {
    return ClockRule.valueOf(
        properties.getOrDefault("supplementClockRule", ClockRule.RESTART.name()));
  }
}
