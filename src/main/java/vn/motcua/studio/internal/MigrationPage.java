package vn.motcua.studio.internal;

import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The migration page of a procedure (administrators): choose the versions, edit the mapping, dry
 * run, migrate and follow the progress; the page calls the migration API from {@code
 * js/studio/migrate.js}.
 */
@Controller
class MigrationPage {

  /** The dossier statuses the dry run shows, named in the page's language. */
  private static final List<String> STATUSES =
      List.of(
          "SUBMITTED",
          "RECEIVED",
          "IN_PROGRESS",
          "AWAITING_SUPPLEMENT",
          "RESULT_READY",
          "RETURNED",
          "REFUSED",
          "WITHDRAWN",
          "CLOSED_NO_SUPPLEMENT",
          "REJECTED");

  private final StudioAccess access;
  private final MigrationPlanner planner;

  MigrationPage(StudioAccess access, MigrationPlanner planner) {
    this.access = access;
    this.planner = planner;
  }

  @GetMapping("/studio/procedures/{key}/migrate")
  String page(@PathVariable String key, Model model) {
    access.requireAdmin();
    Integer latest = planner.latest(key);
    if (latest == null) {
      throw new MigrationProblems.UnknownVersionException(key, null);
    }
    model.addAttribute("key", key);
    model.addAttribute("latest", latest);
    model.addAttribute("statuses", STATUSES);
    return "studio/migration";
  }
}
