package vn.motcua.organization;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inter-agency routing for BPMN expressions: the agency that takes a step of another agency's
 * procedure, e.g. {@code camunda:candidateGroups="${organization.partner(agency,
 * 'TAX')}:specialist"}.
 */
@Component("organization")
public class InterAgency {

  private final JdbcClient jdbc;

  InterAgency(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * The partner agency of {@code kind} for {@code agencyCode}.
   *
   * @throws IllegalStateException when none is configured (the process cannot route the step)
   */
  public String partner(String agencyCode, String kind) {
    return jdbc.sql("select partner_code from agency_partner where agency_code = ? and kind = ?")
        .params(agencyCode, kind)
        .query(String.class)
        .optional()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "no " + kind + " partner agency configured for " + agencyCode));
  }
}
