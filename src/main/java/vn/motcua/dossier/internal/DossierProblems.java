package vn.motcua.dossier.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.dossier.DossierStatus;

/**
 * The dossier API's own problems, as RFC 9457 problem details; titles and details come from the
 * message bundles ({@code problemDetail.title.<class>}, {@code problemDetail.<class>}).
 */
final class DossierProblems {

  private DossierProblems() {}

  /** The body names a procedure that is not deployed. */
  static final class UnknownProcedureException extends DossierProblem {
    UnknownProcedureException(String key) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "procedure", key);
    }
  }

  /** The body names an agency that does not exist. */
  static final class UnknownAgencyException extends DossierProblem {
    UnknownAgencyException(String code) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "agency", code);
    }
  }

  /** No dossier has this code. */
  static final class DossierNotFoundException extends DossierProblem {
    DossierNotFoundException(String code) {
      super(HttpStatus.NOT_FOUND, "code", code);
    }
  }

  /** The dossier's processing has ended; its clock can no longer pause. */
  static final class DossierFinishedException extends DossierProblem {
    DossierFinishedException(String code) {
      super(HttpStatus.CONFLICT, "code", code);
    }
  }

  /** The dossier's legal clock is paused already. */
  static final class ClockAlreadyPausedException extends DossierProblem {
    ClockAlreadyPausedException(String code) {
      super(HttpStatus.CONFLICT, "code", code);
    }
  }

  /** The dossier's legal clock is running; there is nothing to resume. */
  static final class ClockNotPausedException extends DossierProblem {
    ClockNotPausedException(String code) {
      super(HttpStatus.CONFLICT, "code", code);
    }
  }

  /** The action is not allowed in the dossier's current status. */
  static final class IllegalTransitionException extends DossierProblem {
    IllegalTransitionException(String code, DossierStatus status, DossierTransitions action) {
      super(HttpStatus.CONFLICT, "code", code, status.name(), action.name());
      getBody().setProperty("currentStatus", status.name());
      getBody().setProperty("action", action.name());
    }
  }

  /** The appointment date was already extended once (Decree 118 Art. 19(6): only once). */
  static final class AlreadyExtendedException extends DossierProblem {
    AlreadyExtendedException(String code) {
      super(HttpStatus.CONFLICT, "code", code);
    }
  }

  /** The new appointment date is not after the current one. */
  static final class NewDueDateTooEarlyException extends DossierProblem {
    NewDueDateTooEarlyException(String code, Instant newDueAt, Instant dueAt, ZoneId zone) {
      super(
          HttpStatus.BAD_REQUEST,
          "code",
          code,
          LOCAL.format(newDueAt.atZone(zone)),
          LOCAL.format(dueAt.atZone(zone)));
      getBody().setProperty("field", "newDueAt");
      getBody().setProperty("newDueAt", newDueAt.toString());
      getBody().setProperty("dueAt", dueAt.toString());
      getBody()
          .setDetail(
              "Ngày hẹn trả mới "
                  + LOCAL.format(newDueAt.atZone(zone))
                  + " phải sau ngày hẹn hiện tại "
                  + LOCAL.format(dueAt.atZone(zone))
                  + ".");
    }
  }

  /** The new appointment date names no day ({@code dd/MM/yyyy} expected). */
  static final class NewDueDateInvalidException extends DossierProblem {
    NewDueDateInvalidException(String value) {
      super(HttpStatus.BAD_REQUEST, "newDueDate", value);
      getBody()
          .setDetail(
              "Ngày hẹn trả mới \"" + value + "\" không phải một ngày theo dạng ngày/tháng/năm.");
    }
  }

  /** Local time of a refusal's dates: {@code HH:mm dd/MM/yyyy}. */
  static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  /**
   * The caller holds no role the matrix allows for the action ({@link ActionPolicy}); the body
   * names the action and the allowed {@code role@side} cells.
   */
  static final class ActionNotAllowedException extends DossierProblem {
    ActionNotAllowedException(String code, ActionPolicy.Action action, List<String> allowed) {
      super(HttpStatus.FORBIDDEN, "code", code, action.name(), String.join(", ", allowed));
      getBody().setProperty("action", action.name());
      getBody().setProperty("allowedRoles", allowed);
    }
  }

  /**
   * A pause must name one of the reasons its procedure declares, by a role the reason names; the
   * body lists the reasons the caller may name ({@code allowedReasons}: code, label, legal basis).
   */
  static final class PauseReasonNotAllowedException extends DossierProblem {
    PauseReasonNotAllowedException(String code, String asked, List<PauseReason> allowed) {
      super(
          HttpStatus.UNPROCESSABLE_ENTITY,
          "code",
          code,
          asked == null ? "" : asked,
          allowed.isEmpty()
              ? "—"
              : String.join(", ", allowed.stream().map(PauseReason::code).toList()));
      getBody().setProperty("reasonCode", asked);
      getBody()
          .setProperty(
              "allowedReasons",
              allowed.stream()
                  .map(
                      r ->
                          Map.of(
                              "code", r.code(), "label", r.label(), "legalBasis", r.legalBasis()))
                  .toList());
    }
  }

  /** The open pause is the process's (another agency's step, the supplementation): not by hand. */
  static final class ClockHeldByProcessException extends DossierProblem {
    ClockHeldByProcessException(String code, String reasonCode) {
      super(HttpStatus.CONFLICT, "code", code, reasonCode);
      getBody().setProperty("reasonCode", reasonCode);
    }
  }

  /**
   * Decree 118/2025 Art. 19(5): supplementation is requested once (unless sector law says more).
   */
  static final class SupplementationAlreadyRequestedException extends DossierProblem {
    SupplementationAlreadyRequestedException(String code, int allowed) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "code", code, allowed);
      getBody().setProperty("legalBasis", LEGAL_BASIS);
      getBody().setProperty("maxRequests", allowed);
    }
  }

  /** Decree 118/2025 Art. 19(5): within 3 working days of receipt (unless sector law says more). */
  static final class SupplementationTooLateException extends DossierProblem {
    SupplementationTooLateException(String code, int days, Instant until) {
      super(HttpStatus.UNPROCESSABLE_ENTITY, "code", code, days, until.toString());
      getBody().setProperty("legalBasis", LEGAL_BASIS);
      getBody().setProperty("windowWorkingDays", days);
      getBody().setProperty("allowedUntil", until.toString());
    }
  }

  static final String LEGAL_BASIS = "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 5";

  /**
   * A problem whose body names the offending value ({@code name}: {@code value}) and whose detail
   * message takes {@code value} first, then {@code moreArguments}.
   */
  abstract static class DossierProblem extends ErrorResponseException {
    DossierProblem(HttpStatus status, String name, String value, Object... moreArguments) {
      super(status, body(status, name, value), null, null, arguments(value, moreArguments));
    }

    static ProblemDetail body(HttpStatus status, String name, String value) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty(name, value);
      return problem;
    }

    private static Object[] arguments(String value, Object... more) {
      Object[] all = new Object[more.length + 1];
      all[0] = value;
      System.arraycopy(more, 0, all, 1, more.length);
      return all;
    }
  }
}
