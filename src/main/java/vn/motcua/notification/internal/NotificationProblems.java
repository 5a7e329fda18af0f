package vn.motcua.notification.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The notification API's problems, as RFC 9457 problem details; titles and details come from the
 * message bundles ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
final class NotificationProblems {

  private NotificationProblems() {}

  /** The signed-in official has no notification with this id (someone else's is not shown). */
  static final class NotificationNotFoundException extends ErrorResponseException {
    NotificationNotFoundException(long id) {
      super(HttpStatus.NOT_FOUND, body(id), null, null, new Object[] {String.valueOf(id)});
    }

    private static ProblemDetail body(long id) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.NOT_FOUND);
      problem.setProperty("id", id);
      return problem;
    }
  }
}
