/**
 * Citizens' feedback and proposals (phản ánh, kiến nghị) on a dossier, a procedure or an agency
 * (Decree 118/2025/NĐ-CP Art. 31–33): the public form and status page, the assignment to the agency
 * that must answer, the support process {@code feedback} with its answer time in working days and
 * its own ladder (warning, overdue, escalation to the supervisors above), the answer or the forward
 * to another agency, and the staff list scoped like the reports.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Feedback")
package vn.motcua.feedback;
