package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.motcua.dossier.internal.OnlineQueue;

/**
 * The desk's queue of online submissions awaiting acceptance (status SUBMITTED), for the reception
 * module: oldest first, each with its acceptance deadline (8 working hours, Decree 118/2025 Art.
 * 17(2)(c)) and whether it has passed.
 */
@Component
public class AwaitingAcceptance {

  /** One submission waiting for the desk. */
  public record Waiting(
      String code,
      String procedure,
      String procedureName,
      String applicant,
      Instant submittedAt,
      Instant acceptanceDueAt,
      boolean overdue,
      boolean escalated,
      String link) {}

  private final OnlineQueue queue;

  AwaitingAcceptance(OnlineQueue queue) {
    this.queue = queue;
  }

  /**
   * The agency's submissions awaiting acceptance; only its reception officers may ask.
   *
   * @throws org.springframework.web.ErrorResponseException a 403 problem for anyone else
   */
  public List<Waiting> waiting(String agency) {
    return queue.waiting(agency);
  }

  /**
   * The dossier's wait for the desk while it is an online submission awaiting acceptance, for a
   * reader who may already read the dossier (its page).
   */
  public Optional<Waiting> of(String code) {
    return queue.of(code);
  }
}
