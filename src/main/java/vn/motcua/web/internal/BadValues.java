package vn.motcua.web.internal;

import java.sql.SQLException;
import java.time.DateTimeException;

/**
 * Whether a failure was caused by a value that cannot be stored or computed with, rather than by a
 * fault of ours: PostgreSQL's data exceptions (SQLSTATE class 22: a NUL byte, a date out of range,
 * a text longer than its column, a bad number) and 54000 (a value too large for an index), and
 * java.time refusing a date. The engine and Spring wrap them, so the whole cause chain is read.
 */
final class BadValues {

  private BadValues() {}

  static boolean causedBy(Throwable failure) {
    return find(failure) != null;
  }

  static String describe(Throwable failure) {
    Throwable cause = find(failure);
    return cause == null ? "" : cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static Throwable find(Throwable failure) {
    Throwable current = failure;
    for (int depth = 0; current != null && depth < 32; depth++) {
      if (current instanceof DateTimeException) {
        return current;
      }
      if (current instanceof SQLException sql) {
        for (SQLException each = sql; each != null; each = each.getNextException()) {
          String state = each.getSQLState();
          if (state != null && (state.startsWith("22") || state.equals("54000"))) {
            return each;
          }
        }
      }
      current = current.getCause() == current ? null : current.getCause();
    }
    return null;
  }
}
