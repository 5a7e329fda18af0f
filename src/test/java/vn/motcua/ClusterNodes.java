package vn.motcua;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * The database of the tests that run two application nodes ({@code MOTCUA_CLUSTER_DB_URL}, by
 * default {@code motcua_cluster}), which each such test class uses in turn.
 */
public final class ClusterDatabase {

  private ClusterDatabase() {}

  public static String url() {
    return System.getenv()
        .getOrDefault("MOTCUA_CLUSTER_DB_URL", "jdbc:postgresql://127.0.0.1:5432/motcua_cluster");
  }

  /**
   * Empties it before a cluster test's nodes start: such tests count every row of their tables, and
   * another cluster test class may have run on the database before.
   */
  public static void empty() {
    try (Connection c = DriverManager.getConnection(url(), "motcua_test", "motcua_test");
        Statement s = c.createStatement()) {
      s.execute("drop schema public cascade");
      s.execute("create schema public");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot empty the cluster database " + url(), e);
    }
  }
}
