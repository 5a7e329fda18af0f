package vn.motcua.documents.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.documents.internal.PaperContent.Signature;
import vn.motcua.organization.Officials;
import vn.motcua.organization.Role;

/**
 * Who signs a paper as the head of an agency (form 04, Circular 03/2025/TT-VPCP, Annex I: "signed
 * by the head of the late agency"): the agency's one active leader (role {@code leader}), by name.
 * When the head cannot be told (no leader, or several: the chairman and vice-chairmen hold the same
 * role), the official who issued the paper signs on the head's behalf, "TL. Thủ trưởng cơ quan"
 * (thừa lệnh, Decree 30/2020/NĐ-CP Art. 13), with their own name.
 */
@Component
class AgencyHead {

  static final String HEAD = "Thủ trưởng cơ quan";
  static final String ON_BEHALF = "TL. " + HEAD;

  private final Officials officials;
  private final PaperData data;

  AgencyHead(Officials officials, PaperData data) {
    this.officials = officials;
    this.data = data;
  }

  /** The head's signature box, or the issuer's on the head's behalf. */
  Signature signature(String agencyCode, String issuer) {
    List<String> leaders = officials.holding(agencyCode, Role.LEADER);
    if (leaders.size() == 1) {
      return new Signature(HEAD, data.official(leaders.get(0)));
    }
    return new Signature(ON_BEHALF, data.official(issuer));
  }
}
