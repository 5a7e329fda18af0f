package vn.motcua.deadline.internal;

import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;
import vn.motcua.deadline.EscalationRecipients;

/** {@link EscalationRecipients} from the ladder's own {@link Recipients} (and their cache). */
@Component
class LadderRecipients implements EscalationRecipients {

  private final Recipients recipients;
  private final IdentityService identity;

  LadderRecipients(Recipients recipients, IdentityService identity) {
    this.recipients = recipients;
    this.identity = identity;
  }

  @Override
  public Set<String> members(String group) {
    return recipients.members(identity, group);
  }

  @Override
  public String unitHeadGroup(String agency) {
    return recipients.unitHeadGroup(identity, agency);
  }

  @Override
  public Optional<String> supervisorGroup(String agency) {
    return recipients.supervisorGroup(identity, agency);
  }
}
