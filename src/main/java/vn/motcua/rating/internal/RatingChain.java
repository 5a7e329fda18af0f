package vn.motcua.rating.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Walks the ratings' chain and finds the first broken link: a rating whose content no longer gives
 * its hash (edited: {@code hash mismatch}), one not pointing at the hash of the one before (deleted
 * or replaced: {@code link mismatch}), a seq missing ({@code missing rating}), or a chain not
 * ending at the head row. A chain recomputed whole would pass here: its hashes then differ from
 * those the HMAC-sealed audit chain holds in each dossier's {@code RATED} entry.
 */
@Component
class RatingChain {

  static final String HASH_MISMATCH = "hash mismatch";
  static final String LINK_MISMATCH = "link mismatch";
  static final String MISSING = "missing rating";

  private static final int BATCH = 1000;

  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Verdict(
      boolean ok, long ratings, String head, Long brokenAt, String dossier, String reason) {}

  private final RatingRepository ratings;

  RatingChain(RatingRepository ratings) {
    this.ratings = ratings;
  }

  Verdict verify() {
    RatingRepository.Head head = ratings.head();
    long checked = 0;
    String previous = RatingHash.GENESIS;
    List<StoredRating> batch = ratings.batch(0, head.seq(), BATCH);
    while (!batch.isEmpty()) {
      for (StoredRating r : batch) {
        long expected = checked + 1;
        String broken =
            r.seq() != expected
                ? MISSING
                : !r.prevHash().equals(previous)
                    ? LINK_MISMATCH
                    : !RatingHash.of(r, r.prevHash()).equals(r.rowHash()) ? HASH_MISMATCH : null;
        if (broken != null) {
          return new Verdict(false, checked, null, expected, r.dossierCode(), broken);
        }
        previous = r.rowHash();
        checked++;
      }
      batch = ratings.batch(checked, head.seq(), BATCH);
    }
    if (checked != head.seq()) {
      return new Verdict(false, checked, null, checked + 1, null, MISSING);
    }
    if (!previous.equals(head.hash())) {
      return new Verdict(false, checked, null, head.seq(), null, LINK_MISMATCH);
    }
    return new Verdict(true, checked, previous, null, null, null);
  }
}
