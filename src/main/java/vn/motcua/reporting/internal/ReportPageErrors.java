package vn.motcua.reporting.internal;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A refused report page (an agency the caller does not oversee, an unknown procedure, a period that
 * is none) answers with a page giving the reason in the reader's language, where the API answers
 * with a problem document.
 */
@ControllerAdvice(assignableTypes = {DashboardPage.class, ProcedureDiagramPage.class})
@Order(Ordered.HIGHEST_PRECEDENCE)
class ReportPageErrors {

  private final MessageSource messages;

  ReportPageErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ReportProblems.ReportException.class)
  ModelAndView refused(ReportProblems.ReportException refusal, Locale locale) {
    HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
    ModelAndView page = new ModelAndView("report-refused", status);
    page.addObject("status", status.value());
    page.addObject(
        "detail",
        messages.getMessage(
            refusal.getDetailMessageCode(), refusal.getDetailMessageArguments(), locale));
    return page;
  }
}
