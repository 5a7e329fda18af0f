package vn.motcua.dossier.internal;

import static vn.motcua.organization.Role.ADMIN;
import static vn.motcua.organization.Role.LEADER;
import static vn.motcua.organization.Role.RECEPTION;
import static vn.motcua.organization.Role.SPECIALIST;
import static vn.motcua.organization.Role.UNIT_HEAD;

import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * Who may do what to a dossier: the role × action matrix (README, "Who may act on a dossier"),
 * enforced here for every action. A role counts in the dossier's receiving agency for the desk's
 * actions (receive, refuse, take a supplement, record a withdrawal, return the result) and in its
 * resolving agency for the processing side (pause, resume, extension; supplementation request by
 * the appraising specialist or unit head, or issued by the receiving desk as form 02). Supervisors
 * and inspectors only read; an administrator only resumes a clock an official left paused by hand
 * (a correction), nothing else. Which reasons a pause may name is the procedure's business ({@link
 * vn.motcua.catalogue.PauseReason}), on top of this matrix.
 */
@Component
class ActionPolicy {

  /** The actions on a dossier. */
  enum Action {
    RECEIVE,
    PAUSE,
    RESUME,
    SUPPLEMENTATION_REQUEST,
    SUPPLEMENT,
    EXTENSION,
    WITHDRAWAL,
    REFUSAL,
    RETURN
  }

  /** Where the role must be held: the dossier's receiving or resolving agency (admin: anywhere). */
  enum Side {
    RECEIVING,
    RESOLVING,
    ANYWHERE
  }

  static final Map<Action, Map<Role, Side>> MATRIX = matrix();

  private static Map<Action, Map<Role, Side>> matrix() {
    Map<Action, Map<Role, Side>> m = new EnumMap<>(Action.class);
    for (Action desk :
        List.of(
            Action.RECEIVE, Action.REFUSAL, Action.SUPPLEMENT, Action.WITHDRAWAL, Action.RETURN)) {
      m.put(desk, Map.of(RECEPTION, Side.RECEIVING));
    }
    m.put(
        Action.SUPPLEMENTATION_REQUEST,
        cells(RECEPTION, Side.RECEIVING, SPECIALIST, Side.RESOLVING, UNIT_HEAD, Side.RESOLVING));
    m.put(
        Action.PAUSE,
        cells(SPECIALIST, Side.RESOLVING, UNIT_HEAD, Side.RESOLVING, LEADER, Side.RESOLVING));
    Map<Role, Side> resume =
        cells(SPECIALIST, Side.RESOLVING, UNIT_HEAD, Side.RESOLVING, LEADER, Side.RESOLVING);
    resume.put(ADMIN, Side.ANYWHERE);
    m.put(Action.RESUME, resume);
    m.put(Action.EXTENSION, cells(UNIT_HEAD, Side.RESOLVING, LEADER, Side.RESOLVING));
    return m;
  }

  private static Map<Role, Side> cells(Object... roleSide) {
    Map<Role, Side> cells = new LinkedHashMap<>();
    for (int i = 0; i < roleSide.length; i += 2) {
      cells.put((Role) roleSide[i], (Side) roleSide[i + 1]);
    }
    return cells;
  }

  /**
   * The roles among {@code groups} (Camunda group ids) that the matrix allows for {@code action} on
   * a dossier received by {@code receiving} and resolved by {@code resolving}; empty: refused.
   */
  static Set<Role> rolesAllowed(
      Action action, Collection<String> groups, String receiving, String resolving) {
    Set<Role> held = EnumSet.noneOf(Role.class);
    MATRIX
        .get(action)
        .forEach(
            (role, side) -> {
              boolean holds =
                  switch (side) {
                    case ANYWHERE -> groups.contains(role.groupOf(receiving));
                    case RECEIVING -> groups.contains(role.groupOf(receiving));
                    case RESOLVING -> groups.contains(role.groupOf(resolving));
                  };
              if (holds) {
                held.add(role);
              }
            });
    return held;
  }

  /** The allowed cells of an action as {@code role@side}, for refusals and the README. */
  static List<String> allowedCells(Action action) {
    return MATRIX.get(action).entrySet().stream()
        .map(e -> e.getKey().id() + "@" + e.getValue().name().toLowerCase())
        .toList();
  }

  private final CurrentOfficial official;

  ActionPolicy(CurrentOfficial official) {
    this.official = official;
  }

  /**
   * The caller's roles that allow {@code action} on {@code d}; throws a 403 problem naming the
   * action and the roles allowed when there are none.
   */
  Set<Role> check(Action action, Dossier d) {
    return check(action, d.code(), d.receivingAgency(), d.resolvingAgency());
  }

  /** Receiving at {@code agency}'s desk: the dossier has no code yet. */
  void checkReceive(String agency) {
    check(Action.RECEIVE, agency, agency, agency);
  }

  /**
   * The same check for an action taken by completing a step in Tasklist (acceptance and refusal at
   * the reception step), with the engine's authenticated user: Camunda answers its {@link
   * AuthorizationException} with 403. Nothing to check when the engine acts on its own (no user).
   */
  static void checkStep(Action action, Dossier d, Authentication user) {
    if (user == null || user.getUserId() == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (rolesAllowed(action, groups, d.receivingAgency(), d.resolvingAgency()).isEmpty()) {
      throw new AuthorizationException(
          "%s may not %s dossier %s: only %s (vai trò không được phép)"
              .formatted(user.getUserId(), action, d.code(), allowedCells(action)));
    }
  }

  private Set<Role> check(Action action, String subject, String receiving, String resolving) {
    Set<Role> roles = rolesAllowed(action, official.groups(), receiving, resolving);
    if (roles.isEmpty()) {
      throw new DossierProblems.ActionNotAllowedException(subject, action, allowedCells(action));
    }
    return roles;
  }
}
