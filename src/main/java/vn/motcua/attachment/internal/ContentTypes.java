package vn.motcua.attachment.internal;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The type of a document told by its bytes (Apache Tika's magic numbers, not the name), checked
 * against the three types accepted (PDF, JPEG, PNG), the file name's extension and the type the
 * client declared. A client that declares nothing or {@code application/octet-stream} (curl, some
 * scanners) is judged by the extension alone.
 */
@Component
class ContentTypes {

  static final String PDF = "application/pdf";
  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";

  private static final Map<String, String> BY_EXTENSION =
      Map.of("pdf", PDF, "jpg", JPEG, "jpeg", JPEG, "jpe", JPEG, "png", PNG);

  private static final Set<String> ACCEPTED = Set.of(PDF, JPEG, PNG);

  /** Names some clients give the accepted types. */
  private static final Map<String, String> ALIASES =
      Map.of("image/jpg", JPEG, "image/pjpeg", JPEG, "image/x-png", PNG, "application/x-pdf", PDF);

  private final Tika tika = new Tika();

  /**
   * The media type of {@code content}, one of the accepted three.
   *
   * @throws AttachmentProblems.AttachmentProblem 415 when the content is of another type or the
   *     name has no accepted extension, 422 when the name or declared type claims another type
   */
  String check(String fileName, String declared, byte[] content) {
    String detected = tika.detect(content);
    if (!ACCEPTED.contains(detected)) {
      throw AttachmentProblems.unsupportedType(fileName, detected);
    }
    String byName = BY_EXTENSION.get(FileNames.extension(fileName));
    if (byName == null) {
      throw AttachmentProblems.badExtension(fileName);
    }
    if (!byName.equals(detected)) {
      throw AttachmentProblems.typeMismatch(
          fileName, "." + FileNames.extension(fileName), label(detected));
    }
    String claimed = declared(declared);
    if (claimed != null && !claimed.equals(detected)) {
      throw AttachmentProblems.typeMismatch(fileName, claimed, label(detected));
    }
    return detected;
  }

  /** PDF, JPEG or PNG: what a person calls the accepted types. */
  private static String label(String type) {
    return switch (type) {
      case PDF -> "PDF";
      case JPEG -> "JPEG";
      default -> "PNG";
    };
  }

  /** The declared type without parameters, or null when it says nothing. */
  private static String declared(String declared) {
    if (declared == null || declared.isBlank()) {
      return null;
    }
    String type;
    try {
      MediaType media = MediaType.parseMediaType(declared);
      type = (media.getType() + "/" + media.getSubtype()).toLowerCase(Locale.ROOT);
    } catch (InvalidMediaTypeException e) {
      return declared.strip().substring(0, Math.min(declared.strip().length(), 100));
    }
    if (type.equals(MediaType.APPLICATION_OCTET_STREAM_VALUE)) {
      return null;
    }
    return ALIASES.getOrDefault(type, type);
  }
}
