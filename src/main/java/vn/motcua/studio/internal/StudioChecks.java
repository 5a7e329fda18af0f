package vn.motcua.studio.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.motcua.catalogue.ModelProblem;
import vn.motcua.catalogue.ProcedureChecks;
import vn.motcua.catalogue.ProcedureChecks.Checked;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * The studio's check of a posted model: the catalogue's {@link ProcedureChecks}, with a step role
 * counted as held when at least one agency of the organisation has its group ({@code
 * <agency>:<role>}), and the process id fit to be a procedure key (an NCName of at most 64
 * characters).
 */
@Component
class StudioChecks {

  static final Pattern KEY = Pattern.compile("[A-Za-z_][A-Za-z0-9_.-]{0,63}");

  private final ProcedureChecks checks;
  private final Agencies agencies;
  private final IdentityService identity;
  private final MessageSource messages;

  StudioChecks(
      ProcedureChecks checks, Agencies agencies, IdentityService identity, MessageSource messages) {
    this.checks = checks;
    this.agencies = agencies;
    this.identity = identity;
    this.messages = messages;
  }

  Checked check(String bpmn, Map<String, JsonNode> forms) {
    Checked checked = checks.check(bpmn, texts(forms), this::held);
    if (checked.key() == null || KEY.matcher(checked.key()).matches()) {
      return checked;
    }
    List<ModelProblem> problems = new ArrayList<>(checked.problems());
    problems.add(
        ModelProblem.error(
            checked.key(),
            "key",
            messages.getMessage("studio.check.key", null, "key", LocaleContextHolder.getLocale())));
    return new Checked(checked.key(), checked.name(), problems, checked.forms());
  }

  static Map<String, String> texts(Map<String, JsonNode> forms) {
    Map<String, String> texts = new LinkedHashMap<>();
    if (forms != null) {
      forms.forEach((id, form) -> texts.put(id, form == null ? "" : form.toString()));
    }
    return texts;
  }

  /** Whether some agency has the group of {@code role}. */
  private boolean held(String role) {
    String[] groups =
        agencies.all().stream()
            .map(Agency::code)
            .map(code -> code + ":" + role)
            .toArray(String[]::new);
    return groups.length > 0 && identity.createGroupQuery().groupIdIn(groups).count() > 0;
  }
}
