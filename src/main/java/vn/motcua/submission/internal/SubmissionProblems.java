package vn.motcua.submission.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The online submission's problems (RFC 9457), titles and details in the message bundles ({@code
 * problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
final class SubmissionProblems {

  private SubmissionProblems() {}

  /** The address is not an e-mail address (EMAIL) or a Vietnamese phone number (SMS). */
  static final class BadAddressException extends Problem {
    BadAddressException(String channel) {
      super(HttpStatus.BAD_REQUEST, "field", "address", channel);
    }
  }

  /** The code is wrong, expired, used, or there is none for this address; tries left named. */
  static final class CodeRefusedException extends Problem {
    CodeRefusedException(int triesLeft) {
      super(HttpStatus.BAD_REQUEST, "triesLeft", triesLeft);
    }
  }

  /** Too many wrong tries: the code is locked, even the right one is refused; ask a new one. */
  static final class CodeLockedException extends Problem {
    CodeLockedException() {
      super(HttpStatus.BAD_REQUEST, "locked", true);
    }
  }

  /** The code could not be sent (the mail server or SMS gateway refused); nothing kept. */
  static final class CodeNotSentException extends Problem {
    CodeNotSentException() {
      super(HttpStatus.SERVICE_UNAVAILABLE, "sent", false);
    }
  }

  /** A submission without the proof a one-time code gives. */
  static final class ProofMissingException extends Problem {
    ProofMissingException() {
      super(HttpStatus.UNAUTHORIZED, "field", "proof");
    }
  }

  /** A proof that is forged, damaged or expired. */
  static final class ProofInvalidException extends Problem {
    ProofInvalidException() {
      super(HttpStatus.UNAUTHORIZED, "field", "proof");
    }
  }

  /** The proved address is neither the applicant's e-mail address nor phone number. */
  static final class ContactNotProvedException extends Problem {
    ContactNotProvedException() {
      super(HttpStatus.FORBIDDEN, "field", "applicant");
    }
  }

  /** The procedure is not in the catalogue. */
  static final class UnknownProcedureException extends Problem {
    UnknownProcedureException(String key) {
      super(HttpStatus.NOT_FOUND, "procedure", key);
    }
  }

  /** The chosen desk does not receive this procedure. */
  static final class AgencyNotOfferedException extends Problem {
    AgencyNotOfferedException(String agency) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "agency", agency);
    }
  }

  /** A file part names a document kind the procedure's checklist does not have. */
  static final class UnknownDocumentKindException extends Problem {
    UnknownDocumentKindException(String kind) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "kind", kind);
    }
  }

  /** A part of the multipart body that is neither {@code submission} nor {@code document.Dn}. */
  static final class BadPartException extends Problem {
    BadPartException(String part) {
      super(HttpStatus.BAD_REQUEST, "part", part);
    }
  }

  /**
   * The same applicant submitted the same content for the same procedure minutes ago; the earlier
   * dossier's code only to whoever proved the same contact.
   */
  static final class DuplicateException extends ErrorResponseException {
    DuplicateException(String earlierCode) {
      super(
          HttpStatus.CONFLICT, body(earlierCode), null, detailCode(earlierCode), args(earlierCode));
    }

    private static ProblemDetail body(String earlierCode) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.CONFLICT);
      problem.setProperty("duplicate", true);
      if (earlierCode != null) {
        problem.setProperty("earlierCode", earlierCode);
      }
      return problem;
    }

    private static String detailCode(String earlierCode) {
      String base = "problemDetail." + DuplicateException.class.getName();
      return earlierCode == null ? base : base + ".code";
    }

    private static Object[] args(String earlierCode) {
      return earlierCode == null ? new Object[0] : new Object[] {earlierCode};
    }
  }

  /** A problem naming one value, which its detail message takes as {@code {0}} (then more). */
  abstract static class Problem extends ErrorResponseException {
    Problem(HttpStatus status, String name, Object value, Object... more) {
      super(status, body(status, name, value), null, null, arguments(value, more));
    }

    private static ProblemDetail body(HttpStatus status, String name, Object value) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty(name, value);
      return problem;
    }

    private static Object[] arguments(Object value, Object... more) {
      Object[] all = new Object[more.length + 1];
      all[0] = value;
      System.arraycopy(more, 0, all, 1, more.length);
      return all;
    }
  }
}
