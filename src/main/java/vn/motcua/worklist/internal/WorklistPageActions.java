package vn.motcua.worklist.internal;

import java.io.Serializable;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import vn.motcua.web.EngineRefusal;

/**
 * The worklist page's row actions: {@code POST /worklist/tasks/{taskId}/claim}, {@code /unclaim},
 * {@code /transfer} ({@code to}, {@code reason}) and {@code /return} ({@code reason}). Each calls
 * {@link WorklistActions} and goes back to the page as it was ({@code back}: its query string; "my
 * work" after a claim) with a flash message: what was done, or why not, in the user's language. A
 * refused transfer or return comes back with its form open and what the official typed in it.
 */
@Controller
@RequestMapping("/worklist/tasks/{taskId}")
class WorklistPageActions {

  static final int MAX_REASON = 1000;

  /** A query string as {@link WorklistPage#query} writes it: nothing that could leave the page. */
  private static final Pattern ENCODED_QUERY = Pattern.compile("[A-Za-z0-9_.~%=&-]{0,2000}");

  /** What the official typed into a row's transfer or return form. */
  record Draft(String taskId, String action, String to, String reason) implements Serializable {}

  private final WorklistActions actions;
  private final MessageSource messages;

  WorklistPageActions(WorklistActions actions, MessageSource messages) {
    this.actions = actions;
    this.messages = messages;
  }

  @PostMapping("/claim")
  String claim(
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String back,
      RedirectAttributes redirect) {
    boolean done = run(redirect, null, () -> actions.claim(taskId), "worklist.action.claimed");
    return page(back, done ? "MINE" : null);
  }

  @PostMapping("/unclaim")
  String unclaim(
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String back,
      RedirectAttributes redirect) {
    run(redirect, null, () -> actions.unclaim(taskId), "worklist.action.unclaimed");
    return page(back, null);
  }

  @PostMapping("/transfer")
  String transfer(
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String to,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String back,
      RedirectAttributes redirect) {
    Draft draft = new Draft(taskId, "transfer", to.strip(), reason);
    String missing = to.isBlank() ? "worklist.action.to-required" : reasonProblem(reason);
    if (missing != null) {
      refuse(redirect, draft, text(missing, MAX_REASON));
    } else {
      run(
          redirect,
          draft,
          () -> actions.transfer(taskId, draft.to(), reason.strip()),
          "worklist.action.transferred",
          draft.to());
    }
    return page(back, null);
  }

  @PostMapping("/return")
  String returnToPrevious(
      @PathVariable String taskId,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String back,
      RedirectAttributes redirect) {
    Draft draft = new Draft(taskId, "return", null, reason);
    String missing = reasonProblem(reason);
    if (missing != null) {
      refuse(redirect, draft, text(missing, MAX_REASON));
    } else {
      run(
          redirect,
          draft,
          () -> actions.returnToPrevious(taskId, reason.strip()),
          "worklist.action.returned");
    }
    return page(back, null);
  }

  private static String reasonProblem(String reason) {
    if (reason.isBlank()) {
      return "worklist.action.reason-required";
    }
    return reason.strip().length() > MAX_REASON ? "worklist.action.reason-too-long" : null;
  }

  /** Runs the action; the flash message says it was done, or why it was refused. */
  private boolean run(
      RedirectAttributes redirect, Draft draft, Runnable action, String done, Object... args) {
    try {
      action.run();
      redirect.addFlashAttribute("notice", text(done, args));
      return true;
    } catch (ErrorResponseException refused) {
      refuse(redirect, draft, detail(refused));
    } catch (EngineRefusal refused) {
      // the same problem, raised by a listener inside the engine
      refuse(redirect, draft, detail(refused.problem()));
    } catch (AccessDeniedException refused) {
      refuse(redirect, draft, text("problem.forbidden.detail"));
    }
    return false;
  }

  private String detail(ErrorResponseException refused) {
    return messages.getMessage(
        refused.getDetailMessageCode(),
        refused.getDetailMessageArguments(),
        refused.getBody().getDetail(),
        LocaleContextHolder.getLocale());
  }

  private static void refuse(RedirectAttributes redirect, Draft draft, String why) {
    redirect.addFlashAttribute("failure", why);
    if (draft != null) {
      redirect.addFlashAttribute("draft", draft);
    }
  }

  private String text(String code, Object... args) {
    return messages.getMessage(code, args, LocaleContextHolder.getLocale());
  }

  /** Back to the worklist with the page's filters, in {@code scope} if given. */
  static String page(String back, String scope) {
    UriComponentsBuilder page = UriComponentsBuilder.fromPath("/worklist");
    if (ENCODED_QUERY.matcher(back).matches()) {
      page.query(back);
    }
    if (scope != null) {
      page.replaceQueryParam("scope", scope).replaceQueryParam("page", 0);
    }
    return "redirect:" + page.build(true).toUriString();
  }
}
