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
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code GET /api/agencies}: the agency tree (any depth) for every signed-in official; {@code POST
 * /api/agencies} {@code {code, name, parentCode}}: an administrator adds an agency, and with it the
 * Camunda group of each role ({@code <code>:<role>}).
 */
@RestController
@RequestMapping("/api/agencies")
class AgencyController {

  /** A new agency. */
  record NewAgency(
      @NotBlank @Size(max = 64) @Pattern(regexp = "[0-9A-Za-z.]+") String code,
      @NotBlank @Size(max = 255) String name,
      @Size(max = 64) String parentCode) {}

  /** One agency and the agencies under it. */
  record Node(String code, String name, List<Node> children) {}

  /** A refused agency; {@code reason} picks the message {@code problem.agency.<reason>}. */
  static final class AgencyException extends ErrorResponseException {
    AgencyException(HttpStatus status, String reason, String field, String value) {
      super(
          status,
          problem(status, field, reason),
          null,
          "problem.agency." + reason,
          new Object[] {value});
    }

    private static ProblemDetail problem(HttpStatus status, String field, String reason) {
      ProblemDetail problem = ProblemDetail.forStatus(status);
      problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
      return problem;
    }
  }

  private final Agencies agencies;
  private final JdbcClient jdbc;
  private final IdentityService identity;
  private final CurrentOfficial official;

  AgencyController(
      Agencies agencies, JdbcClient jdbc, IdentityService identity, CurrentOfficial official) {
    this.agencies = agencies;
    this.jdbc = jdbc;
    this.identity = identity;
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
  @Transactional
  ResponseEntity<Node> add(@Valid @RequestBody NewAgency request) {
    if (!official.isAdmin()) {
      throw new AccessDeniedException("only an administrator adds agencies");
    }
    String code = request.code().strip();
    if (agencies.find(code).isPresent()) {
      throw new AgencyException(HttpStatus.CONFLICT, "exists", "code", code);
    }
    String parent =
        request.parentCode() == null || request.parentCode().isBlank()
            ? null
            : request.parentCode().strip();
    if (parent != null && agencies.find(parent).isEmpty()) {
      throw new AgencyException(
          HttpStatus.UNPROCESSABLE_ENTITY, "unknown-parent", "parentCode", parent);
    }
    String name = request.name().strip();
    jdbc.sql("insert into agency (code, name, parent_code) values (?, ?, ?)")
        .params(code, name, parent)
        .update();
    for (Role role : Role.values()) {
      if (identity.createGroupQuery().groupId(role.groupOf(code)).count() == 0) {
        Group group = identity.newGroup(role.groupOf(code));
        group.setName(role.label() + " – " + name);
        group.setType(Groups.GROUP_TYPE_WORKFLOW);
        identity.saveGroup(group);
      }
    }
    return ResponseEntity.created(URI.create("/api/agencies/" + code))
        .body(new Node(code, name, List.of()));
  }
}
