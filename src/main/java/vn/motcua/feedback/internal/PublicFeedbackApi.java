package vn.motcua.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.web.PublicLimits;

/**
 * The citizens' feedback API, without signing in, rate-limited per client ({@code
 * motcua.public.limits.feedback} for submissions, {@code feedback-status} for reading): {@code POST
 * /api/public/feedback} → 201 with the code, the secret token and the link to its page; {@code GET
 * /api/public/feedback/{code}?t=} its status and answer (a wrong token answers as an unknown code).
 */
@RestController
class PublicFeedbackApi {

  static final String SUBMIT = "feedback";
  static final String READ = "feedback-status";

  /** What the citizen gets back once. */
  record Created(String code, String token, String link, Instant dueAt) {}

  private final PublicLimits limits;
  private final FeedbackValidation validation;
  private final FeedbackIntake intake;
  private final FeedbackStore store;
  private final FeedbackViews views;

  PublicFeedbackApi(
      PublicLimits limits,
      FeedbackValidation validation,
      FeedbackIntake intake,
      FeedbackStore store,
      FeedbackViews views) {
    this.limits = limits;
    this.validation = validation;
    this.intake = intake;
    this.store = store;
    this.views = views;
  }

  @PostMapping("/api/public/feedback")
  @ResponseStatus(HttpStatus.CREATED)
  Created submit(@RequestBody FeedbackRequest body, HttpServletRequest request) {
    limits.take(SUBMIT, request);
    FeedbackIntake.Receipt receipt = intake.take(validation.check(body));
    return new Created(
        receipt.code(),
        receipt.token(),
        "/public/feedback/" + receipt.code() + "?t=" + receipt.token(),
        receipt.dueAt());
  }

  @GetMapping("/api/public/feedback/{code}")
  FeedbackViews.CitizenView status(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      HttpServletRequest request) {
    limits.take(READ, request);
    return views.citizen(
        find(store, code, token).orElseThrow(() -> FeedbackProblems.notFound(code)));
  }

  /** The feedback with this code if {@code token} is its own; nothing otherwise. */
  static Optional<Feedback> find(FeedbackStore store, String code, String token) {
    if (code == null || code.length() > 32 || token == null || token.length() > 64) {
      return Optional.empty();
    }
    return store.find(code).filter(f -> FeedbackTokens.matches(token, f.tokenHash()));
  }
}
