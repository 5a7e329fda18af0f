package vn.motcua.dossier.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.Map;
import vn.motcua.dossier.Channel;

/** The body of {@code POST /api/dossiers}. */
record NewDossierRequest(
    @NotBlank @Size(max = 255) String procedure,
    @NotBlank @Size(max = 64) String agency,
    @NotNull Channel channel,
    @NotNull @Valid Applicant applicant,
    @Size(max = 200) Map<String, Object> data) {

  /**
   * The applicant; the ID number is a 12-digit citizen identity number or a 9-digit old ID card.
   */
  record Applicant(
      @NotBlank @Size(max = 255) String fullName,
      @NotBlank @Pattern(regexp = "\\d{9}|\\d{12}") String idNumber,
      @Pattern(regexp = "(\\+84|0)\\d{9,10}") String phone,
      @Email @Size(max = 255) String email,
      @Size(max = 500) String address) {}
}
