package vn.motcua.rating;

import java.time.Instant;

/**
 * The applicant rated the service on a dossier; published in the rating's transaction.
 *
 * @param actor {@code citizen:<masked contact>}: the rating is the applicant's, whoever's tablet
 * @param channel {@code ONLINE} (the notice's link) or {@code DESK} (the desk's tablet)
 * @param deskOfficer the reception officer who handed over the tablet, for {@code DESK}
 * @param seq the rating's place in the ratings' chain
 * @param hash the rating's chained SHA-256 ({@code rating.row_hash})
 */
public record DossierRated(
    String code,
    String actor,
    String channel,
    String deskOfficer,
    String questionSet,
    long seq,
    String hash,
    Instant at) {}
