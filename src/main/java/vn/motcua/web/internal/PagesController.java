package vn.motcua.web.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.motcua.organization.Officials;
import vn.motcua.organization.Role;
import vn.motcua.organization.RoleGroup;
import vn.motcua.security.CurrentOfficial;

/** The login page and the home page that leads to the screens the user may open. */
@Controller
class PagesController {

  private final CurrentOfficial official;
  private final Officials officials;

  PagesController(CurrentOfficial official, Officials officials) {
    this.official = official;
    this.officials = officials;
  }

  @GetMapping("/login")
  String login() {
    return "login";
  }

  /** The home page: the user's roles, by role and agency name, and their screens. */
  @GetMapping("/")
  String home(Model model) {
    List<RoleGroup> groups =
        official.groups().stream()
            .map(
                group ->
                    Groups.CAMUNDA_ADMIN.equals(group)
                        ? Optional.of(new RoleGroup(group, Role.ADMIN, null, null))
                        : officials.group(group))
            .flatMap(Optional::stream)
            .sorted(
                Comparator.comparing((RoleGroup g) -> g.agencyName() == null ? "" : g.agencyName())
                    .thenComparing(g -> g.role().ordinal()))
            .toList();
    model.addAttribute("groups", groups);
    return "home";
  }
}
