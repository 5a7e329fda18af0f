package vn.motcua.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PaperSymbolsUnitTests {

  @Test
  void abbreviatesThePaperAndTheAgencyFromItsName() {
    PaperSymbols symbols = new PaperSymbols(null, null);
    assertThat(symbols.symbol(Paper.RECEIPT, "000.00.01.H99", "UBND xã An Bình"))
        .isEqualTo("GTN-UBND");
    assertThat(symbols.symbol(Paper.REFUSAL, "000.00.20.H99", "Sở Tư pháp")).isEqualTo("PTC-STP");
    assertThat(symbols.symbol(Paper.EXTENSION_REQUEST, "x", "Văn phòng Đăng ký đất đai"))
        .isEqualTo("XLGH-VPĐKĐĐ");
  }

  @Test
  void aProvinceSetsItsOwnAbbreviations() {
    PaperSymbols symbols =
        new PaperSymbols(Map.of(Paper.RECEIPT, "TNHS"), Map.of("000.00.01.H99", "UBND-BPMC"));
    assertThat(symbols.symbol(Paper.RECEIPT, "000.00.01.H99", "UBND xã An Bình"))
        .isEqualTo("TNHS-UBND-BPMC");
    assertThat(symbols.symbol(Paper.REFUSAL, "000.00.02.H99", "UBND phường Hòa Phú"))
        .isEqualTo("PTC-UBND");
  }

  @Test
  void theRegisterHasNoNumber() {
    assertThat(new PaperSymbols(null, null).symbol(Paper.DOSSIER_LOG, "x", "UBND xã An Bình"))
        .isNull();
  }

  @Test
  void placeIsTheAgencysNameWithoutTheCouncil() {
    assertThat(PaperPlaces.fromName("UBND xã An Bình")).contains("Xã An Bình");
    assertThat(PaperPlaces.fromName("Ủy ban nhân dân phường Hòa Phú")).contains("Phường Hòa Phú");
    assertThat(PaperPlaces.fromName("Sở Tư pháp")).isEmpty();
  }
}
