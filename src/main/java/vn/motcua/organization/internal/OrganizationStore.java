package vn.motcua.organization.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agency;
import vn.motcua.organization.internal.OfficialView.Grant;

/** Units, officials and their roles in our tables ({@code agency_unit}, {@code official} …). */
@Component
class OrganizationStore {

  private static final String OFFICIAL =
      "select id, full_name, email, phone, agency_code as agency, unit_code as unit, active"
          + " from official o";

  private final JdbcClient jdbc;

  OrganizationStore(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void addAgency(Agency agency) {
    jdbc.sql("insert into agency (code, name, parent_code) values (?, ?, ?)")
        .params(agency.code(), agency.name(), agency.parentCode())
        .update();
  }

  List<Unit> units(String agency) {
    return jdbc.sql(
            "select agency_code, code, name from agency_unit where agency_code = ? order by name")
        .param(agency)
        .query(Unit.class)
        .list();
  }

  List<Unit> allUnits() {
    return jdbc.sql("select agency_code, code, name from agency_unit order by agency_code, name")
        .query(Unit.class)
        .list();
  }

  boolean unitExists(String agency, String code) {
    return jdbc.sql("select count(*) from agency_unit where agency_code = ? and code = ?")
            .params(agency, code)
            .query(Integer.class)
            .single()
        > 0;
  }

  void addUnit(Unit unit) {
    jdbc.sql("insert into agency_unit (agency_code, code, name) values (?, ?, ?)")
        .params(unit.agencyCode(), unit.code(), unit.name())
        .update();
  }

  Optional<OfficialView> official(String id) {
    return withRoles(jdbc.sql(OFFICIAL + " where id = ?").param(id), "o.id = ?", id).stream()
        .findFirst();
  }

  /** The officials whose home agency is {@code agency}, by name. */
  List<OfficialView> officials(String agency) {
    return withRoles(
        jdbc.sql(OFFICIAL + " where agency_code = ? order by full_name, id").param(agency),
        "o.agency_code = ?",
        agency);
  }

  List<OfficialView> allOfficials() {
    return withRoles(jdbc.sql(OFFICIAL + " order by full_name, id"), "1 = 1");
  }

  /** Adds an official with their roles; {@code roles} are role ids held in the home agency. */
  void addOfficial(OfficialView official) {
    jdbc.sql(
            "insert into official (id, full_name, email, phone, agency_code, unit_code, active)"
                + " values (?, ?, ?, ?, ?, ?, ?)")
        .params(
            official.id(),
            official.fullName(),
            official.email(),
            official.phone(),
            official.agency(),
            official.unit(),
            official.active())
        .update();
    for (Grant grant : official.roles()) {
      addRole(official.id(), grant);
    }
  }

  /** The official's roles in {@code agency} become exactly {@code roles}. */
  void replaceRoles(String id, String agency, List<String> roles) {
    jdbc.sql("delete from official_role where official_id = ? and agency_code = ?")
        .params(id, agency)
        .update();
    for (String role : roles) {
      addRole(id, new Grant(agency, role));
    }
  }

  void deactivate(String id) {
    jdbc.sql("update official set active = false where id = ?").param(id).update();
  }

  private void addRole(String id, Grant grant) {
    jdbc.sql("insert into official_role (official_id, agency_code, role) values (?, ?, ?)")
        .params(id, grant.agency(), grant.role())
        .update();
  }

  /** The officials of the query, each with the roles the same condition on {@code o} selects. */
  private List<OfficialView> withRoles(
      JdbcClient.StatementSpec officials, String condition, Object... params) {
    Map<String, List<Grant>> roles = new LinkedHashMap<>();
    jdbc.sql(
            "select r.official_id, r.agency_code, r.role from official_role r"
                + " join official o on o.id = r.official_id where "
                + condition
                + " order by r.official_id, r.agency_code, r.role")
        .params(params)
        .query(
            rs -> {
              roles
                  .computeIfAbsent(rs.getString(1), id -> new ArrayList<>())
                  .add(new Grant(rs.getString(2), rs.getString(3)));
            });
    return officials
        .query(
            (rs, row) ->
                new OfficialView(
                    rs.getString("id"),
                    rs.getString("full_name"),
                    rs.getString("email"),
                    rs.getString("phone"),
                    rs.getString("agency"),
                    rs.getString("unit"),
                    rs.getBoolean("active"),
                    List.copyOf(roles.getOrDefault(rs.getString("id"), List.of()))))
        .list();
  }
}
