package vn.motcua.attachment.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** File names as kept: no path, no control characters, Unicode kept, length bounded. */
class FileNamesUnitTests {

  @Test
  void keepsOnlyTheLastSegmentOfAPath() {
    assertThat(FileNames.clean("../../etc/passwd.pdf")).isEqualTo("passwd.pdf");
    assertThat(FileNames.clean("C:\\Users\\an\\Giấy tờ\\khai sinh.pdf")).isEqualTo("khai sinh.pdf");
    assertThat(FileNames.clean("..")).isEmpty();
    assertThat(FileNames.clean(".hidden.pdf")).isEqualTo("hidden.pdf");
  }

  @Test
  void dropsControlAndFormatCharactersAndKeepsVietnamese() {
    assertThat(FileNames.clean("giấy\u0000 chứng\r\n sinh\u202e.pdf"))
        .isEqualTo("giấy chứng sinh.pdf");
    // decomposed (as macOS names files) becomes composed
    assertThat(FileNames.clean("Nguye\u0302\u0303n.pdf")).isEqualTo("Nguyễn.pdf");
  }

  @Test
  void shortensLongNamesKeepingTheExtension() {
    String name = FileNames.clean("đ".repeat(300) + ".pdf");
    assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(name).endsWith("đđ.pdf");
  }
}
