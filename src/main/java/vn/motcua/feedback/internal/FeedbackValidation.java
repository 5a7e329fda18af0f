package vn.motcua.feedback.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.Procedure;
import vn.motcua.catalogue.ProcedureCatalogue;
import vn.motcua.dossier.DossierProofs;
import vn.motcua.feedback.internal.FeedbackProblems.FieldProblem;
import vn.motcua.feedback.internal.FeedbackProblems.InvalidFeedbackException;
import vn.motcua.organization.Agencies;

/**
 * Checks a citizen's feedback and finds the agency that must answer it: a dossier's resolving
 * agency (the dossier proven by its code and the receipt's token or the last ID digits; a wrong
 * proof and an unknown code give the same problem), or the agency the citizen chose for a procedure
 * or an agency. Every field's problem is reported at once, in the caller's language.
 */
@Component
class FeedbackValidation {

  static final int MAX_CONTENT = 4000;
  static final int MAX_NAME = 200;
  private static final Pattern EMAIL =
      Pattern.compile("^[^@\\s]{1,64}@[A-Za-z0-9.-]{1,186}\\.[A-Za-z]{2,}$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9]{9,15}$");

  /** A valid feedback: what to store, and where it goes. */
  record Checked(
      SubjectType about,
      String dossierCode,
      String procedureKey,
      String agency,
      FeedbackKind kind,
      String content,
      String senderName,
      String email,
      String phone) {}

  private final DossierProofs proofs;
  private final ProcedureCatalogue catalogue;
  private final Agencies agencies;
  private final MessageSource messages;

  FeedbackValidation(
      DossierProofs proofs,
      ProcedureCatalogue catalogue,
      Agencies agencies,
      MessageSource messages) {
    this.proofs = proofs;
    this.catalogue = catalogue;
    this.agencies = agencies;
    this.messages = messages;
  }

  Checked check(FeedbackRequest r) {
    List<FieldProblem> errors = new ArrayList<>();
    SubjectType about = pick(SubjectType.class, r.about(), "about", errors);
    FeedbackKind kind = pick(FeedbackKind.class, r.kind(), "kind", errors);
    String content = text(r.content());
    if (content == null) {
      problem(errors, "content", "required");
    } else if (content.length() > MAX_CONTENT) {
      problem(errors, "content", "too-long", String.valueOf(MAX_CONTENT));
    }
    String name = text(r.senderName());
    if (name == null) {
      problem(errors, "senderName", "required");
    } else if (name.length() > MAX_NAME) {
      problem(errors, "senderName", "too-long", String.valueOf(MAX_NAME));
    }
    String email = text(r.email());
    String phone = text(r.phone()) == null ? null : r.phone().replaceAll("[\\s.()-]", "");
    if (email == null && phone == null) {
      problem(errors, "email", "contact-required");
    }
    if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
      problem(errors, "email", "email");
    }
    if (phone != null && !PHONE.matcher(phone).matches()) {
      problem(errors, "phone", "phone");
    }
    String dossierCode = null;
    String procedureKey = null;
    String agency = null;
    if (about == SubjectType.DOSSIER) {
      dossierCode = text(r.dossierCode());
      if (dossierCode == null) {
        problem(errors, "dossierCode", "required");
      } else if (text(r.proof()) == null) {
        problem(errors, "proof", "required");
      } else {
        Optional<DossierProofs.ProvenDossier> proven = proofs.prove(dossierCode, r.proof());
        if (proven.isEmpty()) {
          problem(errors, "dossierCode", "dossier-unproven");
        } else {
          procedureKey = proven.get().procedureKey();
          agency = proven.get().resolvingAgency();
        }
      }
    } else if (about != null) {
      if (about == SubjectType.PROCEDURE) {
        procedureKey = text(r.procedure());
        if (procedureKey == null) {
          problem(errors, "procedure", "required");
        } else if (procedureKey.length() > 255
            || catalogue.latest(procedureKey).map(Procedure::code).isEmpty()) {
          problem(errors, "procedure", "unknown-procedure");
        }
      }
      agency = text(r.agency());
      if (agency == null) {
        problem(errors, "agency", "required");
      } else if (agency.length() > 64 || agencies.find(agency).isEmpty()) {
        problem(errors, "agency", "unknown-agency");
      }
    }
    if (!errors.isEmpty()) {
      throw new InvalidFeedbackException(errors);
    }
    return new Checked(about, dossierCode, procedureKey, agency, kind, content, name, email, phone);
  }

  private <E extends Enum<E>> E pick(
      Class<E> type, String value, String field, List<FieldProblem> errors) {
    String given = text(value);
    if (given == null) {
      problem(errors, field, "required");
      return null;
    }
    return Arrays.stream(type.getEnumConstants())
        .filter(e -> e.name().equalsIgnoreCase(given))
        .findFirst()
        .orElseGet(
            () -> {
              problem(errors, field, "choice");
              return null;
            });
  }

  private void problem(List<FieldProblem> errors, String field, String reason, Object... args) {
    Locale locale = LocaleContextHolder.getLocale();
    String label = messages.getMessage("feedback.field." + field, null, field, locale);
    Object[] all = new Object[args.length + 1];
    all[0] = label;
    System.arraycopy(args, 0, all, 1, args.length);
    errors.add(
        new FieldProblem(
            field,
            reason,
            messages.getMessage("problem.feedback.field." + reason, all, reason, locale)));
  }

  private static String text(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
