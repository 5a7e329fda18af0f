package vn.motcua.dossier.internal;

/**
 * One required document as marked at the desk: its kind (D1..Dn), its name from the procedure's
 * checklist, how it was received and how many copies.
 */
record ChecklistItem(String kind, String name, String received, int count) {}
