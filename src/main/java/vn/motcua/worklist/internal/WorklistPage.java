package vn.motcua.worklist.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.deadline.Flag;
import vn.motcua.security.CurrentOfficial;

/**
 * The worklist page ({@code /worklist}): the same rows as {@code /api/worklist}, with filters,
 * paging and a link to each step's form in Tasklist. Vietnamese, or English with {@code ?lang=en}.
 */
@Controller
class WorklistPage {

  private final WorklistQuery worklist;
  private final CurrentOfficial official;
  private final Clock clock;

  WorklistPage(WorklistQuery worklist, CurrentOfficial official, Clock clock) {
    this.worklist = worklist;
    this.official = official;
    this.clock = clock;
  }

  @GetMapping("/worklist")
  String page(
      @RequestParam(defaultValue = "UNIT") WorklistQuery.Scope scope,
      @RequestParam(required = false) Flag flag,
      @RequestParam(required = false) @Size(max = 255) String procedure,
      @RequestParam(name = "q", required = false) @Size(max = 100) String search,
      @RequestParam(defaultValue = "OVERDUE") WorklistQuery.Sort sort,
      @RequestParam(defaultValue = "0") @Min(0) @Max(100000) int page,
      Model model) {
    var filter =
        new WorklistQuery.Filter(
            scope,
            flag,
            WorklistController.blankToNull(procedure),
            WorklistController.blankToNull(search),
            sort);
    model.addAttribute("user", official.id());
    model.addAttribute("filter", filter);
    model.addAttribute("result", worklist.page(official.id(), official.groups(), filter, page, 50));
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("flags", Flag.values());
    return "worklist";
  }
}
