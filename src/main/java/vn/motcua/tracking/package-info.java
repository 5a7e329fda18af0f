/**
 * Tracking: what a citizen sees of their own dossier without signing in. The status lookup (by
 * dossier code plus the ID number's last digits or the receipt's token, or the receipt's QR link)
 * answers the status, the current step in words, the appointment and the deadline explained: each
 * segment of the legal clock and every calendar day from reception to the appointment, counted or
 * not and why, with the legal basis. Nothing else of the dossier; wrong and unknown codes answer
 * alike; lookups are rate-limited per client.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tracking")
package vn.motcua.tracking;
