package vn.motcua.dossier.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The body of {@code POST /api/dossiers/{code}/pause}: why the legal clock stops. */
record PauseRequest(@NotBlank @Size(max = 1000) String reason) {}
