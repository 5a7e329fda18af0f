package vn.motcua.dossier.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import org.springframework.stereotype.Component;
import vn.motcua.calendar.WorkingCalendar;
import vn.motcua.catalogue.Procedure;
import vn.motcua.deadline.AgencyCalendars;
import vn.motcua.dossier.Channel;
import vn.motcua.dossier.DossierStatus;

/**
 * When a supplement may be requested (Decree 118/2025 Art. 19(5)): during processing, once and
 * within 3 working days after the day of receipt on the resolving agency's calendar (a procedure
 * overrides the count or the window only with its sector law, {@code supplementationMaxRequests},
 * {@code supplementationWindowWorkingDays}); at the desk, before the dossier is taken up (status
 * RECEIVED, form 02 of reception), once, without a window. The stage is recorded in the request's
 * history detail ({@code stage}) so each stage counts its own.
 */
@Component
class SupplementationRule {

  static final String KIND = "SUPPLEMENTATION_REQUESTED";

  /** Where the request is made: at the desk before processing, or during processing. */
  enum Stage {
    RECEPTION,
    PROCESSING
  }

  private final DossierEvents events;
  private final AgencyCalendars calendars;
  private final ObjectMapper json;
  private final Clock clock;

  SupplementationRule(
      DossierEvents events, AgencyCalendars calendars, ObjectMapper json, Clock clock) {
    this.events = events;
    this.calendars = calendars;
    this.json = json;
    this.clock = clock;
  }

  /** The stage of a request now; throws a 422 problem citing the article when it is refused. */
  Stage check(Dossier d, Procedure procedure) {
    // an online submission returned before acceptance is at the reception stage too
    Stage stage =
        d.status() == DossierStatus.RECEIVED || d.status() == DossierStatus.SUBMITTED
            ? Stage.RECEPTION
            : Stage.PROCESSING;
    int allowed = stage == Stage.RECEPTION ? 1 : procedure.supplementationMaxRequests();
    long made =
        events.of(d.code()).stream()
            .filter(e -> e.kind().equals(KIND))
            .filter(e -> stageOf(e.detail()) == stage)
            .count();
    if (made >= allowed) {
      throw new DossierProblems.SupplementationAlreadyRequestedException(d.code(), allowed);
    }
    if (stage == Stage.PROCESSING) {
      int days = procedure.supplementationWindowWorkingDays();
      WorkingCalendar calendar = calendars.of(d.resolvingAgency());
      Instant until = calendar.closeOf(calendar.addWorkingDays(calendar.dateOf(receipt(d)), days));
      if (clock.instant().isAfter(until)) {
        throw new DossierProblems.SupplementationTooLateException(d.code(), days, until);
      }
    }
    return stage;
  }

  /**
   * When the agency received the dossier: at the counter, its receipt; online, when the desk
   * accepted it (its first step of processing), as the legal clock starts then.
   */
  private Instant receipt(Dossier d) {
    if (d.channel() != Channel.ONLINE) {
      return d.receivedAt();
    }
    return events.of(d.code()).stream()
        .filter(e -> e.status() == DossierStatus.IN_PROGRESS)
        .map(DossierEvents.Event::at)
        .findFirst()
        .orElse(d.receivedAt());
  }

  /** The stage a recorded request names; requests recorded before stages were: processing. */
  private Stage stageOf(String detail) {
    if (detail == null) {
      return Stage.PROCESSING;
    }
    try {
      String stage = json.readTree(detail).path("stage").asText("");
      return stage.equals(Stage.RECEPTION.name()) ? Stage.RECEPTION : Stage.PROCESSING;
    } catch (JsonProcessingException e) {
      return Stage.PROCESSING;
    }
  }
}
