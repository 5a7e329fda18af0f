package vn.motcua.worklist.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.motcua.notification.NoticeText;

/** What the colleague or official reached by a transfer or a return reads. */
class HandOverTextsUnitTests {

  private final HandOverTexts texts = new HandOverTexts(messages(), ZoneId.of("Asia/Ho_Chi_Minh"));

  private static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static HandOverTexts.Facts facts(HandOverTexts.Kind kind) {
    return new HandOverTexts.Facts(
        kind,
        "000.00.01.H99-261207-0003",
        "Phạm Văn Cường",
        "Nguyễn Văn Hộ",
        "Thẩm định hồ sơ",
        "Chuyên viên · UBND xã An Bình",
        "Thiếu bản sao giấy chứng sinh",
        Instant.parse("2026-12-07T02:00:00Z"),
        Instant.parse("2026-12-08T10:00:00Z"),
        "http://localhost:8080/dossiers/000.00.01.H99-261207-0003");
  }

  @Test
  void aTransferTellsWhoWhatAndWhyInVietnamese() {
    NoticeText text =
        texts.text(facts(HandOverTexts.Kind.TRANSFERRED), Locale.forLanguageTag("vi"));
    assertThat(text.subject())
        .isEqualTo("[Một Cửa] Được chuyển việc: hồ sơ 000.00.01.H99-261207-0003 – Phạm Văn Cường");
    assertThat(text.body())
        .contains(
            "Nguyễn Văn Hộ chuyển cho bạn bước «Thẩm định hồ sơ» của hồ sơ"
                + " 000.00.01.H99-261207-0003 (Phạm Văn Cường).",
            "Lý do: Thiếu bản sao giấy chứng sinh",
            "Đơn vị xử lý: Chuyên viên · UBND xã An Bình",
            "Hạn xử lý bước: 17:00 ngày 08/12/2026",
            "Thời điểm: 09:00 ngày 07/12/2026",
            "Xem hồ sơ: http://localhost:8080/dossiers/000.00.01.H99-261207-0003")
        .doesNotContain("TRANSFERRED", "Z\n", "2026-12-07T", ":specialist");
  }

  @Test
  void aReturnNamesTheStepReturnedTo() {
    NoticeText text = texts.text(facts(HandOverTexts.Kind.RETURNED), Locale.forLanguageTag("vi"));
    assertThat(text.subject())
        .startsWith("[Một Cửa] Hồ sơ bị trả về: hồ sơ 000.00.01.H99-261207-0003");
    assertThat(text.body())
        .contains(
            "Nguyễn Văn Hộ trả hồ sơ 000.00.01.H99-261207-0003 (Phạm Văn Cường) về bước «Thẩm định"
                + " hồ sơ».",
            "Lý do: Thiếu bản sao giấy chứng sinh")
        .doesNotContain("RETURNED");
    assertThat(texts.text(facts(HandOverTexts.Kind.RETURNED), Locale.ENGLISH).body())
        .contains(
            "returned dossier 000.00.01.H99-261207-0003",
            "Reason: Thiếu bản sao",
            "09:00 on 07/12/2026");
  }
}
