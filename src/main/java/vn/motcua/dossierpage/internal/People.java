package vn.motcua.dossierpage.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import vn.motcua.organization.Officials;

/**
 * Officials by full name and groups by name (an agency's role groups as role and agency in the
 * reader's language, other groups by their engine name), each looked up once per page.
 */
final class People {

  private final Officials officials;
  private final IdentityService identity;
  private final Locale locale;
  private final Map<String, String> names = new HashMap<>();

  People(Officials officials, IdentityService identity, Locale locale) {
    this.officials = officials;
    this.identity = identity;
    this.locale = locale;
  }

  /** The official's full name; the login name when unknown; null for none. */
  String official(String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    return names.computeIfAbsent("user:" + userId, id -> officials.fullName(userId));
  }

  /** The group's name (a role of an agency, or a unit); the id when it has none. */
  String group(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return null;
    }
    return names.computeIfAbsent(
        "group:" + groupId,
        id -> {
          String name = officials.groupName(groupId, locale);
          if (!groupId.equals(name)) {
            return name;
          }
          Group group = identity.createGroupQuery().groupId(groupId).singleResult();
          return group == null || group.getName() == null ? groupId : group.getName();
        });
  }
}
