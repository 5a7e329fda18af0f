package vn.motcua.feedback.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.feedback.internal.FeedbackProblems.FieldProblem;
import vn.motcua.feedback.internal.FeedbackProblems.InvalidFeedbackException;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.web.PublicLimits;

/**
 * The citizens' feedback pages, phone first, without scripts: {@code GET /public/feedback} the form
 * ({@code ?dossier=&t=} fills in a dossier from its status link), {@code POST /public/feedback}
 * (the same checks and limits as the API; problems shown next to their fields), then {@code GET
 * /public/feedback/{code}?t=} its status and answer (404 for a wrong token as for an unknown code).
 */
@Controller
class PublicFeedbackPages {

  private final PublicLimits limits;
  private final FeedbackValidation validation;
  private final FeedbackIntake intake;
  private final FeedbackStore store;
  private final FeedbackViews views;
  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final java.time.Clock clock;

  PublicFeedbackPages(
      PublicLimits limits,
      FeedbackValidation validation,
      FeedbackIntake intake,
      FeedbackStore store,
      FeedbackViews views,
      ProcedureCatalogue catalogue,
      Agencies agencies,
      java.time.Clock clock) {
    this.clock = clock;
    this.limits = limits;
    this.validation = validation;
    this.intake = intake;
    this.store = store;
    this.views = views;
    this.catalogue = catalogue;
    this.agencies = agencies;
  }

  @GetMapping("/public/feedback")
  String form(
      @RequestParam(name = "dossier", required = false) String dossier,
      @RequestParam(name = "t", required = false) String token,
      Model model) {
    FeedbackRequest empty = FeedbackRequest.empty();
    FeedbackRequest form =
        dossier == null || dossier.length() > 64
            ? empty
            : new FeedbackRequest(
                "DOSSIER",
                dossier,
                token != null && token.length() <= 64 ? token : null,
                null,
                null,
                "FEEDBACK",
                null,
                null,
                null,
                null);
    return page(model, form, Map.of());
  }

  @PostMapping("/public/feedback")
  String submit(
      @ModelAttribute FeedbackRequest form,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model,
      RedirectAttributes redirect) {
    limits.take(PublicFeedbackApi.SUBMIT, request);
    FeedbackIntake.Receipt receipt;
    try {
      receipt = intake.take(validation.check(form));
    } catch (InvalidFeedbackException e) {
      Map<String, String> errors = new LinkedHashMap<>();
      @SuppressWarnings("unchecked")
      var list = (java.util.List<FieldProblem>) e.getBody().getProperties().get("errors");
      list.forEach(p -> errors.putIfAbsent(p.field(), p.message()));
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      return page(model, form, errors);
    }
    redirect.addAttribute("t", receipt.token());
    redirect.addAttribute("new", "1");
    return "redirect:/public/feedback/" + receipt.code();
  }

  @GetMapping("/public/feedback/{code}")
  String status(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      @RequestParam(name = "new", required = false) String created,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    limits.take(PublicFeedbackApi.READ, request);
    Optional<Feedback> found = PublicFeedbackApi.find(store, code, token);
    model.addAttribute("zone", clock.getZone());
    if (found.isEmpty()) {
      response.setStatus(HttpStatus.NOT_FOUND.value());
      model.addAttribute("feedback", null);
      return "public-feedback-status";
    }
    model.addAttribute("feedback", views.citizen(found.get()));
    model.addAttribute("created", created != null);
    model.addAttribute("link", "/public/feedback/" + code + "?t=" + token);
    return "public-feedback-status";
  }

  private String page(Model model, FeedbackRequest form, Map<String, String> errors) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("kinds", FeedbackKind.values());
    model.addAttribute(
        "procedures",
        catalogue.all().stream().sorted(Comparator.comparing(Procedure::name)).toList());
    model.addAttribute(
        "agencies", agencies.all().stream().sorted(Comparator.comparing(Agency::name)).toList());
    model.addAttribute("maxContent", String.valueOf(FeedbackValidation.MAX_CONTENT));
    return "public-feedback";
  }
}
