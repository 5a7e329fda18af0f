package vn.motcua.dossierpage.internal;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;

/**
 * Officials by full name and groups (units, roles) by name, from the engine's identity tables, each
 * looked up once per page.
 */
final class People {

  private final IdentityService identity;
  private final Map<String, String> names = new HashMap<>();

  People(IdentityService identity) {
    this.identity = identity;
  }

  /** The official's full name; the login name when unknown; null for none. */
  String official(String userId) {
    if (userId == null || userId.isBlank()) {
      return null;
    }
    return names.computeIfAbsent(
        "user:" + userId,
        id -> {
          User user = identity.createUserQuery().userId(userId).singleResult();
          if (user == null) {
            return userId;
          }
          String full =
              ((user.getFirstName() == null ? "" : user.getFirstName())
                      + " "
                      + (user.getLastName() == null ? "" : user.getLastName()))
                  .strip();
          return full.isEmpty() ? userId : full;
        });
  }

  /** The group's name (a unit or a role of an agency); the id when it has none. */
  String group(String groupId) {
    if (groupId == null || groupId.isBlank()) {
      return null;
    }
    return names.computeIfAbsent(
        "group:" + groupId,
        id -> {
          Group group = identity.createGroupQuery().groupId(groupId).singleResult();
          return group == null || group.getName() == null ? groupId : group.getName();
        });
  }
}
