package vn.motcua.reception.internal;

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
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/**
 * {@code POST /api/reception}: the desk's intake in one call, as JSON or as multipart (a {@code
 * dossier} JSON part and files {@code document.<kind>}).
 */
@RestController
@RequestMapping("/api/reception")
class ReceptionController {

  static final String FILE_PART = "document.";

  private final DeskWork desk;

  ReceptionController(DeskWork desk) {
    this.desk = desk;
  }

  @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
  ResponseEntity<DeskWork.Received> receive(@Valid @RequestBody ReceptionRequest request) {
    return created(desk.receive(request, List.of()));
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  ResponseEntity<DeskWork.Received> receiveWithDocuments(
      @Valid @RequestPart("dossier") ReceptionRequest request,
      MultipartHttpServletRequest multipart) {
    List<DeskWork.Upload> uploads = new ArrayList<>();
    for (Map.Entry<String, List<MultipartFile>> part : multipart.getMultiFileMap().entrySet()) {
      String name = part.getKey();
      if (name.equals("dossier")) {
        continue;
      }
      if (!name.startsWith(FILE_PART) || !name.substring(FILE_PART.length()).matches("D\\d{1,2}")) {
        throw new ReceptionProblems.BadPartException(name);
      }
      for (MultipartFile file : part.getValue()) {
        uploads.add(
            new DeskWork.Upload(
                name.substring(FILE_PART.length()),
                file.getOriginalFilename(),
                file.getContentType(),
                bytes(file)));
      }
    }
    return created(desk.receive(request, uploads));
  }

  private static byte[] bytes(MultipartFile file) {
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ResponseEntity<DeskWork.Received> created(DeskWork.Received received) {
    return ResponseEntity.created(URI.create("/api/dossiers/" + received.code())).body(received);
  }
}
