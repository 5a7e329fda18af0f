package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import vn.motcua.notification.Notifications;
import vn.motcua.organization.Officials;
import vn.motcua.security.CurrentOfficial;

/**
 * The model of the frame of our pages: {@code shell}, a {@link ShellView} of the signed-in user.
 * Pages rendered without a controller's model (error pages, exception handlers) get it from the
 * bean {@code shellModel} ({@code ${shell ?: @shellModel.current()}} in the fragment).
 */
@ControllerAdvice(name = "shellModel")
class ShellAdvice {

  private static final String KEY = ShellView.class.getName();

  private final CurrentOfficial official;
  private final Officials officials;
  private final Notifications notifications;

  ShellAdvice(CurrentOfficial official, Officials officials, Notifications notifications) {
    this.official = official;
    this.officials = officials;
    this.notifications = notifications;
  }

  @ModelAttribute("shell")
  ShellView shell(HttpServletRequest request) {
    Object made = request.getAttribute(KEY);
    if (made instanceof ShellView view) {
      return view;
    }
    ShellView view = new ShellView(request, official, officials, notifications);
    request.setAttribute(KEY, view);
    return view;
  }

  /** The frame's model of the current request, for pages rendered without one. */
  public ShellView current() {
    RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
    if (!(attributes instanceof ServletRequestAttributes servlet)) {
      throw new IllegalStateException("no request");
    }
    return shell(servlet.getRequest());
  }
}
