package vn.motcua.reporting.internal;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filters every report takes: {@code agency} (its subtree; none: all the caller oversees),
 * {@code from} and {@code to} (dates, inclusive; none: this month so far), {@code procedure}, and
 * {@code format} ({@code json}, {@code csv} or {@code xlsx}).
 */
record ReportRequest(
    @Size(max = 64) String agency,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
    @Size(max = 255) String procedure,
    @Pattern(regexp = "json|csv|xlsx") String format) {

  String agencyOrNull() {
    return blankToNull(agency);
  }

  String procedureOrNull() {
    return blankToNull(procedure);
  }

  boolean json() {
    return format == null || format.equals("json");
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
