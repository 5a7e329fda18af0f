package vn.motcua.worklist.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.security.CurrentOfficial;

/**
 * Absences and delegations (ủy quyền): {@code POST /api/absences} {@code {official?, agency,
 * deputy?, from, to, reason}} (dates inclusive, Vietnam time; {@code official} defaults to the
 * caller), {@code GET /api/absences} (those not yet over, of the caller's agencies), {@code POST
 * /api/absences/{id}/cancel}, {@code GET /api/absences/{id}}.
 */
@RestController
@RequestMapping("/api/absences")
class AbsenceController {

  /** A new absence; with a deputy, a delegation. */
  record NewAbsence(
      @Size(max = 64) String official,
      @NotBlank @Size(max = 64) String agency,
      @Size(max = 64) String deputy,
      @NotNull LocalDate from,
      @NotNull LocalDate to,
      @NotBlank @Size(max = 500) String reason) {}

  private final AbsencePlanner planner;
  private final CurrentOfficial official;

  AbsenceController(AbsencePlanner planner, CurrentOfficial official) {
    this.planner = planner;
    this.official = official;
  }

  @PostMapping
  ResponseEntity<Absence> declare(@Valid @RequestBody NewAbsence body) {
    String who = blank(body.official()) ? official.id() : body.official().strip();
    String deputy = blank(body.deputy()) ? null : body.deputy().strip();
    Absence absence =
        planner.declare(
            new AbsencePlanner.Plan(
                who, body.agency().strip(), deputy, body.from(), body.to(), body.reason().strip()));
    return ResponseEntity.created(URI.create("/api/absences/" + absence.id())).body(absence);
  }

  @GetMapping
  List<Absence> list() {
    return planner.visible();
  }

  @GetMapping("/{id}")
  Absence one(@PathVariable long id) {
    return planner.one(id);
  }

  @PostMapping("/{id}/cancel")
  Absence cancel(@PathVariable long id) {
    return planner.cancel(id);
  }

  private static boolean blank(String value) {
    return value == null || value.isBlank();
  }
}
