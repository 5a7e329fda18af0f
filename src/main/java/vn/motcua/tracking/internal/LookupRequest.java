package vn.motcua.tracking.internal;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A status lookup: the dossier code and a secret, the last 4 digits of the applicant's ID number or
 * the verification token printed with receipt 01's QR code (both may be given; each must match).
 */
record LookupRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
    @Pattern(regexp = "\\d{4}") String idDigits,
    @Pattern(regexp = "[A-Za-z2-7]{10}") String token) {

  LookupRequest {
    code = blankToNull(code);
    idDigits = blankToNull(idDigits);
    token = blankToNull(token);
    code = code == null ? null : code.strip();
    token = token == null ? null : token.strip().toUpperCase(java.util.Locale.ROOT);
  }

  /** One secret at least. */
  @AssertTrue(message = "{tracking.lookup.secret-required}")
  boolean isSecret() {
    return idDigits != null || token != null;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
