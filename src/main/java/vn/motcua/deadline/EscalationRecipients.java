package vn.motcua.deadline;

import java.util.Optional;
import java.util.Set;

/**
 * Who the escalation ladder tells, for other modules' ladders (e.g. an online submission's
 * acceptance deadline): the members of a group, the unit head group of an agency (its leaders where
 * it has none), and the supervisor group of the agency or of its nearest ancestor that has one.
 */
public interface EscalationRecipients {

  Set<String> members(String group);

  String unitHeadGroup(String agency);

  Optional<String> supervisorGroup(String agency);
}
