package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.HandlerInterceptor;
import vn.motcua.organization.Officials;

/**
 * Keeps a signed-in official's choice of language ({@code ?lang=vi|en} on any page) on the
 * official, so that their notifications (in-app and e-mail) are written in it.
 */
class LanguageChoice implements HandlerInterceptor {

  private final ObjectProvider<Officials> officials;

  LanguageChoice(ObjectProvider<Officials> officials) {
    this.officials = officials;
  }

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    String language = request.getParameter("lang");
    Authentication user = SecurityContextHolder.getContext().getAuthentication();
    if (language != null
        && user != null
        && user.isAuthenticated()
        && !(user instanceof AnonymousAuthenticationToken)) {
      officials.getObject().chooseLanguage(user.getName(), language.strip().toLowerCase());
    }
    return true;
  }
}
