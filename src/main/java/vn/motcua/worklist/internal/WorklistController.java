package vn.motcua.worklist.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.deadline.Flag;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code GET /api/worklist?scope=mine|unit&flag=…&procedure=…&q=…&sort=overdue|due&page=&size=}:
 * the caller's open steps with their dossiers, overdue first by default.
 */
@RestController
class WorklistController {

  private final WorklistQuery worklist;
  private final CurrentOfficial official;

  WorklistController(WorklistQuery worklist, CurrentOfficial official) {
    this.worklist = worklist;
    this.official = official;
  }

  @GetMapping("/api/worklist")
  WorklistQuery.Page worklist(
      @RequestParam(defaultValue = "UNIT") WorklistQuery.Scope scope,
      @RequestParam(required = false) Flag flag,
      @RequestParam(required = false) @Size(max = 255) String procedure,
      @RequestParam(name = "q", required = false) @Size(max = 100) String search,
      @RequestParam(defaultValue = "OVERDUE") WorklistQuery.Sort sort,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
    return worklist.page(
        official.id(),
        official.groups(),
        new WorklistQuery.Filter(scope, flag, blankToNull(procedure), blankToNull(search), sort),
        page,
        size);
  }

  static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
