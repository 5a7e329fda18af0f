package vn.motcua.rating.internal;

import java.util.Map;

/**
 * {@code POST /api/public/ratings/{code}}: the dossier's status-link token (or the desk's one-time
 * token), a level for every question of the set asked now, and an optional comment of at most
 * {@value #MAX_COMMENT} characters. Checked after the rate limit is taken ({@link #check}).
 */
record RatingRequest(String token, Map<String, String> answers, String comment) {

  static final int MAX_COMMENT = 1000;
  private static final int MAX_TOKEN = 64;
  private static final int MAX_ANSWERS = 20;

  void check() {
    if (token == null || token.isBlank()) {
      throw RatingProblems.answers("token", "token-missing");
    }
    if (token.length() > MAX_TOKEN) {
      throw RatingProblems.answers("token", "token-long");
    }
    if (answers != null && answers.size() > MAX_ANSWERS) {
      throw RatingProblems.answers("answers", "question-unknown");
    }
    if (comment != null && comment.length() > MAX_COMMENT) {
      throw RatingProblems.answers("comment", "comment-long");
    }
  }
}
