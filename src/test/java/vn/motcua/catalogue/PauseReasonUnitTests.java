package vn.motcua.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The encoding of {@code pauseReason.<CODE>} = {@code label | legal basis | roles | max}. */
class PauseReasonUnitTests {

  @Test
  void readsEveryField() {
    PauseReason reason =
        PauseReason.parse(
            "VERIFICATION",
            " Xác minh | Nghị định 123/2015/NĐ-CP Điều 3 | specialist, leader | 5 ");
    assertThat(reason)
        .isEqualTo(
            new PauseReason(
                "VERIFICATION",
                "Xác minh",
                "Nghị định 123/2015/NĐ-CP Điều 3",
                Set.of("specialist", "leader"),
                5));
    assertThat(reason.processOnly()).isFalse();
    assertThat(PauseReason.parse("TAX", "Thuế | NĐ 151 | process").processOnly()).isTrue();
    assertThat(PauseReason.parse("TAX", "Thuế | NĐ 151 | process | ").maxWorkingDays()).isNull();
  }

  @Test
  void refusesWhatAnAdministratorMustFix() {
    assertThatThrownBy(() -> PauseReason.parse("BUSY", "bận")).hasMessageContaining("phải có dạng");
    assertThatThrownBy(() -> PauseReason.parse("X", " | NĐ | specialist"))
        .hasMessageContaining("label and legal basis");
    assertThatThrownBy(() -> PauseReason.parse("X", "a | b | supervisor"))
        .hasMessageContaining("vai trò");
    assertThatThrownBy(() -> PauseReason.parse("X", "a | b | admin"))
        .hasMessageContaining("vai trò");
    assertThatThrownBy(() -> PauseReason.parse("X", "a | b | specialist | ba"))
        .hasMessageContaining("tối đa");
    assertThatThrownBy(() -> PauseReason.parse("x-y", "a | b | specialist"))
        .hasMessageContaining("mã lý do");
    assertThatThrownBy(() -> PauseReason.parse("SUPPLEMENTATION", "a | b | specialist"))
        .hasMessageContaining("reserved");
  }

  @Test
  void procedureListsItsReasonsAndTheSupplementationRule() {
    Procedure procedure =
        new Procedure(
            "p",
            "p:1",
            1,
            "P",
            "1.0",
            3,
            null,
            Map.of(
                "pauseReason.B", "b | NĐ | specialist",
                "pauseReason.A", "a | NĐ | process",
                "pauseReason.EMPTY", " ",
                "supplementationWindowWorkingDays", "5"));
    assertThat(procedure.pauseReasons()).extracting(PauseReason::code).containsExactly("A", "B");
    assertThat(procedure.pauseReason("SUPPLEMENTATION")).contains(PauseReason.SUPPLEMENTATION);
    assertThat(procedure.supplementationWindowWorkingDays()).isEqualTo(5);
    assertThat(procedure.supplementationMaxRequests()).isEqualTo(1);
  }
}
