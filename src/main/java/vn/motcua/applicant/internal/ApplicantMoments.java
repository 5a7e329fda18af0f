package vn.motcua.applicant.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.motcua.dossier.ApplicantDossiers;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierActionTaken;
import vn.motcua.dossier.DossierFinished;
import vn.motcua.dossier.DossierReceived;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.DossierStatusChanged;
import vn.motcua.dossier.DossierSummary;

/**
 * Tells the applicant at each legal moment, from the dossier module's events. Each listener runs
 * just before the transaction of its cause commits (BEFORE_COMMIT: the outbox row commits with the
 * cause, or not at all), when the dossier's state is final for that transaction: a dossier the desk
 * takes in and refuses on the spot gets the refusal only, not a receipt too. Events published twice
 * or a job retried queue nothing more: the dedup key of each (moment, channel) is unique.
 *
 * <ul>
 *   <li>received: a counter dossier received (or, after a request for completion at the desk, once
 *       completed), an online dossier when the desk accepts it (its first IN_PROGRESS), not when it
 *       is submitted; with the appointment and receipt 01;
 *   <li>submitted: an online dossier awaiting acceptance (Decree 118/2025 Art. 17(2)(c));
 *   <li>supplementation requested, with the list and form 02, the n-th request its own notice;
 *   <li>extended: the apology and the new appointment, form 04;
 *   <li>refused at reception (REFUSED) or not resolved after appraisal (REJECTED), form 03;
 *   <li>result ready: where and from when to collect it;
 *   <li>returned: the link to rate the service ({@code /public/rating/{code}?t=}).
 * </ul>
 */
@Component
class ApplicantMoments {

  private static final String SUPPLEMENTATION_REQUESTED = "SUPPLEMENTATION_REQUESTED";

  private final ApplicantDossiers dossiers;
  private final NoticeQueue queue;
  private final ObjectMapper json;

  ApplicantMoments(ApplicantDossiers dossiers, NoticeQueue queue, ObjectMapper json) {
    this.dossiers = dossiers;
    this.queue = queue;
    this.json = json;
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierReceived e) {
    dossiers
        .find(e.code())
        .ifPresent(
            d -> {
              if (d.status() == DossierStatus.SUBMITTED) {
                queue.queue(Occasion.of(Moment.SUBMITTED, d, e.receivedAt()), 0);
              } else {
                received(d, e.receivedAt());
              }
            });
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierStatusChanged e) {
    if (e.status() != DossierStatus.IN_PROGRESS && e.status() != DossierStatus.RESULT_READY) {
      return;
    }
    dossiers
        .find(e.code())
        .ifPresent(
            d -> {
              if (e.status() == DossierStatus.IN_PROGRESS) {
                received(d, e.at());
              } else if (d.status() == DossierStatus.RESULT_READY) {
                queue.queue(Occasion.of(Moment.RESULT_READY, d, e.at()), 0);
              }
            });
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierActionTaken e) {
    switch (e.action()) {
      case SUPPLEMENTATION_REQUESTED -> supplementationRequested(e);
      case "SUPPLEMENTED" -> dossiers.find(e.code()).ifPresent(d -> received(d, e.at()));
      case "EXTENDED" -> extended(e);
      default -> {}
    }
  }

  @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT, fallbackExecution = true)
  void on(DossierFinished e) {
    if (e.status() == DossierStatus.RETURNED) {
      dossiers
          .find(e.code())
          .ifPresent(d -> queue.queue(Occasion.of(Moment.RETURNED, d, e.at()), 0));
      return;
    }
    if (e.status() != DossierStatus.REFUSED && e.status() != DossierStatus.REJECTED) {
      return;
    }
    dossiers
        .find(e.code())
        .ifPresent(
            d ->
                queue.queue(
                    new Occasion(
                        Moment.REFUSED,
                        d,
                        e.at(),
                        d.dueAt(),
                        List.of(),
                        null,
                        null,
                        e.status() == DossierStatus.REJECTED),
                    0));
  }

  /** The receipt, once the dossier is received and being resolved (never refused, not waiting). */
  private void received(DossierSummary d, Instant at) {
    if (d.status() != DossierStatus.RECEIVED && d.status() != DossierStatus.IN_PROGRESS) {
      return;
    }
    Instant receivedAt = d.channel() == Channel.ONLINE ? at : d.receivedAt();
    queue.queue(Occasion.of(Moment.RECEIVED, d, receivedAt), 0);
  }

  private void supplementationRequested(DossierActionTaken e) {
    dossiers
        .find(e.code())
        .filter(d -> d.status() == DossierStatus.AWAITING_SUPPLEMENT)
        .ifPresent(
            d -> {
              int n =
                  (int)
                      dossiers.history(e.code()).stream()
                          .filter(h -> SUPPLEMENTATION_REQUESTED.equals(h.kind()))
                          .count();
              List<String> items = new ArrayList<>();
              detail(e.detail()).path("items").forEach(item -> items.add(item.asText("")));
              items.removeIf(String::isBlank);
              queue.queue(
                  new Occasion(
                      Moment.SUPPLEMENTATION_REQUESTED,
                      d,
                      e.at(),
                      d.dueAt(),
                      items,
                      e.reason(),
                      null,
                      false),
                  Math.max(n, 1));
            });
  }

  private void extended(DossierActionTaken e) {
    JsonNode detail = detail(e.detail());
    Instant newDue = instant(detail.path("newDueAt").asText(""));
    dossiers
        .find(e.code())
        .ifPresent(
            d ->
                queue.queue(
                    new Occasion(
                        Moment.EXTENDED,
                        d,
                        e.at(),
                        newDue == null ? d.dueAt() : newDue,
                        List.of(),
                        e.reason(),
                        instant(detail.path("previousDueAt").asText("")),
                        false),
                    0));
  }

  private JsonNode detail(String detail) {
    if (detail == null || detail.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return json.readTree(detail);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  private static Instant instant(String text) {
    try {
      return text.isEmpty() ? null : Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
