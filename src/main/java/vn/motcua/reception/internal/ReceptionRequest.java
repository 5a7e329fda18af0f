package vn.motcua.reception.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DeskIntake;
import vn.motcua.dossier.DeskReception.Decision;
import vn.motcua.dossier.DossierSummary;

/** The body of {@code POST /api/reception} (or its {@code dossier} part). */
record ReceptionRequest(
    @NotBlank @Size(max = 255) String procedure,
    @NotBlank @Size(max = 64) String agency,
    @NotNull Channel channel,
    @NotNull @Valid Applicant applicant,
    @Size(max = 200) Map<String, Object> data,
    @NotNull @Size(max = 50) List<@NotNull @Valid Marked> checklist,
    @NotNull Decision decision,
    @Size(max = 1000) String reason,
    @Size(max = 64) String commune) {

  /**
   * The applicant; the ID number is a 12-digit citizen identity number or a 9-digit old ID card.
   */
  record Applicant(
      @NotBlank @Size(max = 255) String fullName,
      @NotBlank @Pattern(regexp = "\\d{9}|\\d{12}") String idNumber,
      @Pattern(regexp = "(\\+84|0)\\d{9,10}") String phone,
      @Email @Size(max = 255) String email,
      @Size(max = 500) String address) {}

  /** One required document as marked. */
  record Marked(
      @NotBlank @Pattern(regexp = "D\\d{1,2}") String kind,
      @NotNull DeskIntake.Received received,
      @Min(0) @Max(100) int count) {}

  /** A reason is required to refuse or to request completion. */
  @AssertTrue(message = "{reception.reason.required}")
  boolean isReason() {
    return decision == null || decision == Decision.RECEIVE || reason != null && !reason.isBlank();
  }

  /** The desk receives at the counter (channel COUNTER). */
  @AssertTrue(message = "{reception.channel.counter}")
  boolean isChannel() {
    return channel == null || channel == Channel.COUNTER;
  }

  DeskIntake intake() {
    return new DeskIntake(
        procedure,
        agency,
        channel,
        new DossierSummary.Applicant(
            applicant.fullName(),
            applicant.idNumber(),
            applicant.phone(),
            applicant.email(),
            applicant.address()),
        data,
        checklist.stream()
            .map(m -> new DeskIntake.MarkedDocument(m.kind(), m.received(), m.count()))
            .toList(),
        commune);
  }
}
