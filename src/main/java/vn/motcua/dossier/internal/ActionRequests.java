package vn.motcua.dossier.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;

/** The bodies of the dossier actions. */
final class ActionRequests {

  private ActionRequests() {}

  /** What the applicant must add or fix, all at once (form 02). */
  record Supplementation(
      @NotBlank @Size(max = 1000) String reason,
      @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 500) String> items) {}

  /** The applicant's supplement arrived. */
  record Supplement(@Size(max = 1000) String note) {}

  /** A new appointment date with the reason for the delay (form 04). */
  record Extension(@NotBlank @Size(max = 1000) String reason, @NotNull Instant newDueAt) {}

  /** The applicant's request to stop. */
  record Withdrawal(@NotBlank @Size(max = 1000) String reason) {}

  /** How the result is handed over. */
  record Return(@NotNull Method method, @Size(max = 1000) String note) {
    enum Method {
      COUNTER,
      POST,
      ONLINE
    }
  }
}
