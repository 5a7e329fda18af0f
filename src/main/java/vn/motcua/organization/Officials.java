package vn.motcua.organization;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Civil servants as people read them: full name, home agency and unit by name, roles per agency,
 * and the language they chose. A user that is not an official of our tables (the bootstrap
 * administrator, a user made in Camunda Admin) is known by the name of their Camunda user.
 */
@Component
public class Officials {

  /** Languages an official may choose; the first is the default. */
  public static final List<String> LANGUAGES = List.of("vi", "en");

  /**
   * An official's profile.
   *
   * @param agencyName the home agency's name, null for a user outside our tables
   * @param unitName the unit's name (phòng, ban, bộ phận), null when none
   * @param roles the roles held, by agency code
   */
  public record Profile(
      String id,
      String fullName,
      String agencyCode,
      String agencyName,
      String unitCode,
      String unitName,
      Map<String, List<Role>> roles) {}

  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final Agencies agencies;

  private final MessageSource messages;

  Officials(JdbcClient jdbc, IdentityService identity, Agencies agencies, MessageSource messages) {
    this.jdbc = jdbc;
    this.identity = identity;
    this.agencies = agencies;
    this.messages = messages;
  }

  /**
   * A group as a person reads it: "Chuyên viên · UBND xã An Bình" for {@code
   * 000.00.01.H99:specialist} (role from {@code role.<id>} in the reader's language), the role's
   * name for {@code camunda-admin}, the group id itself for any other group; null for null.
   */
  public String groupName(String groupId, Locale locale) {
    if (groupId == null) {
      return null;
    }
    if (Groups.CAMUNDA_ADMIN.equals(groupId)) {
      return messages.getMessage("role.admin", null, Role.ADMIN.label(), locale);
    }
    return group(groupId)
        .map(
            g ->
                messages.getMessage("role." + g.role().id(), null, g.role().label(), locale)
                    + " · "
                    + g.agencyName())
        .orElse(groupId);
  }

  public Optional<Profile> profile(String id) {
    Optional<Profile> official =
        jdbc.sql(
                "select o.id, o.full_name, o.agency_code, a.name as agency_name, o.unit_code,"
                    + " u.name as unit_name from official o join agency a on a.code = o.agency_code"
                    + " left join agency_unit u on u.agency_code = o.agency_code"
                    + " and u.code = o.unit_code where o.id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    new Profile(
                        rs.getString("id"),
                        rs.getString("full_name"),
                        rs.getString("agency_code"),
                        rs.getString("agency_name"),
                        rs.getString("unit_code"),
                        rs.getString("unit_name"),
                        roles(id)))
            .optional();
    if (official.isPresent()) {
      return official;
    }
    return camundaName(id).map(name -> new Profile(id, name, null, null, null, null, Map.of()));
  }

  /** The person's full name, or their user id when nobody of that id is known. */
  public String fullName(String id) {
    if (id == null) {
      return null;
    }
    return jdbc.sql("select full_name from official where id = ?")
        .param(id)
        .query(String.class)
        .optional()
        .or(() -> camundaName(id))
        .orElse(id);
  }

  /** The ids of the active officials holding {@code role} in the agency, in id order. */
  public List<String> holding(String agencyCode, Role role) {
    return jdbc.sql(
            "select r.official_id from official_role r join official o on o.id = r.official_id"
                + " where r.agency_code = ? and r.role = ? and o.active order by r.official_id")
        .params(agencyCode, role.id())
        .query(String.class)
        .list();
  }

  /** The language the official last chose ({@code vi} or {@code en}); Vietnamese by default. */
  public Locale language(String id) {
    String language =
        jdbc.sql("select language from official where id = ?")
            .param(id)
            .query(String.class)
            .optional()
            .orElse(null);
    return Locale.forLanguageTag(
        language != null && LANGUAGES.contains(language) ? language : LANGUAGES.get(0));
  }

  /** Keeps the official's choice of language; a language not offered is ignored. */
  public void chooseLanguage(String id, String language) {
    if (language != null && LANGUAGES.contains(language)) {
      jdbc.sql(
              "update official set language = ? where id = ?"
                  + " and (language is null or language <> ?)")
          .params(language, id, language)
          .update();
    }
  }

  /**
   * The role and agency of a role group ({@code 000.00.01.H99:specialist}), or empty when the group
   * is no agency role group.
   */
  public Optional<RoleGroup> group(String groupId) {
    String agencyCode = groupId == null ? null : Role.agencyOf(groupId);
    if (agencyCode == null) {
      return Optional.empty();
    }
    Optional<Role> role =
        Role.ofId(groupId.substring(agencyCode.length() + 1)).filter(Role::isAgencyRole);
    return role.map(
        r ->
            new RoleGroup(
                groupId,
                r,
                agencyCode,
                agencies.find(agencyCode).map(Agency::name).orElse(agencyCode)));
  }

  private Map<String, List<Role>> roles(String id) {
    Map<String, List<Role>> roles = new LinkedHashMap<>();
    jdbc.sql(
            "select agency_code, role from official_role where official_id = ?"
                + " order by agency_code, role")
        .param(id)
        .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
        .list()
        .forEach(
            row ->
                Role.ofId(row[1])
                    .ifPresent(
                        role -> roles.computeIfAbsent(row[0], a -> new ArrayList<>()).add(role)));
    return roles;
  }

  /**
   * The Camunda user's "first last" name; the engine authentication is set aside for the lookup
   * (with authorization on, an official may not read other users).
   */
  private Optional<String> camundaName(String id) {
    Authentication current = identity.getCurrentAuthentication();
    identity.clearAuthentication();
    try {
      User user = identity.createUserQuery().userId(id).singleResult();
      if (user == null) {
        return Optional.empty();
      }
      String name = (nonNull(user.getFirstName()) + " " + nonNull(user.getLastName())).strip();
      return name.isEmpty() ? Optional.empty() : Optional.of(name);
    } finally {
      if (current != null) {
        identity.setAuthentication(current);
      }
    }
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }
}
