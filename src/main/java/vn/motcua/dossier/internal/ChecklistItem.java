package vn.motcua.dossier.internal;

/**
 * One required document as marked at the desk: its kind (D1..Dn), its name from the procedure's
 * checklist, how it was received (a {@link vn.motcua.dossier.DeskIntake.Received} name, {@code
 * SHOWN} for a paper shown and handed back) and how many copies.
 */
record ChecklistItem(String kind, String name, String received, int count) {}
