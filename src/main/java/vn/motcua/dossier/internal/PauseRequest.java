package vn.motcua.dossier.internal;

import jakarta.validation.constraints.Size;

/**
 * The body of {@code POST /api/dossiers/{code}/pause}: the code of one of the reasons the dossier's
 * procedure declares ({@code pauseReason.<CODE>}) and an optional note. {@code reason} is the older
 * free text, still read when it names a declared reason by its code or label (harmless); any other
 * text is refused.
 */
record PauseRequest(
    @Size(max = 64) String reasonCode,
    @Size(max = 1000) String note,
    @Size(max = 1000) String reason) {

  /** What the caller named: the code, else the older free text. */
  String asked() {
    if (reasonCode != null && !reasonCode.isBlank()) {
      return reasonCode.strip();
    }
    return reason == null || reason.isBlank() ? null : reason.strip();
  }
}
