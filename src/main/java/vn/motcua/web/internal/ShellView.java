package vn.motcua.web.internal;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.util.function.SingletonSupplier;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.notification.Notifications;
import vn.motcua.organization.Officials;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * What the frame of our pages ({@code templates/fragments/shell.html}) shows of the signed-in user:
 * full name, unit and agency by name, the unread notification count, the screens they may open and
 * the language switch. Each part is read when the page first asks for it, once per request.
 */
public class ShellView {

  private final HttpServletRequest request;
  private final Authentication authentication;
  private final Supplier<Officials.Profile> profile;
  private final Supplier<Set<String>> groups;
  private final Supplier<Long> unread;

  ShellView(
      HttpServletRequest request,
      CurrentOfficial official,
      Officials officials,
      Notifications notifications) {
    this.request = request;
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    this.authentication =
        signedIn == null
                || !signedIn.isAuthenticated()
                || signedIn instanceof AnonymousAuthenticationToken
            ? null
            : signedIn;
    String id = authentication == null ? null : authentication.getName();
    this.profile =
        SingletonSupplier.of(
            () ->
                id == null
                    ? null
                    : officials
                        .profile(id)
                        .orElse(new Officials.Profile(id, id, null, null, null, null, Map.of())));
    this.groups = SingletonSupplier.of(() -> id == null ? Set.of() : official.groups());
    this.unread = SingletonSupplier.of(() -> id == null ? 0L : notifications.unread(id));
  }

  public boolean isSignedIn() {
    return authentication != null;
  }

  /** The user's full name ("Nguyễn Văn A"), never needed to be the login name. */
  public String getFullName() {
    return isSignedIn() ? profile.get().fullName() : null;
  }

  public String getUserId() {
    return isSignedIn() ? authentication.getName() : null;
  }

  public String getUnitName() {
    return isSignedIn() ? profile.get().unitName() : null;
  }

  public String getAgencyName() {
    return isSignedIn() ? profile.get().agencyName() : null;
  }

  public String getAgencyCode() {
    return isSignedIn() ? profile.get().agencyCode() : null;
  }

  public long getUnread() {
    return unread.get();
  }

  public boolean isAdmin() {
    return groups.get().contains(Groups.CAMUNDA_ADMIN);
  }

  /** Staff: anyone holding a role in an agency (worklist, Tasklist). */
  public boolean isStaff() {
    return groups.get().stream().anyMatch(group -> Role.agencyOf(group) != null);
  }

  public boolean isReception() {
    return holds(List.of(Role.RECEPTION));
  }

  /**
   * The dashboard: those who oversee work (supervisors, leaders, unit heads) and administrators.
   * The reports would answer any official for their own agencies, but a specialist or reception
   * officer has no use for them on their menu.
   */
  public boolean isOverseer() {
    return isAdmin() || holds(List.of(Role.SUPERVISOR, Role.LEADER, Role.UNIT_HEAD));
  }

  /** This page again in {@code language}: the path and query asked for, with {@code lang}. */
  public String languageUrl(String language) {
    Object errorUri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    String path = errorUri != null ? errorUri.toString() : request.getRequestURI();
    String query = errorUri != null ? null : request.getQueryString();
    return UriComponentsBuilder.fromPath(path)
        .query(query)
        .replaceQueryParam("lang", language)
        .build()
        .toUriString();
  }

  private boolean holds(Collection<Role> roles) {
    return groups.get().stream()
        .anyMatch(
            group -> {
              String agency = Role.agencyOf(group);
              return agency != null
                  && roles.stream().anyMatch(r -> r.groupOf(agency).equals(group));
            });
  }
}
