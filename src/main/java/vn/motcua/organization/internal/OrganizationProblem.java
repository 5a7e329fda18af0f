package vn.motcua.organization.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refused change to the organisation, as an RFC 9457 problem: {@code reason} ({@code
 * unit.exists}, {@code agency.unknown} …) picks the detail message {@code problem.<reason>} with
 * the offending value, the title is {@code problem.organization.title.<status>}; {@code errors}
 * names the field. The admin page shows the same message next to the field.
 */
class OrganizationProblem extends ErrorResponseException {

  private final String reason;
  private final String field;
  private final String value;

  OrganizationProblem(HttpStatus status, String reason, String field, String value) {
    super(status, problem(status, field, reason), null, "problem." + reason, new Object[] {value});
    this.reason = reason;
    this.field = field;
    this.value = value;
  }

  static OrganizationProblem unknownAgency(String field, String code) {
    return new OrganizationProblem(HttpStatus.UNPROCESSABLE_ENTITY, "agency.unknown", field, code);
  }

  static OrganizationProblem unknownOfficial(String id) {
    return new OrganizationProblem(HttpStatus.NOT_FOUND, "official.unknown", "id", id);
  }

  @Override
  public String getTitleMessageCode() {
    return "problem.organization.title." + getStatusCode().value();
  }

  /** The message key of the detail: {@code problem.<reason>}. */
  String messageCode() {
    return "problem." + reason;
  }

  String field() {
    return field;
  }

  String value() {
    return value;
  }

  private static ProblemDetail problem(HttpStatus status, String field, String reason) {
    ProblemDetail problem = ProblemDetail.forStatus(status);
    String shortReason = reason.substring(reason.indexOf('.') + 1);
    problem.setProperty("errors", List.of(Map.of("field", field, "reason", shortReason)));
    return problem;
  }
}
