package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.motcua.dossier.internal.ProofDossiers;

/**
 * Whether a citizen who names a dossier holds it: its code with the receipt's verification token
 * ({@link StatusLinks}) or the last four digits of the applicant's ID number. A wrong proof and an
 * unknown code both give nothing, so codes cannot be probed; callers answer both the same way.
 */
@Component
public class DossierProofs {

  /** How many trailing digits of the ID number prove the dossier. */
  public static final int ID_DIGITS = 4;

  /** What a proven dossier tells a citizen's feature: who resolves it, for which procedure. */
  public record ProvenDossier(String code, String procedureKey, String resolvingAgency) {}

  private final ProofDossiers dossiers;
  private final StatusLinks links;

  DossierProofs(ProofDossiers dossiers, StatusLinks links) {
    this.dossiers = dossiers;
    this.links = links;
  }

  /** The dossier {@code code} if {@code proof} is its token or its applicant's last ID digits. */
  @Transactional(readOnly = true)
  public Optional<ProvenDossier> prove(String code, String proof) {
    if (code == null || proof == null || code.length() > 64 || proof.length() > 64) {
      return Optional.empty();
    }
    String given = proof.strip();
    return dossiers
        .idNumber(code)
        .filter(idNumber -> links.verify(code, given) || lastDigits(idNumber, given))
        .flatMap(idNumber -> dossiers.proven(code));
  }

  private static boolean lastDigits(String idNumber, String given) {
    if (given.length() != ID_DIGITS || idNumber == null || idNumber.length() < ID_DIGITS) {
      return false;
    }
    String tail = idNumber.substring(idNumber.length() - ID_DIGITS);
    return MessageDigest.isEqual(
        tail.getBytes(StandardCharsets.US_ASCII), given.getBytes(StandardCharsets.US_ASCII));
  }
}
