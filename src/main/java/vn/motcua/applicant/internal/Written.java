package vn.motcua.applicant.internal;

/** One notice as sent: the e-mail's subject and text, and the SMS (ASCII, short). */
record Written(String subject, String email, String sms) {}
