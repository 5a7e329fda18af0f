/**
 * Documents: the official papers of a dossier (Circular 03/2025/TT-VPCP, Annex I) rendered in
 * Vietnamese as HTML pages and PDF files, from the dossier, the procedure and the process history;
 * each issued paper numbered once per issuing agency, paper and year with its symbol, and dated
 * with the agency's place (Decree 30/2020/NĐ-CP, Annex I). Form 07 is the register of the dossiers
 * an agency received over a period (HTML, PDF, XLSX), for its desk, unit heads and supervisors.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.motcua.documents;
