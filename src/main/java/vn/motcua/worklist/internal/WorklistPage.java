package vn.motcua.worklist.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
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

  private final WorklistActions actions;

  WorklistPage(
      WorklistQuery worklist, CurrentOfficial official, Clock clock, WorklistActions actions) {
    this.actions = actions;
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

  /** The "claim" button of a row: the step becomes the official's; back to "my work". */
  @PostMapping("/worklist/tasks/{taskId}/claim")
  String claim(@PathVariable String taskId, RedirectAttributes redirect) {
    try {
      actions.claim(taskId);
      return "redirect:/worklist?scope=MINE";
    } catch (ErrorResponseException | AccessDeniedException refused) {
      redirect.addFlashAttribute("refused", true);
      return "redirect:/worklist";
    }
  }
}
