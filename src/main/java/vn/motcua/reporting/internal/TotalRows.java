package vn.motcua.reporting.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Creates a row of a totals table when it is not there yet, so that counters can then be added with
 * a plain {@code update}, which also locks the row until the transaction ends. On PostgreSQL {@code
 * on conflict do nothing} keeps two nodes that create the same row at once from failing; H2, the
 * single-user default, has no such clause and checks first.
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

  /** Keeps the totals tables from concurrent additions until the transaction ends (PostgreSQL). */
  void lockForRebuild() {
    if (postgres) {
      jdbc.sql("lock table report_day, report_step_day, report_step_month in exclusive mode")
          .update();
    }
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
