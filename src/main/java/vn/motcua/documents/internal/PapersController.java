package vn.motcua.documents.internal;

import java.util.Locale;
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
 * {@code GET /api/dossiers/{code}/papers/{form}}: an official paper of a dossier, as an HTML page
 * ({@code format=html}, the default) or a PDF file shown inline ({@code format=pdf}); issuing it
 * numbers it the first time ({@link PaperNumbers}). The register (form 07) redirects to the
 * register of the day the dossier was received ({@link RegisterLinks}).
 */
@Controller
class PapersController {

  private final PaperRegistry papers;
  private final PdfPaper pdf;

  PapersController(PaperRegistry papers, PdfPaper pdf) {
    this.papers = papers;
    this.pdf = pdf;
  }

  /** A {@link ModelAndView} for HTML, a {@code ResponseEntity<byte[]>} for PDF. */
  @GetMapping("/api/dossiers/{code}/papers/{form}")
  Object paper(
      @PathVariable String code,
      @PathVariable String form,
      @RequestParam(defaultValue = "html") String format) {
    boolean asPdf =
        switch (format.toLowerCase(Locale.ROOT)) {
          case "pdf" -> true;
          case "html" -> false;
          default -> throw new PaperProblems.UnsupportedFormatException(format);
        };
    PaperForm paper = papers.form(form);
    if (paper.paper() == Paper.DOSSIER_LOG) {
      return new ModelAndView(
          "redirect:"
              + papers.registerOf(code, paper)
              + "&format="
              + format.toLowerCase(Locale.ROOT));
    }
    PaperContent content = papers.paper(code, paper);
    if (!asPdf) {
      ModelAndView page = new ModelAndView("papers/paper");
      page.addObject("paper", content);
      page.addObject("code", code);
      return page;
    }
    ContentDisposition inline =
        ContentDisposition.inline().filename(code + "-" + form + ".pdf").build();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(HttpHeaders.CONTENT_DISPOSITION, inline.toString())
        .body(pdf.render(content));
  }
}
