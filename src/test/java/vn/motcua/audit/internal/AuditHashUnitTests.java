package vn.motcua.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class AuditHashUnitTests {

  private static AuditEntry entry(String reason, String detail) {
    return new AuditEntry(
            7,
            Instant.parse("2026-11-23T01:00:00.123Z"),
            "hotich.anbinh",
            null,
            "TRANSFERRED",
            "TASK",
            "task-1",
            "000.00.01.H99-261123-0001",
            "hotich.anbinh",
            "tuphap.anbinh",
            reason,
            detail,
            AuditHash.GENESIS,
            null)
        .sealed();
  }

  @Test
  void sealsWithSha256HexOverThePreviousHashAndTheFields() {
    AuditEntry sealed = entry("Nghỉ phép", "{\"step\":\"Task_Appraisal\"}");
    assertThat(sealed.entryHash()).hasSize(64).matches("[0-9a-f]{64}");
    assertThat(sealed.intact()).isTrue();
    assertThat(entry("Nghỉ phép", "{\"step\":\"Task_Appraisal\"}").entryHash())
        .isEqualTo(sealed.entryHash());
  }

  @Test
  void anyChangeOfAFieldChangesTheHash() {
    AuditEntry sealed = entry("Nghỉ phép", null);
    assertThat(entry("Nghỉ phép.", null).entryHash()).isNotEqualTo(sealed.entryHash());
    assertThat(entry("", null).entryHash()).isNotEqualTo(entry(null, null).entryHash());
  }

  @Test
  void fieldBoundariesCannotBeShifted() {
    assertThat(entry("ab", "c").entryHash()).isNotEqualTo(entry("a", "bc").entryHash());
    assertThat(entry("a\u001Fb", null).entryHash()).isNotEqualTo(entry("a", "b").entryHash());
  }

  @Test
  void anEditedEntryIsNoLongerIntact() {
    AuditEntry sealed = entry("Nghỉ phép", null);
    AuditEntry edited =
        new AuditEntry(
            sealed.seq(),
            sealed.at(),
            sealed.actor(),
            sealed.onBehalfOf(),
            sealed.action(),
            sealed.subjectType(),
            sealed.subjectId(),
            sealed.dossierCode(),
            sealed.beforeState(),
            sealed.afterState(),
            "Công tác",
            sealed.detail(),
            sealed.prevHash(),
            sealed.entryHash());
    assertThat(edited.intact()).isFalse();
  }
}
