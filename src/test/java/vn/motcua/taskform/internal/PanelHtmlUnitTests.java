package vn.motcua.taskform.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PanelHtmlUnitTests {

  @Test
  void tagsLinksAndTemplatesBecomeCharacterReferences() {
    String text = PanelHtml.text("[x](javascript:alert(1)) <img onerror=a> {{v}} *b* `c`");
    assertThat(text)
        .doesNotContain("<", ">", "[", "]", "(", ")", "{", "}", "*", "`", "=")
        .startsWith("&#91;x&#93;&#40;javascript:alert&#40;1&#41;&#41; &#60;img onerror&#61;a&#62;");
  }

  @Test
  void vietnameseLettersAndPlainPunctuationStayAndLinesBreak() {
    assertThat(PanelHtml.text("Nguyễn Văn An, 08/12/2026 09:00\nThôn Đông"))
        .isEqualTo("Nguyễn Văn An, 08/12/2026 09:00<br>Thôn Đông");
    assertThat(PanelHtml.text("a\n\nb")).doesNotContain("\n");
  }

  @Test
  void linksOpenOurPathsOnly() {
    assertThat(PanelHtml.link("/dossiers/X-1", "\"><script>"))
        .isEqualTo(
            "<a href=\"/dossiers/X-1\" target=\"_blank\" rel=\"noopener\">&#34;&#62;&#60;script&#62;</a>");
  }
}
