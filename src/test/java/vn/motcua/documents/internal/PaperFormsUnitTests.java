package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

class PaperFormsUnitTests {

  @Test
  void numbersPapersAsCircular03Of2025ByDefault() {
    PaperForms forms = new PaperForms(null);
    // 01–07 of Circular 03/2025, Annex I; 08 is our transfer slip (province-wide reception)
    assertThat(forms.numbers()).containsExactly("01", "02", "03", "04", "05", "06", "07", "08");
    assertThat(forms.byNumber("06"))
        .hasValueSatisfying(
            form -> {
              assertThat(form.paper()).isEqualTo(Paper.CONTROL_SHEET);
              assertThat(form.title()).isEqualTo("Phiếu kiểm soát quá trình giải quyết hồ sơ");
            });
    assertThat(forms.byNumber("99")).isEmpty();
  }

  @Test
  void provinceMayPrintCircular01Of2018Numbers() {
    PaperForms forms =
        new PaperForms(
            Map.of(
                Paper.EXTENSION_REQUEST,
                new PaperForms.Change(null, "Phiếu xin lỗi và hẹn lại ngày trả kết quả"),
                Paper.STOP_NOTICE,
                new PaperForms.Change("05a", null),
                Paper.CONTROL_SHEET,
                new PaperForms.Change("05", null),
                Paper.DOSSIER_LOG,
                new PaperForms.Change("06", null)));
    assertThat(forms.byNumber("05")).map(PaperForm::paper).hasValue(Paper.CONTROL_SHEET);
    assertThat(forms.byNumber("06")).map(PaperForm::paper).hasValue(Paper.DOSSIER_LOG);
    assertThat(forms.byNumber("07")).isEmpty();
    assertThat(forms.form(Paper.EXTENSION_REQUEST).title())
        .isEqualTo("Phiếu xin lỗi và hẹn lại ngày trả kết quả");
  }

  @Test
  void bindsChangesFromApplicationProperties() {
    Map<String, String> properties =
        Map.of(
            "motcua.documents.forms.stop-notice.number", "05a",
            "motcua.documents.forms.control-sheet.number", "05",
            "motcua.documents.forms.dossier-log.number", "06");
    PaperForms forms =
        new Binder(new MapConfigurationPropertySource(properties))
            .bind("motcua.documents", PaperForms.class)
            .get();
    assertThat(forms.byNumber("05")).map(PaperForm::paper).hasValue(Paper.CONTROL_SHEET);
    assertThat(forms.form(Paper.RECEIPT).number()).isEqualTo("01");
  }

  @Test
  void twoPapersMayNotShareANumber() {
    assertThatIllegalArgumentException()
        .isThrownBy(
            () -> new PaperForms(Map.of(Paper.CONTROL_SHEET, new PaperForms.Change("05", null))))
        .withMessageContaining("STOP_NOTICE and CONTROL_SHEET");
  }
}
