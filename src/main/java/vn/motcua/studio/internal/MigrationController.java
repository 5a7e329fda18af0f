package vn.motcua.studio.internal;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Migration of running dossiers to another version of their procedure (administrators only): the
 * proposed mapping, the dry run, the migration and its status.
 */
@RestController
class MigrationController {

  private final StudioAccess access;
  private final MigrationPlanner planner;
  private final MigrationRunner runner;
  private final MigrationStore store;

  MigrationController(
      StudioAccess access, MigrationPlanner planner, MigrationRunner runner, MigrationStore store) {
    this.access = access;
    this.planner = planner;
    this.runner = runner;
    this.store = store;
  }

  @GetMapping("/api/studio/procedures/{key}/migration")
  Map<String, Object> proposal(
      @PathVariable String key,
      @RequestParam(required = false) Integer from,
      @RequestParam(required = false) Integer to) {
    access.requireAdmin();
    Integer target = to != null ? to : latest(key);
    Integer source = from != null ? from : (target == null ? null : target - 1);
    if (source != null && source.equals(target)) {
      throw new MigrationProblems.InvalidRequestException(List.of("from"));
    }
    return planner.proposal(planner.resolve(key, source, target));
  }

  @PostMapping("/api/studio/migrations/dry-run")
  Map<String, Object> dryRun(@RequestBody MigrationRequest request) {
    access.requireAdmin();
    var resolved = validated(request, false);
    return planner.dryRun(resolved, planner.plan(resolved, request.instructions()));
  }

  @PostMapping("/api/studio/migrations")
  ResponseEntity<Map<String, Object>> migrate(@RequestBody MigrationRequest request) {
    access.requireAdmin();
    var resolved = validated(request, true);
    return ResponseEntity.status(HttpStatus.ACCEPTED)
        .body(runner.start(resolved, request, access.actor()));
  }

  @GetMapping("/api/studio/migrations/{id}")
  Map<String, Object> status(@PathVariable String id) {
    access.requireAdmin();
    return store.status(id).orElseThrow(() -> new MigrationProblems.UnknownMigrationException(id));
  }

  private MigrationPlanner.Resolved validated(MigrationRequest request, boolean noteRequired) {
    List<String> errors = request.errors(noteRequired);
    if (!errors.isEmpty()) {
      throw new MigrationProblems.InvalidRequestException(errors);
    }
    return planner.resolve(request.key(), request.fromVersion(), request.toVersion());
  }

  private Integer latest(String key) {
    var latest = planner.latest(key);
    if (latest == null) {
      throw new MigrationProblems.UnknownVersionException(key, null);
    }
    return latest;
  }
}
