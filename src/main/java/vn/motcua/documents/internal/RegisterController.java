package vn.motcua.documents.internal;

import java.time.LocalDate;
import java.util.Locale;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;

/**
 * {@code GET /api/papers/07?agency=&from=&to=&format=html|pdf|xlsx}: the register of the dossiers
 * an agency received from one day to another (both included, at most a year), for its reception
 * officers, unit heads and supervisors ({@link RegisterAccess}). The form number is the one the
 * province prints for the register ({@link PaperForms}).
 */
@Controller
class RegisterController {

  static final MediaType XLSX =
      MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

  private final PaperForms forms;
  private final RegisterAccess access;
  private final DossierRegister register;
  private final PdfPaper pdf;

  RegisterController(
      PaperForms forms, RegisterAccess access, DossierRegister register, PdfPaper pdf) {
    this.forms = forms;
    this.access = access;
    this.register = register;
    this.pdf = pdf;
  }

  @GetMapping("/api/papers/{form}")
  Object register(
      @PathVariable String form,
      @RequestParam String agency,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
      @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
      @RequestParam(defaultValue = "html") String format) {
    PaperForm log = forms.form(Paper.DOSSIER_LOG);
    if (!log.number().equals(form)) {
      throw new PaperProblems.UnknownPaperException(form, java.util.List.of(log.number()));
    }
    String kind = format.toLowerCase(Locale.ROOT);
    if (!kind.equals("html") && !kind.equals("pdf") && !kind.equals("xlsx")) {
      throw new PaperProblems.UnsupportedFormatException(format, "papers.register.format.allowed");
    }
    if (to.isBefore(from) || to.isAfter(from.plusYears(1))) {
      throw new PaperProblems.RegisterPeriodException(from, to);
    }
    access.check(agency);
    PaperContent content = register.of(agency, from, to);
    if (kind.equals("html")) {
      ModelAndView page = new ModelAndView("papers/paper");
      page.addObject("paper", content);
      return page;
    }
    boolean asPdf = kind.equals("pdf");
    String name = "so-theo-doi-" + agency + "-" + from + "-" + to + (asPdf ? ".pdf" : ".xlsx");
    ContentDisposition disposition =
        (asPdf ? ContentDisposition.inline() : ContentDisposition.attachment())
            .filename(name)
            .build();
    return ResponseEntity.ok()
        .contentType(asPdf ? MediaType.APPLICATION_PDF : XLSX)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .body(asPdf ? pdf.renderLandscape(content) : RegisterXlsx.write(content));
  }
}
