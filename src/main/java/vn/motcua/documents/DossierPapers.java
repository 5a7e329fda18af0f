package vn.motcua.documents;

import java.util.List;

/**
 * The official papers (forms 01–07) a dossier has now, as links to their HTML and PDF; form 07
 * links to the register of the day the dossier was received, for those who may read the register.
 */
public interface DossierPapers {

  /**
   * The papers of the dossier, in form order, under the access rule of {@link
   * vn.motcua.dossier.Dossiers#find} (which throws for a dossier the official may not read).
   */
  List<PaperLink> of(String dossierCode);

  /** One paper: its form number and title, and where to open it. */
  record PaperLink(String form, String title, String html, String pdf) {}
}
