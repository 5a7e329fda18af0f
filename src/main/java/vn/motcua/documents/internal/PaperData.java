package vn.motcua.documents.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.documents.internal.PaperContent.Block;
import vn.motcua.documents.internal.PaperContent.Line;
import vn.motcua.dossier.DossierSummary;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * What several papers print alike: agency and official names, the procedure, the applicant, and
 * times in Vietnamese on the application's clock.
 */
@Component
class PaperData {

  private final Clock clock;
  private final Agencies agencies;
  private final IdentityService identity;
  private final ProcedureCatalogue catalogue;
  private final PaperPlaces places;
  private final PaperSymbols symbols;

  PaperData(
      Clock clock,
      Agencies agencies,
      IdentityService identity,
      ProcedureCatalogue catalogue,
      PaperPlaces places,
      PaperSymbols symbols) {
    this.clock = clock;
    this.agencies = agencies;
    this.identity = identity;
    this.catalogue = catalogue;
    this.places = places;
    this.symbols = symbols;
  }

  /**
   * A paper issued by {@code agencyCode} on {@code at}: the agency's name at the top, the number
   * and symbol under it (numbered when issued, {@link PaperNumbers}), place and date under the
   * motto.
   */
  PaperContent paper(
      PaperForm form,
      String agencyCode,
      Instant at,
      List<Block> blocks,
      List<PaperContent.Signature> signatures) {
    String name = agency(agencyCode);
    Instant issued = at == null ? now() : at;
    String symbol = symbols.symbol(form.paper(), agencyCode, name);
    PaperContent.Reference reference =
        symbol == null ? null : new PaperContent.Reference(agencyCode, issued, symbol, null, "");
    return new PaperContent(
        form.number(),
        form.title(),
        name,
        reference,
        blocks,
        places.dated(agencyCode, issued, clock.getZone()),
        signatures);
  }

  java.time.ZoneId zone() {
    return clock.getZone();
  }

  Instant now() {
    return clock.instant();
  }

  String time(Instant instant) {
    return VietnameseText.time(instant, clock.getZone());
  }

  String agency(String code) {
    return code == null ? "" : agencies.find(code).map(Agency::name).orElse(code);
  }

  /** The official's full name from the identity tables, or their user id. */
  String official(String userId) {
    if (userId == null) {
      return "";
    }
    User user = identity.createUserQuery().userId(userId).singleResult();
    String name =
        user == null
            ? ""
            : (Objects.toString(user.getFirstName(), "")
                    + " "
                    + Objects.toString(user.getLastName(), ""))
                .strip();
    return name.isEmpty() ? userId : name;
  }

  /** The procedure version the dossier runs on. */
  Optional<Procedure> procedure(DossierSummary dossier) {
    return Optional.ofNullable(dossier.procedureDefinitionId()).map(catalogue::ofDefinition);
  }

  /** "Đăng ký khai sinh (mã 1.001193)". */
  String procedureName(DossierSummary dossier) {
    return procedure(dossier)
        .map(p -> p.code() == null ? p.name() : p.name() + " (mã " + p.code() + ")")
        .orElse(dossier.procedureKey());
  }

  /** The applicant's lines: name, ID number, address and phone. */
  List<Block> applicant(DossierSummary dossier) {
    DossierSummary.Applicant a = dossier.applicant();
    return List.of(
        new Line("Ông/bà", a.fullName()),
        new Line("Số định danh cá nhân", a.idNumber()),
        new Line("Địa chỉ", a.address()),
        new Line("Số điện thoại", a.phone()));
  }
}
