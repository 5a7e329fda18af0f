package vn.motcua.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;
import vn.motcua.attachment.Scans;

/** The type of a document comes from its bytes; its name and declared type must agree. */
class ContentTypesUnitTests {

  private final ContentTypes types = new ContentTypes();

  @Test
  void acceptsPdfJpegAndPngNamedAndDeclaredAsWhatTheyAre() {
    assertThat(types.check("to-khai.pdf", "application/pdf", Scans.pdf()))
        .isEqualTo("application/pdf");
    assertThat(types.check("cccd.JPG", "image/jpg", Scans.jpeg())).isEqualTo("image/jpeg");
    assertThat(types.check("anh.jpeg", null, Scans.jpeg())).isEqualTo("image/jpeg");
    assertThat(types.check("so-do.png", "application/octet-stream", Scans.png()))
        .isEqualTo("image/png");
  }

  @Test
  void refusesContentOfAnotherTypeWhateverTheName() {
    assertStatus(
        "thu.pdf",
        "application/pdf",
        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertStatus(
        "tien.png",
        "image/png",
        new byte[] {'M', 'Z', 0, 0, 1, 2},
        HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertStatus(
        "a.pdf",
        null,
        "GIF89a....".getBytes(StandardCharsets.US_ASCII),
        HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  @Test
  void refusesANameOrDeclaredTypeThatClaimsAnotherAcceptedType() {
    assertStatus("a.pdf", null, Scans.png(), HttpStatus.UNPROCESSABLE_ENTITY);
    assertStatus("a.png", null, Scans.jpeg(), HttpStatus.UNPROCESSABLE_ENTITY);
    assertStatus("a.jpg", "application/pdf", Scans.jpeg(), HttpStatus.UNPROCESSABLE_ENTITY);
    assertStatus("a", null, Scans.pdf(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    assertStatus("a.pdf.exe", null, Scans.pdf(), HttpStatus.UNSUPPORTED_MEDIA_TYPE);
  }

  private void assertStatus(String name, String declared, byte[] content, HttpStatus status) {
    assertThatThrownBy(() -> types.check(name, declared, content))
        .isInstanceOfSatisfying(
            ErrorResponseException.class,
            e -> assertThat(e.getStatusCode()).as(name).isEqualTo(status));
  }
}
