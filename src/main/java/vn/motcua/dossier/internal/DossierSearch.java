package vn.motcua.dossier.internal;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.deadline.Flag;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code GET /api/dossiers}: the dossiers of the official's agencies (receiving or resolving; all
 * for an admin), filtered by deadline flag, agency, procedure and status, earliest due first. The
 * flag comes from the deadline module's {@code dossier_deadline} table (no row: ON_TIME).
 */
@Service
class DossierSearch {

  /** The filters of one search; null means any. */
  record Filter(Flag flag, String agency, String procedure, DossierStatus status) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final CurrentOfficial official;

  private final Agencies tree;

  DossierSearch(NamedParameterJdbcTemplate jdbc, CurrentOfficial official, Agencies tree) {
    this.tree = tree;
    this.jdbc = jdbc;
    this.official = official;
  }

  @Transactional(readOnly = true)
  public List<DossierView.Row> search(Filter filter, int page, int size) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (!official.isAdmin()) {
      Set<String> agencies = new HashSet<>();
      for (String group : official.groups()) {
        String agency = Role.agencyOf(group);
        if (agency == null) {
          continue;
        }
        if (group.endsWith(":" + Role.SUPERVISOR.id())) {
          agencies.addAll(tree.subtree(agency)); // a supervisor reads the whole subtree
        } else {
          agencies.add(agency);
        }
      }
      if (agencies.isEmpty()) {
        return List.of();
      }
      where.add("(d.resolving_agency in (:mine) or d.receiving_agency in (:mine))");
      params.put("mine", agencies);
    }
    if (filter.flag() != null) {
      where.add("coalesce(f.flag, 'ON_TIME') = :flag");
      params.put("flag", filter.flag().name());
    }
    if (filter.agency() != null) {
      where.add("(d.resolving_agency = :agency or d.receiving_agency = :agency)");
      params.put("agency", filter.agency());
    }
    if (filter.procedure() != null) {
      where.add("d.procedure_key = :procedure");
      params.put("procedure", filter.procedure());
    }
    if (filter.status() != null) {
      where.add("d.status = :status");
      params.put("status", filter.status().name());
    }
    params.put("limit", size);
    params.put("offset", (long) page * size);
    String sql =
        "select d.code, d.procedure_key, d.resolving_agency, d.status, d.applicant_full_name,"
            + " d.received_at, d.due_at, coalesce(f.flag, 'ON_TIME') as flag,"
            + " coalesce(f.late, false) as late from dossier d"
            + " left join dossier_deadline f on f.dossier_code = d.code"
            + (where.isEmpty() ? "" : " where " + String.join(" and ", where))
            + " order by d.due_at, d.code limit :limit offset :offset";
    return jdbc.query(
        sql,
        params,
        (rs, row) ->
            new DossierView.Row(
                rs.getString("code"),
                rs.getString("procedure_key"),
                rs.getString("resolving_agency"),
                DossierStatus.valueOf(rs.getString("status")),
                rs.getString("applicant_full_name"),
                rs.getObject("received_at", OffsetDateTime.class).toInstant(),
                rs.getObject("due_at", OffsetDateTime.class).toInstant(),
                Flag.valueOf(rs.getString("flag")),
                rs.getBoolean("late")));
  }
}
