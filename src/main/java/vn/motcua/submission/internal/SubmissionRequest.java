package vn.motcua.submission.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import vn.motcua.dossier.DossierSummary;

/**
 * The {@code submission} part of {@code POST /api/public/submissions}: the procedure, the desk
 * chosen, the applicant, the start form's data, the proof of the applicant's contact and, for a
 * commune's procedure, the commune where the applicant resides or the land lies ({@code commune},
 * an agency code; without it the desk's own commune), which resolves the dossier and gives it its
 * code (Decree 118/2025/NĐ-CP Art. 18, 28).
 */
record SubmissionRequest(
    @NotBlank @Size(max = 255) String procedure,
    @NotBlank @Size(max = 64) String agency,
    @NotNull @Valid Applicant applicant,
    @Size(max = 200) Map<String, Object> data,
    @Size(max = 1000) String proof,
    @Size(max = 64) String commune) {

  /**
   * The applicant; the ID number is a 12-digit citizen identity number or a 9-digit old ID card; an
   * e-mail address or a phone number (or both), one of which the proof is for.
   */
  record Applicant(
      @NotBlank @Size(max = 255) String fullName,
      @NotBlank @Pattern(regexp = "\\d{9}|\\d{12}") String idNumber,
      @Pattern(regexp = "(\\+84|0)\\d{9,10}") String phone,
      @Email @Size(max = 255) String email,
      @Size(max = 500) String address) {

    /** At least one way to reach the applicant. */
    @AssertTrue(message = "{submission.contact.required}")
    boolean isContact() {
      return phone != null && !phone.isBlank() || email != null && !email.isBlank();
    }

    DossierSummary.Applicant summary() {
      return new DossierSummary.Applicant(
          fullName.strip(), idNumber, blankToNull(phone), blankToNull(email), blankToNull(address));
    }

    private static String blankToNull(String s) {
      return s == null || s.isBlank() ? null : s.strip();
    }
  }
}
