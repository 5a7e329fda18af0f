package vn.motcua.audit.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.motcua.rating.DossierRated;

/**
 * Audits each rating of a dossier (subject {@code DOSSIER}, action {@code RATED}, its status
 * carried over) with the rating's chained hash, so that the ratings' own SHA-256 chain, which
 * whoever writes the database could recompute, is anchored in this HMAC-sealed one. Attributed to
 * the applicant ({@code citizen:…}); at the desk the detail names the officer whose tablet it was.
 * The answers themselves stay in the rating: the hash covers them. Synchronous: the entry joins the
 * rating's transaction.
 */
@Component
class RatingAudit {

  private final AuditAppender trail;
  private final AuditDetails details;

  RatingAudit(AuditAppender trail, AuditDetails details) {
    this.trail = trail;
    this.details = details;
  }

  @EventListener
  void on(DossierRated e) {
    trail.append(
        AuditDraft.of(e.at(), e.actor(), "RATED", DossierAudit.DOSSIER, e.code())
            .dossier(e.code())
            .detail(
                details.of(
                    "channel", e.channel(),
                    "deskOfficer", e.deskOfficer(),
                    "questionSet", e.questionSet(),
                    "ratingSeq", e.seq(),
                    "sha256", e.hash())));
  }
}
