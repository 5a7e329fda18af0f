package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.motcua.dossier.DossierStatus;

class VietnameseTextUnitTests {

  private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  @Test
  void writesTimesInVietnameseOnVietnamTime() {
    assertThat(VietnameseText.time(Instant.parse("2026-11-23T02:05:00Z"), VIETNAM))
        .isEqualTo("09:05, ngày 23 tháng 11 năm 2026");
    assertThat(VietnameseText.time(null, VIETNAM)).isEmpty();
  }

  @Test
  void writesPlaceAndDateWithLeadingZerosForDaysUnderTenAndJanuaryAndFebruaryOnly() {
    assertThat(
            VietnameseText.placeDate("Xã An Bình", Instant.parse("2026-12-31T17:30:00Z"), VIETNAM))
        .isEqualTo("Xã An Bình, ngày 01 tháng 01 năm 2027");
    assertThat(
            VietnameseText.placeDate(
                "Phường Hòa Phú", Instant.parse("2026-12-06T02:00:00Z"), VIETNAM))
        .isEqualTo("Phường Hòa Phú, ngày 06 tháng 12 năm 2026");
    assertThat(
            VietnameseText.placeDate("Xã An Bình", Instant.parse("2026-03-05T02:00:00Z"), VIETNAM))
        .isEqualTo("Xã An Bình, ngày 05 tháng 3 năm 2026");
  }

  @Test
  void labelsEveryStatus() {
    for (DossierStatus status : DossierStatus.values()) {
      assertThat(VietnameseText.status(status)).isNotBlank();
    }
  }
}
