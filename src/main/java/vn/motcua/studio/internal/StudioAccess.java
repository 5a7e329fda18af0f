package vn.motcua.studio.internal;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may use the studio: administrators model, publish and migrate; supervisors (any {@code
 * <agency>:supervisor} group) also read the procedures' versions and their differences. Every
 * refusal is a problem that says why.
 */
@Component
class StudioAccess {

  private final CurrentOfficial official;

  StudioAccess(CurrentOfficial official) {
    this.official = official;
  }

  /** Refuses anyone but an administrator. */
  void requireAdmin() {
    if (!official.isAdmin()) {
      throw new StudioRefused("admin");
    }
  }

  /** Refuses anyone but an administrator or a supervisor. */
  void requireReader() {
    if (!official.isAdmin()
        && official.groups().stream().noneMatch(group -> group.endsWith(":supervisor"))) {
      throw new StudioRefused("reader");
    }
  }

  /** The person acting, for change notes and the audit trail. */
  String actor() {
    return official.id();
  }

  /** 403 with the reason ({@code admin}: administrators only; {@code reader}: and supervisors). */
  static final class StudioRefused extends ErrorResponseException {
    StudioRefused(String who) {
      super(HttpStatus.FORBIDDEN, problem(who), null, null, null);
    }

    private static ProblemDetail problem(String who) {
      ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.FORBIDDEN);
      problem.setProperty("allowed", who);
      return problem;
    }
  }
}
