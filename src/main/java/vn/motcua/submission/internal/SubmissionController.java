package vn.motcua.submission.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.motcua.web.PublicLimits;

/**
 * {@code POST /api/public/submissions}: a citizen's online submission, multipart (a {@code
 * submission} JSON part and files {@code document.<kind>}, as {@code POST /api/reception}),
 * rate-limited per client ({@code submission}).
 */
@RestController
@RequestMapping("/api/public/submissions")
class SubmissionController {

  static final String FILE_PART = "document.";

  private final Submissions submissions;
  private final PublicLimits limits;

  SubmissionController(Submissions submissions, PublicLimits limits) {
    this.submissions = submissions;
    this.limits = limits;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Submissions.Submitted> submit(
      @Valid @RequestPart("submission") SubmissionRequest request,
      MultipartHttpServletRequest multipart,
      HttpServletRequest http) {
    limits.take("submission", http);
    List<Submissions.Upload> uploads = new ArrayList<>();
    for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
      String name = part.getKey();
      if (name.equals("submission")) {
        continue;
      }
      if (!name.startsWith(FILE_PART) || !name.substring(FILE_PART.length()).matches("D\\d{1,2}")) {
        throw new SubmissionProblems.BadPartException(name);
      }
      for (MultipartFile file : part.getValue()) {
        uploads.add(
            new Submissions.Upload(
                name.substring(FILE_PART.length()),
                file.getOriginalFilename(),
                file.getContentType(),
                bytes(file)));
      }
    }
    Submissions.Submitted submitted = submissions.submit(request, uploads);
    return ResponseEntity.created(URI.create(submitted.acknowledgementUrl())).body(submitted);
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
