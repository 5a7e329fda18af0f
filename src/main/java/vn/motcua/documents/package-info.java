/**
 * Documents: the official papers of a dossier (Circular 03/2025/TT-VPCP, Annex I) rendered in
 * Vietnamese as HTML pages and PDF files, from the dossier, the procedure and the process history.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.motcua.documents;
