package vn.motcua.attachment.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The documents' problems as RFC 9457 problem details; titles by status ({@code
 * problem.attachment.title.<status>}) and details by reason ({@code problem.attachment.<reason>})
 * in the message bundles.
 */
final class AttachmentProblems {

  private AttachmentProblems() {}

  /** One refusal; {@code reason} picks the message, {@code field} names what was wrong. */
  static final class AttachmentProblem extends ErrorResponseException {

    private final String titleCode;

    AttachmentProblem(HttpStatus status, String reason, String field, Object... args) {
      super(status, problem(status, field, reason), null, "problem.attachment." + reason, args);
      this.titleCode = "problem.attachment.title." + status.value();
    }

    @Override
    public String getTitleMessageCode() {
      return titleCode;
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  /** The content is not a PDF, JPEG or PNG file (whatever its name says). */
  static AttachmentProblem unsupportedType(String fileName, String detected) {
    return new AttachmentProblem(
        HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-type", "file", fileName, detected);
  }

  /** The content is of an accepted type, but not the one its name or declared type claims. */
  static AttachmentProblem typeMismatch(String fileName, String claimed, String detected) {
    return new AttachmentProblem(
        HttpStatus.UNPROCESSABLE_ENTITY, "type-mismatch", "file", fileName, claimed, detected);
  }

  /** The file name has no extension of an accepted type. */
  static AttachmentProblem badExtension(String fileName) {
    return new AttachmentProblem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "extension", "file", fileName);
  }

  static AttachmentProblem tooLarge(String fileName, long maxMegabytes) {
    return new AttachmentProblem(
        HttpStatus.PAYLOAD_TOO_LARGE, "too-large", "file", fileName, maxMegabytes);
  }

  static AttachmentProblem empty(String fileName) {
    return new AttachmentProblem(HttpStatus.UNPROCESSABLE_ENTITY, "empty", "file", fileName);
  }

  /** A field missing or not of the expected form ({@code kind}, {@code fileName} …). */
  static AttachmentProblem invalid(String field) {
    return new AttachmentProblem(HttpStatus.BAD_REQUEST, "invalid." + field, field);
  }

  /** The dossier's processing has ended; nothing may be added. */
  static AttachmentProblem dossierFinished(String code, String status) {
    AttachmentProblem problem =
        new AttachmentProblem(HttpStatus.CONFLICT, "finished", "code", code);
    problem.getBody().setProperty("currentStatus", status);
    return problem;
  }

  /** The caller may read the dossier but holds no role that adds documents to it. */
  static AttachmentProblem mayNotAdd(String code) {
    return new AttachmentProblem(HttpStatus.FORBIDDEN, "may-not-add", "code", code);
  }

  static AttachmentProblem notFound(String code, String id) {
    return new AttachmentProblem(HttpStatus.NOT_FOUND, "not-found", "id", id, code);
  }
}
