package vn.motcua.organization.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code GET /api/agencies}: the agency tree (any depth) for every signed-in official. For
 * administrators: {@code POST /api/agencies} {@code {code, name, parentCode}} adds an agency, its
 * tenant and the Camunda group of each role ({@code <code>:<role>}); {@code GET
 * /api/agencies/{code}} shows it with its units and officials; {@code POST
 * /api/agencies/{code}/units} {@code {code, name}} adds a unit.
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

  /** A new agency. */
  record NewAgency(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
      @NotBlank @Size(max = 255) String name,
      @Size(max = 64) String parentCode) {}

  /** A new unit of an agency. */
  record NewUnit(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
      @NotBlank @Size(max = 255) String name) {}

  /** One agency and the agencies under it. */
  record Node(String code, String name, List<Node> children) {}

  /** One agency with its units and the officials whose home it is. */
  record Details(
      String code,
      String name,
      String parentCode,
      List<Unit> units,
      List<OfficialView> officials) {}

  private final Agencies agencies;
  private final OrganizationAdmin admin;
  private final OrganizationStore store;
  private final CurrentOfficial official;

  AgencyController(
      Agencies agencies,
      OrganizationAdmin admin,
      OrganizationStore store,
      CurrentOfficial official) {
    this.agencies = agencies;
    this.admin = admin;
    this.store = store;
    this.official = official;
  }

  @GetMapping
  List<Node> tree() {
    Map<String, List<Agency>> byParent =
        agencies.all().stream()
            .collect(Collectors.groupingBy(a -> a.parentCode() == null ? "" : a.parentCode()));
    return nodes(byParent, "");
  }

  private static List<Node> nodes(Map<String, List<Agency>> byParent, String parent) {
    List<Node> nodes = new ArrayList<>();
    for (Agency agency : byParent.getOrDefault(parent, List.of())) {
      nodes.add(new Node(agency.code(), agency.name(), nodes(byParent, agency.code())));
    }
    return nodes;
  }

  @PostMapping
  ResponseEntity<Node> add(@Valid @RequestBody NewAgency request) {
    requireAdmin();
    Agency added = admin.addAgency(request.code(), request.name(), request.parentCode());
    return ResponseEntity.created(URI.create("/api/agencies/" + added.code()))
        .body(new Node(added.code(), added.name(), List.of()));
  }

  @GetMapping("/{code}")
  Details details(@PathVariable String code) {
    requireAdmin();
    Agency agency = agencies.find(code).orElseThrow(() -> unknown(code));
    return new Details(
        agency.code(),
        agency.name(),
        agency.parentCode(),
        store.units(code),
        store.officials(code));
  }

  @PostMapping("/{code}/units")
  ResponseEntity<Unit> addUnit(@PathVariable String code, @Valid @RequestBody NewUnit request) {
    requireAdmin();
    agencies.find(code).orElseThrow(() -> unknown(code));
    Unit unit = admin.addUnit(code, request.code(), request.name());
    return ResponseEntity.created(URI.create("/api/agencies/" + code)).body(unit);
  }

  private static OrganizationProblem unknown(String code) {
    return new OrganizationProblem(HttpStatus.NOT_FOUND, "agency.unknown", "code", code);
  }

  private void requireAdmin() {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only an administrator manages the organisation");
    }
  }
}
