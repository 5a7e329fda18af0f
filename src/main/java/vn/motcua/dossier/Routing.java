package vn.motcua.dossier;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.RoutingDesk;
import vn.motcua.organization.Agency;

/**
 * Where a dossier would go before it is received, for the desk's and the citizens' pages
 * (province-wide reception, Decree 118/2025/NĐ-CP Art. 18 and 28): the procedure's competence, the
 * communes an applicant can name when it is a commune's procedure (of residence or of the land),
 * and the agency that would resolve it.
 */
@Component
public class Routing {

  /**
   * The route of a procedure received at a desk.
   *
   * @param competence the catalogue's competence ({@code commune-of-residence}, {@code
   *     commune-of-land}, {@code agency:<alias>}, {@code role:<kind>})
   * @param communeBased whether the applicant names a commune (residence or land)
   * @param commune the commune the route was reckoned for (the one named, else the desk's own
   *     agency), null when the procedure is not a commune's
   * @param communes the province's communes, by name, when commune-based; empty otherwise
   * @param resolving the agency that would resolve the dossier
   */
  public record Route(
      String procedure,
      String competence,
      boolean communeBased,
      String commune,
      List<Agency> communes,
      Agency resolving) {}

  private final RoutingDesk desk;

  Routing(RoutingDesk desk) {
    this.desk = desk;
  }

  /**
   * The route of {@code procedure} received at {@code agency} for an applicant of {@code commune}
   * (null: the desk's own).
   *
   * @throws org.springframework.web.ErrorResponseException a 422 problem naming the unknown
   *     procedure, agency or commune, or saying no competent agency is configured
   */
  public Route of(String procedure, String agency, String commune) {
    return desk.route(procedure, agency, commune);
  }

  /**
   * The same for the desk's page: only the reception officers of {@code agency} may ask.
   *
   * @throws org.springframework.web.ErrorResponseException a 403 problem for anyone else, and the
   *     problems of {@link #of}
   */
  public Route atDesk(String procedure, String agency, String commune) {
    return desk.atDesk(procedure, agency, commune);
  }
}
