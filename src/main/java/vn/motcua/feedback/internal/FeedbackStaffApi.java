package vn.motcua.feedback.internal;

import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Feedback for civil servants: {@code GET /api/feedback?agency=&status=&overdue=&from=&to=}, {@code
 * GET /api/feedback/{code}}, and for the assigned agency's leaders and unit heads {@code POST
 * /api/feedback/{code}/answer} {@code {answer}} and {@code /forward} {@code {agency, reason}}.
 */
@RestController
class FeedbackStaffApi {

  record AnswerRequest(String answer) {}

  record ForwardRequest(String agency, String reason) {}

  private final FeedbackQuery query;
  private final FeedbackActions actions;
  private final FeedbackAccess access;
  private final FeedbackViews views;

  FeedbackStaffApi(
      FeedbackQuery query, FeedbackActions actions, FeedbackAccess access, FeedbackViews views) {
    this.query = query;
    this.actions = actions;
    this.access = access;
    this.views = views;
  }

  @GetMapping("/api/feedback")
  List<FeedbackViews.StaffView> list(
      @RequestParam(required = false) String agency,
      @RequestParam(required = false) String status,
      @RequestParam(required = false) String overdue,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to) {
    return query.list(agency, status, overdue, from, to);
  }

  @GetMapping("/api/feedback/{code}")
  FeedbackViews.StaffView one(@PathVariable String code) {
    return query.one(code);
  }

  @PostMapping("/api/feedback/{code}/answer")
  FeedbackViews.StaffView answer(@PathVariable String code, @RequestBody AnswerRequest body) {
    Feedback f = actions.answer(code, body == null ? null : body.answer());
    return views.staff(f, access.mayAct(f.agency()));
  }

  @PostMapping("/api/feedback/{code}/forward")
  FeedbackViews.StaffView forward(@PathVariable String code, @RequestBody ForwardRequest body) {
    Feedback f =
        actions.forward(
            code, body == null ? null : body.agency(), body == null ? null : body.reason());
    return views.staff(f, access.mayAct(f.agency()));
  }
}
