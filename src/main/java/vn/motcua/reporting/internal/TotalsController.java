package vn.motcua.reporting.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code POST /api/reports/totals/rebuild}: an administrator rebuilds the reports' day totals from
 * the history, after dossiers were loaded behind the application's back.
 */
@RestController
class TotalsController {

  private final TotalsRebuild rebuild;
  private final CurrentOfficial official;

  TotalsController(TotalsRebuild rebuild, CurrentOfficial official) {
    this.rebuild = rebuild;
    this.official = official;
  }

  @PostMapping("/api/reports/totals/rebuild")
  TotalsRebuild.Result rebuild() {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only an administrator rebuilds the report totals");
    }
    return rebuild.rebuild();
  }
}
