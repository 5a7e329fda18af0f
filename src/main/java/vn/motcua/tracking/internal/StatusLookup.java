package vn.motcua.tracking.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.DossierTrack;
import vn.motcua.dossier.DossierTracks;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.web.PublicLimits;

/**
 * The status lookup behind the page, the API and the QR link. Every lookup, right or wrong, takes
 * one of the client's {@value #PURPOSE} requests (default 30 a minute). A lookup reads the dossier
 * row once and always computes both comparisons in constant time ({@link MessageDigest#isEqual}),
 * against a placeholder when the code does not exist or the applicant has no ID number: a wrong
 * code, wrong digits and a wrong token cost the same and answer the same.
 */
@Service
class StatusLookup {

  static final String PURPOSE = "status-lookup";

  /** Compared when there is nothing to compare with: never equal to 4 digits. */
  private static final byte[] NO_DIGITS = {0, 0, 0, 0};

  private final DossierTracks tracks;
  private final StatusLinks links;
  private final PublicLimits limits;
  private final StatusExplainer explainer;
  private final Validator validator;

  StatusLookup(
      DossierTracks tracks,
      StatusLinks links,
      PublicLimits limits,
      StatusExplainer explainer,
      Validator validator) {
    this.tracks = tracks;
    this.links = links;
    this.limits = limits;
    this.explainer = explainer;
    this.validator = validator;
  }

  /** Counts the lookup against the client's limit ({@code TooManyRequests} past it). */
  void take(HttpServletRequest request) {
    limits.take(PURPOSE, request);
  }

  /** Refuses a malformed lookup with a 400 problem naming the fields. */
  void validate(LookupRequest lookup) {
    Set<ConstraintViolation<LookupRequest>> violations = validator.validate(lookup);
    if (!violations.isEmpty()) {
      throw new ConstraintViolationException(violations);
    }
  }

  /** The status when the code exists and every secret given matches; empty otherwise. */
  @Transactional(readOnly = true)
  public Optional<StatusView> find(LookupRequest lookup, Locale locale) {
    Optional<DossierTrack> found = tracks.find(lookup.code());
    String idNumber = found.map(DossierTrack::applicantIdNumber).orElse(null);
    byte[] expected =
        idNumber != null && idNumber.length() >= 4
            ? ascii(idNumber.substring(idNumber.length() - 4))
            : NO_DIGITS;
    boolean digits =
        MessageDigest.isEqual(
            expected, lookup.idDigits() == null ? NO_DIGITS : ascii(lookup.idDigits()));
    boolean token = links.verify(lookup.code(), lookup.token() == null ? "" : lookup.token());
    boolean proven =
        found.isPresent()
            & (lookup.idDigits() != null | lookup.token() != null)
            & (lookup.idDigits() == null | digits)
            & (lookup.token() == null | token);
    return proven ? Optional.of(explainer.explain(found.get(), locale)) : Optional.empty();
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
