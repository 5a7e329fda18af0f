package vn.motcua.submission.internal;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import jakarta.servlet.http.HttpServletRequest;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import javax.imageio.ImageIO;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import vn.motcua.attachment.Attachments;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.StatusLinks;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.web.PublicLimits;

/**
 * {@code /public/submissions/{code}?t=}: the printable acknowledgement of an online submission
 * (code, procedure, desk, when, the files with their SHA-256, the status link as a QR code), and
 * {@code .../qr.png?t=} that QR code. Only with the dossier's status token; a wrong token answers
 * as an unknown code does (404). Nothing about the applicant is shown.
 */
@Controller
class AcknowledgementPage {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

  private final Duplicates submissions;
  private final StatusLinks links;
  private final Attachments attachments;
  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final PublicLimits limits;
  private final Clock clock;

  AcknowledgementPage(
      Duplicates submissions,
      StatusLinks links,
      Attachments attachments,
      ProcedureCatalogue catalogue,
      Agencies agencies,
      PublicLimits limits,
      Clock clock) {
    this.submissions = submissions;
    this.links = links;
    this.attachments = attachments;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.limits = limits;
    this.clock = clock;
  }

  @GetMapping("/public/submissions/{code}")
  String acknowledgement(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      Model model,
      HttpServletRequest request) {
    limits.take("acknowledgement", request);
    Duplicates.Submission s = find(code, token);
    model.addAttribute("code", s.code());
    model.addAttribute(
        "procedure", catalogue.latest(s.procedure()).map(p -> p.name()).orElse(s.procedure()));
    model.addAttribute("agency", agencies.find(s.agency()).map(Agency::name).orElse(s.agency()));
    model.addAttribute("submittedAt", TIME.format(s.submittedAt().atZone(clock.getZone())));
    model.addAttribute("documents", attachments.of(s.code()));
    model.addAttribute("statusUrl", "/status/" + s.code() + "?t=" + token);
    model.addAttribute("statusLink", links.link(s.code()));
    model.addAttribute("qr", "/public/submissions/" + s.code() + "/qr.png?t=" + token);
    return "public/acknowledgement";
  }

  @GetMapping(value = "/public/submissions/{code}/qr.png", produces = MediaType.IMAGE_PNG_VALUE)
  ResponseEntity<byte[]> qr(
      @PathVariable String code,
      @RequestParam(name = "t", required = false) String token,
      HttpServletRequest request) {
    limits.take("acknowledgement", request);
    Duplicates.Submission s = find(code, token);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .contentType(MediaType.IMAGE_PNG)
        .body(png(links.link(s.code())));
  }

  private Duplicates.Submission find(String code, String token) {
    if (code.length() > 64 || !links.verify(code, token)) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return submissions
        .of(code)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  /** A PNG of the link as a QR code (ZXing, error correction M, quiet zone 4). */
  static byte[] png(String text) {
    BitMatrix matrix;
    try {
      matrix =
          new QRCodeWriter()
              .encode(
                  text,
                  BarcodeFormat.QR_CODE,
                  240,
                  240,
                  Map.of(
                      EncodeHintType.ERROR_CORRECTION,
                      ErrorCorrectionLevel.M,
                      EncodeHintType.MARGIN,
                      4));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode as a QR code", e);
    }
    BufferedImage image =
        new BufferedImage(matrix.getWidth(), matrix.getHeight(), BufferedImage.TYPE_BYTE_BINARY);
    for (int y = 0; y < matrix.getHeight(); y++) {
      for (int x = 0; x < matrix.getWidth(); x++) {
        image.setRGB(x, y, matrix.get(x, y) ? 0xFF000000 : 0xFFFFFFFF);
      }
    }
    ByteArrayOutputStream png = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", png);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return png.toByteArray();
  }
}
