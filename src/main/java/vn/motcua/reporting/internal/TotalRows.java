package vn.motcua.reporting.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates a row of a totals table when it is not there yet, so that the compactor ({@link
 * ReportCompactor}, the only writer of those rows besides a rebuild) can add with a plain {@code
 * update}. On PostgreSQL {@code on conflict do nothing} keeps two nodes that create the same row at
 * once from failing; H2, the single-user default, has no such clause and checks first.
 */
@Component
class TotalRows {

  private final JdbcClient jdbc;
  private final boolean postgres;

  TotalRows(JdbcClient jdbc, DataSource dataSource) throws SQLException {
    this.jdbc = jdbc;
    try (Connection connection = dataSource.getConnection()) {
      this.postgres =
          connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }

  /**
   * Keeps the compactor out (the state row, taken first by both) and new deltas waiting
   * (PostgreSQL) until the rebuild's transaction ends: a fact committed between the rebuild's
   * reading of the history and its deletion of the deltas would otherwise count twice.
   */
  void lockForRebuild() {
    jdbc.sql("select state from report_state where name = 'totals' for update")
        .query(String.class)
        .optional();
    if (postgres) {
      jdbc.sql(
              "lock table report_day, report_step_day, report_step_month, report_day_delta,"
                  + " report_step_delta in exclusive mode")
          .update();
    }
  }

  /**
   * The compactor's turn: the row of {@code report_state} locked until the transaction ends, or
   * false at once when another node's compactor (or a rebuild) holds it. Only the compactor and the
   * rebuild take it; the transactions that append deltas never do.
   */
  boolean lockForCompaction() {
    return jdbc.sql("select state from report_state where name = 'totals' for update skip locked")
        .query(String.class)
        .optional()
        .isPresent();
  }

  void ensure(String table, List<String> keys, List<Object> values) {
    String columns = String.join(", ", keys);
    String marks = keys.stream().map(k -> "?").collect(Collectors.joining(", "));
    String sql =
        postgres
            ? "insert into %s (%s) values (%s) on conflict do nothing"
                .formatted(table, columns, marks)
            : "insert into %s (%s) select %s where not exists (select 1 from %s where %s)"
                .formatted(
                    table,
                    columns,
                    marks,
                    table,
                    keys.stream().map(k -> k + " = ?").collect(Collectors.joining(" and ")));
    List<Object> params = new java.util.ArrayList<>(values);
    if (!postgres) {
      params.addAll(values);
    }
    jdbc.sql(sql).params(params).update();
  }
}
