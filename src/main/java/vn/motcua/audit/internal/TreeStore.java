package vn.motcua.audit.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code audit_tree_node}, {@code audit_tree_head} and {@code audit_tree_state} tables. */
@Repository
class TreeStore {

  /** A perfect subtree: height, index, hash. */
  record Node(int height, long index, byte[] hash) {}

  private static final HexFormat HEX = HexFormat.of();
  private static final String HEAD_COLUMNS = "tree_size, root_hash, signed_at, key_id, signature";

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  TreeStore(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  /** The sealed size, locked until the transaction ends: one sealer at a time in the cluster. */
  long lockSize() {
    return jdbc.sql("select tree_size from audit_tree_state where id = 1 for update")
        .query(Long.class)
        .single();
  }

  /** As {@link #lockSize()}, but empty at once when another transaction holds the row. */
  Optional<Long> tryLockSize() {
    return jdbc.sql("select tree_size from audit_tree_state where id = 1 for update skip locked")
        .query(Long.class)
        .optional();
  }

  void moveSize(long size) {
    jdbc.sql("update audit_tree_state set tree_size = ? where id = 1").param(size).update();
  }

  void insert(List<Node> nodes) {
    template.batchUpdate(
        "insert into audit_tree_node (height, idx, node_hash) values (?, ?, ?)",
        nodes,
        1000,
        (ps, node) -> {
          ps.setInt(1, node.height());
          ps.setLong(2, node.index());
          ps.setString(3, HEX.formatHex(node.hash()));
        });
  }

  /** One stored node, or an exception when the tree has none there. */
  byte[] node(int height, long index) {
    return jdbc.sql("select node_hash from audit_tree_node where height = ? and idx = ?")
        .params(height, index)
        .query((rs, row) -> HEX.parseHex(rs.getString(1)))
        .optional()
        .orElseThrow(() -> new IllegalStateException("no tree node " + height + "/" + index));
  }

  /** The stored nodes of these keys ({@code height/index}), a query per height. */
  Map<String, byte[]> nodes(Set<String> keys) {
    Map<Integer, List<Long>> byHeight = new TreeMap<>();
    for (String key : keys) {
      String[] parts = key.split("/");
      byHeight
          .computeIfAbsent(Integer.parseInt(parts[0]), h -> new ArrayList<>())
          .add(Long.parseLong(parts[1]));
    }
    Map<String, byte[]> found = new HashMap<>();
    byHeight.forEach(
        (height, indexes) ->
            jdbc.sql(
                    "select idx, node_hash from audit_tree_node where height = :height"
                        + " and idx in (:indexes)")
                .param("height", height)
                .param("indexes", indexes)
                .query(
                    (rs, row) ->
                        found.put(height + "/" + rs.getLong(1), HEX.parseHex(rs.getString(2))))
                .list());
    return found;
  }

  /** The stored leaf hashes of leaves [from, to), by leaf index. */
  Map<Long, byte[]> leaves(long from, long to) {
    Map<Long, byte[]> leaves = new HashMap<>();
    jdbc.sql("select idx, node_hash from audit_tree_node where height = 0 and idx >= ? and idx < ?")
        .params(from, to)
        .query((rs, row) -> leaves.put(rs.getLong(1), HEX.parseHex(rs.getString(2))))
        .list();
    return leaves;
  }

  void insert(TreeHead head) {
    jdbc.sql("insert into audit_tree_head (" + HEAD_COLUMNS + ") values (?, ?, ?, ?, ?)")
        .params(
            head.treeSize(),
            head.rootHash(),
            head.timestamp().atOffset(ZoneOffset.UTC),
            head.keyId(),
            head.signature())
        .update();
  }

  Optional<TreeHead> latest() {
    return jdbc.sql(
            "select " + HEAD_COLUMNS + " from audit_tree_head order by tree_size desc limit 1")
        .query(TreeStore::head)
        .optional();
  }

  Optional<TreeHead> head(long treeSize) {
    return jdbc.sql("select " + HEAD_COLUMNS + " from audit_tree_head where tree_size = ?")
        .param(treeSize)
        .query(TreeStore::head)
        .optional();
  }

  /** The heads of sizes in [from, to], oldest first, at most {@code limit}. */
  List<TreeHead> heads(long from, long to, int limit) {
    return jdbc.sql(
            "select "
                + HEAD_COLUMNS
                + " from audit_tree_head where tree_size >= ? and tree_size <= ?"
                + " order by tree_size limit "
                + limit)
        .params(from, to)
        .query(TreeStore::head)
        .list();
  }

  private static TreeHead head(ResultSet rs, int row) throws SQLException {
    return new TreeHead(
        rs.getLong("tree_size"),
        rs.getString("root_hash"),
        rs.getObject("signed_at", OffsetDateTime.class).toInstant(),
        rs.getString("key_id"),
        rs.getString("signature"));
  }
}
