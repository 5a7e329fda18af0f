/**
 * Applicant: what a dossier's applicant receives and does without signing in. A notice by e-mail
 * and SMS at each legal moment of the dossier (received, submitted online and awaiting acceptance,
 * supplementation requested, apology and new appointment, refused, result ready), queued in the
 * notification outbox in the transaction of its cause, exactly once per moment and channel, with
 * the paper attached to the e-mail and the public status link; and the online supplement through
 * the link of the supplementation notice.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Applicant")
package vn.motcua.applicant;
