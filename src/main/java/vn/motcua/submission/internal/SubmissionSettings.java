package vn.motcua.submission.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online submission settings ({@code motcua.submission}).
 *
 * @param codeValidity how long a one-time code may be used
 * @param maxTries wrong tries that lock a code (the right code is refused from then on)
 * @param proofValidity how long the proof a code gives may be used to submit
 * @param duplicateWindow within which the same applicant, procedure and content is a duplicate
 * @param key base64 secret (32+ bytes) of the codes' and proofs' HMACs; blank: one generated once
 *     and kept in the database ({@code submission_key}), shared by every node
 */
@ConfigurationProperties("motcua.submission")
record SubmissionSettings(
    @DefaultValue("PT10M") Duration codeValidity,
    @DefaultValue("5") int maxTries,
    @DefaultValue("PT30M") Duration proofValidity,
    @DefaultValue("PT10M") Duration duplicateWindow,
    @DefaultValue("") String key) {}
