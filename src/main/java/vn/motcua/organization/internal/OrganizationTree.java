package vn.motcua.organization.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/** The whole organisation as a tree for the admin page: agencies with units and officials. */
@Component
class OrganizationTree {

  /** An agency at a depth (roots 0), its units, the officials at home there, its children. */
  record Node(
      Agency agency,
      int depth,
      List<Unit> units,
      List<OfficialView> officials,
      List<Node> children) {

    /** The name of one of the agency's units, or the code when it has none by that code. */
    public String unitName(String code) {
      return units.stream()
          .filter(u -> u.code().equals(code))
          .map(Unit::name)
          .findFirst()
          .orElse(code);
    }
  }

  private final Agencies agencies;
  private final OrganizationStore store;

  OrganizationTree(Agencies agencies, OrganizationStore store) {
    this.agencies = agencies;
    this.store = store;
  }

  List<Node> roots() {
    Map<String, List<Agency>> byParent =
        agencies.all().stream()
            .collect(Collectors.groupingBy(a -> a.parentCode() == null ? "" : a.parentCode()));
    Map<String, List<Unit>> units =
        store.allUnits().stream().collect(Collectors.groupingBy(Unit::agencyCode));
    Map<String, List<OfficialView>> officials =
        store.allOfficials().stream().collect(Collectors.groupingBy(OfficialView::agency));
    return nodes(byParent, units, officials, "", 0);
  }

  /** Every node, parents before their children, for the agency lists of the forms. */
  static List<Node> flatten(List<Node> nodes) {
    List<Node> all = new ArrayList<>();
    for (Node node : nodes) {
      all.add(node);
      all.addAll(flatten(node.children()));
    }
    return all;
  }

  private static List<Node> nodes(
      Map<String, List<Agency>> byParent,
      Map<String, List<Unit>> units,
      Map<String, List<OfficialView>> officials,
      String parent,
      int depth) {
    List<Node> nodes = new ArrayList<>();
    for (Agency agency : byParent.getOrDefault(parent, List.of())) {
      nodes.add(
          new Node(
              agency,
              depth,
              units.getOrDefault(agency.code(), List.of()),
              officials.getOrDefault(agency.code(), List.of()),
              nodes(byParent, units, officials, agency.code(), depth + 1)));
    }
    return nodes;
  }
}
