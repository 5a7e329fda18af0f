package vn.motcua.rating.internal;

import java.time.Instant;
import java.util.SortedMap;
import vn.motcua.rating.RatingLevel;

/** A rating as stored: one row of {@code rating} and its answers, by question id. */
record StoredRating(
    long seq,
    String dossierCode,
    String procedureKey,
    String agency,
    String receivingAgency,
    Instant returnedAt,
    Instant ratedAt,
    String actor,
    String channel,
    String deskOfficer,
    String setVersion,
    SortedMap<String, RatingLevel> answers,
    String comment,
    String prevHash,
    String rowHash) {

  StoredRating sealed(String prev, String hash) {
    return new StoredRating(
        seq,
        dossierCode,
        procedureKey,
        agency,
        receivingAgency,
        returnedAt,
        ratedAt,
        actor,
        channel,
        deskOfficer,
        setVersion,
        answers,
        comment,
        prev,
        hash);
  }
}
