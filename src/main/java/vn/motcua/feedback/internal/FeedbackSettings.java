package vn.motcua.feedback.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code motcua.feedback}: the answer time and the ladder, as working durations ({@code P10D} ten
 * working days, {@code PT4H} four working hours) on the assigned agency's calendar.
 *
 * <p>The answer time: Decree 118/2025/NĐ-CP Art. 31–33 asks agencies to receive and answer feedback
 * on the one-stop work, and Decree 20/2008/NĐ-CP (as amended) governs feedback on administrative
 * regulations; neither text could be checked here for a single number of days, so the default is an
 * <b>assumption</b> of 10 working days, to confirm and set per province.
 *
 * @param answerTime the time the assigned agency has to answer, from its assignment
 * @param warnBefore how long before the due date its leaders are warned
 * @param escalateAfter how long after the due date the supervisors above are brought in
 */
@ConfigurationProperties("motcua.feedback")
record FeedbackSettings(String answerTime, String warnBefore, String escalateAfter) {

  FeedbackSettings {
    answerTime = answerTime == null || answerTime.isBlank() ? "P10D" : answerTime.strip();
    warnBefore = warnBefore == null || warnBefore.isBlank() ? "P2D" : warnBefore.strip();
    escalateAfter =
        escalateAfter == null || escalateAfter.isBlank() ? "P2D" : escalateAfter.strip();
  }
}
