package vn.motcua.worklist.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/worklist/tasks/{taskId}/claim}, {@code /unclaim}, {@code /transfer} {@code {to,
 * reason}}, {@code /return} {@code {reason}}: 204 when done.
 */
@RestController
@RequestMapping("/api/worklist/tasks/{taskId}")
class WorklistActionsController {

  /** Transfer to a colleague of the same unit. */
  record Transfer(
      @NotBlank @Size(max = 255) String to, @NotBlank @Size(max = 1000) String reason) {}

  /** Return to the previous step. */
  record Return(@NotBlank @Size(max = 1000) String reason) {}

  private final WorklistActions actions;

  WorklistActionsController(WorklistActions actions) {
    this.actions = actions;
  }

  @PostMapping("/claim")
  ResponseEntity<Void> claim(@PathVariable String taskId) {
    actions.claim(taskId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/unclaim")
  ResponseEntity<Void> unclaim(@PathVariable String taskId) {
    actions.unclaim(taskId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/transfer")
  ResponseEntity<Void> transfer(@PathVariable String taskId, @Valid @RequestBody Transfer body) {
    actions.transfer(taskId, body.to().strip(), body.reason());
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/return")
  ResponseEntity<Void> returnToPrevious(
      @PathVariable String taskId, @Valid @RequestBody Return body) {
    actions.returnToPrevious(taskId, body.reason());
    return ResponseEntity.noContent().build();
  }
}
