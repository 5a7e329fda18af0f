package vn.motcua.dossier;

/** How a dossier reached the agency. */
public enum Channel {
  COUNTER,
  ONLINE
}
