package vn.motcua.attachment.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.motcua.attachment.Attachment;
import vn.motcua.attachment.NewAttachment;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.dossier.Dossiers;

/**
 * The documents of a dossier: upload (the staff who may add one, {@link UploadPolicy}), list and
 * download (whoever may read the dossier, {@link Dossiers#find}). A download is sent as the type
 * checked at upload, never sniffed, in a sandbox (no script of a crafted PDF runs with our origin),
 * with its SHA-256 as {@code Repr-Digest} (RFC 9530).
 */
@RestController
@RequestMapping("/api/dossiers/{code}/documents")
class DocumentsController {

  private final StoredAttachments attachments;
  private final Dossiers dossiers;
  private final UploadPolicy policy;

  DocumentsController(StoredAttachments attachments, Dossiers dossiers, UploadPolicy policy) {
    this.attachments = attachments;
    this.dossiers = dossiers;
    this.policy = policy;
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<Attachment> upload(
      @PathVariable String code,
      @RequestParam("file") MultipartFile file,
      @RequestParam("kind") String kind,
      @RequestParam(name = "kindName", required = false) String kindName,
      @RequestParam(name = "digitisedOriginal", defaultValue = "false") boolean digitisedOriginal) {
    DossierSummary dossier = dossiers.find(code);
    String official = policy.check(dossier);
    Attachment stored =
        attachments.store(
            new NewAttachment(
                dossier.code(),
                kind,
                kindName,
                file.getOriginalFilename(),
                file.getContentType(),
                bytes(file),
                digitisedOriginal,
                official));
    return ResponseEntity.created(URI.create(stored.href())).body(stored);
  }

  @GetMapping
  List<Attachment> list(@PathVariable String code) {
    return attachments.of(dossiers.find(code).code());
  }

  @GetMapping("/{id}")
  ResponseEntity<byte[]> download(
      @PathVariable String code,
      @PathVariable UUID id,
      @RequestParam(name = "download", defaultValue = "false") boolean download,
      HttpServletResponse response) {
    // binary: no charset (server.servlet.encoding.force adds UTF-8 to every response otherwise)
    response.setCharacterEncoding(null);
    DossierSummary dossier = dossiers.find(code);
    StoredAttachments.StoredDocument document =
        attachments
            .read(dossier.code(), id)
            .orElseThrow(() -> AttachmentProblems.notFound(dossier.code(), id.toString()));
    Attachment a = document.attachment();
    ContentDisposition disposition =
        (download ? ContentDisposition.attachment() : ContentDisposition.inline())
            .filename(a.fileName(), StandardCharsets.UTF_8)
            .build();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(a.mediaType()))
        .contentLength(document.content().length)
        .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "sandbox")
        .header(HttpHeaders.CACHE_CONTROL, "private")
        .header("Repr-Digest", reprDigest(a.sha256()))
        .body(document.content());
  }

  /** RFC 9530: {@code sha-256=:<base64 of the digest>:}. */
  static String reprDigest(String sha256Hex) {
    return "sha-256=:"
        + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256Hex))
        + ":";
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
