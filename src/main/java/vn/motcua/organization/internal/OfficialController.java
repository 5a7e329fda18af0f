package vn.motcua.organization.internal;

import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.internal.OrganizationAdmin.NewOfficial;
import vn.motcua.organization.internal.OrganizationAdmin.RoleChange;
import vn.motcua.security.CurrentOfficial;

/**
 * Civil servants, for administrators: {@code POST /api/officials} adds one (and their Camunda
 * user), {@code GET /api/officials/{id}}, {@code PUT /api/officials/{id}/roles} {@code {agency,
 * roles}} sets their roles in one agency, {@code POST /api/officials/{id}/deactivate} stops them.
 */
@RestController
@RequestMapping("/api/officials")
class OfficialController {

  private final OrganizationAdmin admin;
  private final OrganizationStore store;
  private final CurrentOfficial official;

  OfficialController(OrganizationAdmin admin, OrganizationStore store, CurrentOfficial official) {
    this.admin = admin;
    this.store = store;
    this.official = official;
  }

  @PostMapping
  ResponseEntity<OfficialView> add(@Valid @RequestBody NewOfficial request) {
    requireAdmin();
    OfficialView added = admin.addOfficial(request);
    return ResponseEntity.created(URI.create("/api/officials/" + added.id())).body(added);
  }

  @GetMapping("/{id}")
  OfficialView get(@PathVariable String id) {
    requireAdmin();
    return store.official(id).orElseThrow(() -> OrganizationProblem.unknownOfficial(id));
  }

  @PutMapping("/{id}/roles")
  OfficialView roles(@PathVariable String id, @Valid @RequestBody RoleChange change) {
    requireAdmin();
    return admin.setRoles(id, change);
  }

  @PostMapping("/{id}/deactivate")
  OfficialView deactivate(@PathVariable String id) {
    requireAdmin();
    return admin.deactivate(id, official.id());
  }

  private void requireAdmin() {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only an administrator manages officials");
    }
  }
}
