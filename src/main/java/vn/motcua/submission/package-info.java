/**
 * Online submission: the public catalogue pages, the one-time codes that prove an applicant's
 * e-mail address or phone number, and the dossiers citizens submit online (status SUBMITTED) with
 * their scans, duplicates caught.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Online submission")
package vn.motcua.submission;
