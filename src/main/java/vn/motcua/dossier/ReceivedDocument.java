package vn.motcua.dossier;

/**
 * One required document as the reception desk marked it (the dossier's checklist): its kind ({@code
 * D1}..{@code Dn}), its name in the procedure, how it was handed in (filed, shown for checking and
 * handed back, or missing) and how many copies.
 */
public record ReceivedDocument(String kind, String name, DeskIntake.Received received, int count) {}
