package vn.motcua.documents.internal;

/** A paper as this province prints it: its form number and title. */
record PaperForm(Paper paper, String number, String title) {}
