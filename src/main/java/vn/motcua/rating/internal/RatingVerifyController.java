package vn.motcua.rating.internal;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.organization.Role;
import vn.motcua.security.CurrentOfficial;

/**
 * {@code GET /api/ratings/verify}: the ratings' chain checked ({@link RatingChain}), for
 * administrators and supervisors, as {@code /api/audit/verify} is.
 */
@RestController
class RatingVerifyController {

  private final RatingChain chain;
  private final CurrentOfficial official;

  RatingVerifyController(RatingChain chain, CurrentOfficial official) {
    this.chain = chain;
    this.official = official;
  }

  @GetMapping("/api/ratings/verify")
  RatingChain.Verdict verify() {
    boolean supervisor =
        official.groups().stream().anyMatch(g -> g.endsWith(":" + Role.SUPERVISOR.id()));
    if (!official.isAdmin() && !supervisor) {
      throw new AccessDeniedException("only administrators and supervisors verify the ratings");
    }
    return chain.verify();
  }
}
