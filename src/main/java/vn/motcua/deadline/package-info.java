/**
 * The legal clock and step budgets: the dossier's legal due date and each step's due date, handed
 * to Camunda through the {@code deadlines} bean in BPMN expressions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Deadlines")
package vn.motcua.deadline;
