package vn.motcua.feedback.internal;

import java.time.Clock;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.organization.Agencies;

/**
 * {@code GET /feedback}: the feedback the signed-in official may read (filters as the API), with
 * due date, overdue flag and the dossier's link; the assigned agency's leaders and unit heads
 * answer or forward it from the page (forms posting to {@code /feedback/{code}/answer|forward}).
 */
@Controller
class FeedbackStaffPage {

  private final FeedbackQuery query;
  private final FeedbackActions actions;
  private final Agencies agencies;
  private final Clock clock;

  FeedbackStaffPage(FeedbackQuery query, FeedbackActions actions, Agencies agencies, Clock clock) {
    this.query = query;
    this.actions = actions;
    this.agencies = agencies;
    this.clock = clock;
  }

  @GetMapping("/feedback")
  String page(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String code,
      Model model) {
    model.addAttribute("items", query.list(agency, status, overdue, from, to));
    model.addAttribute("agencies", agencies.all());
    model.addAttribute("statuses", FeedbackStatus.values());
    model.addAttribute("zone", clock.getZone());
    model.addAttribute("highlight", code);
    model.addAttribute("filter", new String[] {agency, status, overdue, from, to});
    return "feedback";
  }

  @PostMapping("/feedback/{code}/answer")
  String answer(@PathVariable String code, @RequestParam String answer, RedirectAttributes r) {
    actions.answer(code, answer);
    r.addAttribute("code", code);
    return "redirect:/feedback";
  }

  @PostMapping("/feedback/{code}/forward")
  String forward(
      @PathVariable String code,
      @RequestParam String agency,
      @RequestParam String reason,
      RedirectAttributes r) {
    actions.forward(code, agency, reason);
    r.addAttribute("code", code);
    return "redirect:/feedback";
  }
}
