package vn.motcua.web.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * An unknown page, or a page asked for with a method it does not take, opened in a browser: sent to
 * the error page ({@link ProblemErrorController}), which shows an HTML page in the user's language
 * with a link home, where the problem advice would answer JSON. API paths and clients not asking
 * for HTML keep their problem details ({@link ProblemDetailsAdvice}).
 */
@Component
class BrowserErrorPages implements HandlerExceptionResolver, Ordered {

  @Override
  public ModelAndView resolveException(
      HttpServletRequest request, HttpServletResponse response, Object handler, Exception e) {
    if (!ProblemErrorController.wantsPage(request, request.getRequestURI())) {
      return null;
    }
    try {
      if (e instanceof NoResourceFoundException || e instanceof NoHandlerFoundException) {
        response.sendError(HttpStatus.NOT_FOUND.value());
        return new ModelAndView();
      }
      if (e instanceof HttpRequestMethodNotSupportedException refused) {
        String[] allowed = refused.getSupportedMethods();
        if (allowed != null) {
          response.setHeader(HttpHeaders.ALLOW, StringUtils.arrayToDelimitedString(allowed, ", "));
        }
        response.sendError(HttpStatus.METHOD_NOT_ALLOWED.value());
        return new ModelAndView();
      }
    } catch (IOException clientGone) {
      return new ModelAndView();
    }
    return null;
  }

  /** Before the problem advice (Spring MVC's own resolvers, order 0). */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE + 1;
  }
}
