package vn.motcua.deadline.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import vn.motcua.deadline.DeadlineReached;
import vn.motcua.deadline.Rung;
import vn.motcua.notification.NoticeText;

/** What an official reads in a ladder notice: words, local times, names; no codes of ours. */
class LadderTextsUnitTests {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
  private static final Locale VI = Locale.forLanguageTag("vi");

  private final LadderTexts texts = new LadderTexts(messages(), HANOI);

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  private static LadderTexts.Facts overdue() {
    var event =
        new DeadlineReached(
            "000.00.01.H99-261207-0001",
            "StepOverdue",
            Rung.OVERDUE,
            Instant.parse("2026-12-07T04:30:00Z"),
            "task-1",
            "Task_Appraise",
            "Thẩm định hồ sơ",
            "000.00.01.H99",
            "000.00.01.H99:specialist",
            "hotich.anbinh",
            90,
            null);
    return new LadderTexts.Facts(
        event,
        Instant.parse("2026-12-07T02:00:00Z"),
        "Nguyễn Văn An",
        "UBND xã An Bình",
        "Chuyên viên · UBND xã An Bình",
        "Trần Thị Hộ Tịch",
        null,
        "http://localhost:8080/dossiers/000.00.01.H99-261207-0001");
  }

  @Test
  void anOverdueStepIsToldInVietnameseWordsWithLocalTimesAndNames() {
    NoticeText text = texts.text(overdue(), VI);
    String all = text.subject() + "\n" + text.body();
    assertThat(text.subject())
        .isEqualTo("[Một Cửa] Quá hạn xử lý: hồ sơ 000.00.01.H99-261207-0001 – Nguyễn Văn An");
    assertThat(all)
        .contains(
            "Quá hạn xử lý",
            "000.00.01.H99-261207-0001",
            "Nguyễn Văn An",
            "Thẩm định hồ sơ",
            "Đơn vị xử lý: Chuyên viên · UBND xã An Bình",
            "Người đang xử lý: Trần Thị Hộ Tịch",
            "Hạn xử lý bước: 09:00 ngày 07/12/2026",
            "Đã trễ: 1 giờ 30 phút làm việc",
            "Thời điểm: 11:30 ngày 07/12/2026",
            "Xem hồ sơ: http://localhost:8080/dossiers/000.00.01.H99-261207-0001");
    assertThat(all)
        .doesNotContain(
            "StepOverdue",
            "OVERDUE",
            ":specialist",
            "hotich.anbinh",
            "T04:30",
            "Z\n",
            "2026-12-07");
    assertThat(all).doesNotContainPattern("\\d{2}:\\d{2}(:\\d{2})?Z");
  }

  @Test
  void anEnglishReaderGetsEnglishWords() {
    NoticeText text = texts.text(overdue(), Locale.ENGLISH);
    assertThat(text.subject())
        .startsWith("[Một Cửa] Step overdue: dossier 000.00.01.H99-261207-0001");
    assertThat(text.body())
        .contains(
            "Step due: 09:00 on 07/12/2026",
            "Held by: Trần Thị Hộ Tịch",
            "Late by: 1 working hours 30 minutes")
        .doesNotContain("StepOverdue", "Quá hạn");
  }

  @Test
  void everyRungHasItsWords() {
    for (Rung rung : Rung.values()) {
      boolean step = rung != Rung.APOLOGY_DUE;
      var event =
          new DeadlineReached(
              "000.00.01.H99-261207-0002",
              step ? rung.stepEvent() : rung.dossierEvent(),
              rung,
              Instant.parse("2026-12-07T04:30:00Z"),
              step ? "task-2" : null,
              null,
              step ? "Thẩm định" : null,
              "000.00.01.H99",
              step ? "000.00.01.H99:specialist" : null,
              null,
              0,
              rung == Rung.UNIT_HEAD ? "000.00.01.H99:unit-head" : null);
      var facts =
          new LadderTexts.Facts(
              event,
              null,
              "Lê Thị Bình",
              "UBND xã An Bình",
              step ? "Chuyên viên · UBND xã An Bình" : null,
              null,
              rung == Rung.UNIT_HEAD ? "Trưởng bộ phận · UBND xã An Bình" : null,
              "http://localhost:8080/dossiers/000.00.01.H99-261207-0002");
      NoticeText text = texts.text(facts, VI);
      assertThat(text.subject()).doesNotContain("Step", "Dossier", "Apology", rung.name());
      assertThat(text.body())
          .contains("Lê Thị Bình", "Thời điểm: 11:30 ngày 07/12/2026")
          .doesNotContain(":specialist", ":unit-head", "Z\n");
    }
  }
}
