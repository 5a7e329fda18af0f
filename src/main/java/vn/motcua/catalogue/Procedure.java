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

  /**
   * The procedure a BPMN process declares with these extension properties ({@link
   * ProcedureCatalogue#properties}): the deployed versions in the catalogue, or an unpublished
   * model (the studio's deadline preview). A missing {@code legalWorkingDays} reads as 0.
   *
   * @throws IllegalArgumentException when {@code legalWorkingDays} or {@code sameDayCutoff} is
   *     malformed
   */
  public static Procedure of(
      String key,
      String definitionId,
      int version,
      String processName,
      Map<String, String> properties) {
    try {
      return new Procedure(
          key,
          definitionId,
          version,
          properties.getOrDefault("procedureName", processName),
          properties.get("procedureCode"),
          Integer.parseInt(properties.getOrDefault("legalWorkingDays", "0").strip()),
          LocalTime.parse(properties.getOrDefault("sameDayCutoff", "15:00").strip()),
          Map.copyOf(properties));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("sameDayCutoff: " + e.getMessage(), e);
    }
  }

  /**
   * Whether the BPMN declares a legal time at all (working days, working hours or calendar days).
   */
  public boolean declaresLegalTime() {
    return java.util.stream.Stream.of("legalWorkingDays", "legalWorkingHours", "legalCalendarDays")
        .anyMatch(name -> properties.get(name) != null && !properties.get(name).isBlank());
  }

  /**
   * The usual legal time as {@code /api/procedures} shows it ({@code workingDays} with {@code
   * sameDayCutoff} when 0, {@code workingHours} or {@code calendarDays}), and the variants the law
   * sets for some cases ({@code variants}: code, label, amount, unit, legal basis) when the
   * procedure declares any.
   */
  public Map<String, Object> legalTime() {
    Map<String, Object> time = new java.util.LinkedHashMap<>(usualLegalTime());
    java.util.List<Map<String, Object>> variants =
        legalTimeVariants().stream()
            .map(
                v ->
                    Map.<String, Object>of(
                        "code", v.code(),
                        "label", v.label(),
                        "amount", v.amount(),
                        "unit", v.unit().word(),
                        "legalBasis", v.legalBasis()))
            .toList();
    if (!variants.isEmpty()) {
      time.put("variants", variants);
    }
    return time;
  }

  private Map<String, Object> usualLegalTime() {
    if (legalCalendarDays().isPresent()) {
      return Map.of("calendarDays", legalCalendarDays().getAsInt());
    }
    if (legalWorkingHours().isPresent()) {
      return Map.of("workingHours", legalWorkingHours().getAsInt());
    }
    return legalWorkingDays() == 0
        ? Map.of("workingDays", 0, "sameDayCutoff", sameDayCutoff().toString())
        : Map.of("workingDays", legalWorkingDays());
  }

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
    return value == null || value.isBlank()
        ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(value.strip()));
  }

  /**
   * The clock rule on supplementation ({@code supplementClockRule}), RESTART unless the BPMN says
   * PAUSE.
   */
  public ClockRule supplementClockRule() {
    return ClockRule.valueOf(
        properties.getOrDefault("supplementClockRule", ClockRule.RESTART.name()));
  }

  /**
   * The default and the override properties of the supplementation rule (Decree 118 Art. 19(5)).
   */
  public static final int SUPPLEMENTATION_WINDOW_DAYS = 3;

  public static final int SUPPLEMENTATION_MAX_REQUESTS = 1;

  /**
   * The reasons its clock may stand still ({@code pauseReason.<CODE>}), ordered by code; the
   * supplementation reason is every procedure's and is not among them.
   */
  public java.util.List<PauseReason> pauseReasons() {
    return properties.entrySet().stream()
        .filter(e -> e.getKey().startsWith(PauseReason.PREFIX) && !e.getValue().isBlank())
        .map(
            e -> PauseReason.parse(e.getKey().substring(PauseReason.PREFIX.length()), e.getValue()))
        .sorted(java.util.Comparator.comparing(PauseReason::code))
        .toList();
  }

  /** The declared reason with this code, or the supplementation reason, if any. */
  public java.util.Optional<PauseReason> pauseReason(String code) {
    if (PauseReason.SUPPLEMENTATION.code().equals(code)) {
      return java.util.Optional.of(PauseReason.SUPPLEMENTATION);
    }
    return pauseReasons().stream().filter(r -> r.code().equals(code)).findFirst();
  }

  /**
   * Working days after the day of receipt within which the resolving agency may ask for a
   * supplement: 3 (Decree 118/2025 Art. 19(5)) unless {@code supplementationWindowWorkingDays} says
   * what the sector's law says.
   */
  public int supplementationWindowWorkingDays() {
    return intProperty("supplementationWindowWorkingDays").orElse(SUPPLEMENTATION_WINDOW_DAYS);
  }

  /**
   * How many times the resolving agency may ask for a supplement: once (Decree 118/2025 Art. 19(5))
   * unless {@code supplementationMaxRequests} says what the sector's law says.
   */
  public int supplementationMaxRequests() {
    return intProperty("supplementationMaxRequests").orElse(SUPPLEMENTATION_MAX_REQUESTS);
  }

  /**
   * The legal times the law sets for some cases instead of the usual one ({@code
   * legalTimeVariant.<CODE>}), ordered by code.
   */
  public java.util.List<LegalTimeVariant> legalTimeVariants() {
    return properties.entrySet().stream()
        .filter(e -> e.getKey().startsWith(LegalTimeVariant.PREFIX) && !e.getValue().isBlank())
        .map(
            e ->
                LegalTimeVariant.parse(
                    e.getKey().substring(LegalTimeVariant.PREFIX.length()), e.getValue()))
        .sorted(java.util.Comparator.comparing(LegalTimeVariant::code))
        .toList();
  }

  /** The declared variant with this code, if any; none for a blank code. */
  public java.util.Optional<LegalTimeVariant> legalTimeVariant(String code) {
    if (code == null || code.isBlank()) {
      return java.util.Optional.empty();
    }
    return legalTimeVariants().stream().filter(v -> v.code().equals(code)).findFirst();
  }

  /** One required document of the checklist: its kind ({@code D1}..{@code Dn}) and name. */
  public record RequiredDocument(String kind, String name) {}

  /**
   * The checklist of required documents: the {@code requiredDocuments} property split on {@code ;},
   * kinds D1..Dn in order.
   */
  public java.util.List<RequiredDocument> checklist() {
    java.util.List<String> names =
        java.util.Arrays.stream(properties.getOrDefault("requiredDocuments", "").split(";"))
            .map(String::strip)
            .filter(document -> !document.isEmpty())
            .toList();
    return java.util.stream.IntStream.range(0, names.size())
        .mapToObj(i -> new RequiredDocument("D" + (i + 1), names.get(i)))
        .toList();
  }

  /**
   * Which agency resolves this procedure's dossiers ({@code competence}); {@link
   * Competence#DEFAULT} when the BPMN does not say (deployment refuses a malformed value).
   */
  public Competence competence() {
    return Competence.parse(properties.get(Competence.PROPERTY));
  }
}
