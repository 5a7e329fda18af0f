package vn.motcua.applicant.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.web.PublicLimits;

/**
 * {@code POST /api/public/dossiers/{code}/supplement} (multipart: {@code t}, the dossier's token
 * from the notice's link; {@code files}, 1–10 scans; {@code note}, optional): the applicant sends
 * the supplement online while the dossier awaits it. 404 for a wrong token as for an unknown code,
 * 409 when the dossier does not await a supplement, 415/413/422 for a refused file, 429 over the
 * limit ({@code motcua.public.limits.supplement}).
 */
@RestController
class SupplementController {

  static final String LIMIT = "supplement";

  private final OnlineSupplement supplement;
  private final PublicLimits limits;

  SupplementController(OnlineSupplement supplement, PublicLimits limits) {
    this.supplement = supplement;
    this.limits = limits;
  }

  @PostMapping(
      path = "/api/public/dossiers/{code}/supplement",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  OnlineSupplement.Outcome supplement(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      @RequestParam(name = "files", required = false) List<MultipartFile> files,
      @RequestParam(name = "note", required = false) String note,
      HttpServletRequest request) {
    limits.take(LIMIT, request);
    return supplement.send(code, token, files, note);
  }
}
