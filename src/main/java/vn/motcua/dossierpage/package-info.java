/**
 * The dossier page ({@code /dossiers/{code}}): one place for one dossier, for whoever may read it:
 * who applied for what, where it stands against its deadlines, the data and documents received, the
 * steps, the papers, the history, and the actions the reader may take now. It only reads other
 * modules' public APIs; the actions post to the dossier API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier page")
package vn.motcua.dossierpage;
