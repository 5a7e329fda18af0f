package vn.motcua.studio.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.deadline.DeadlinePreview;
import vn.motcua.organization.Agencies;
import vn.motcua.organization.Agency;

/**
 * {@code POST /api/studio/preview} (administrators): the deadlines a dossier received at {@code
 * receivedAt} (default: now) by {@code agency} would get under the posted, unpublished BPMN, and
 * under the latest deployed version of the same process beside it. Read-only: nothing is stored or
 * audited.
 */
@RestController
@RequestMapping("/api/studio/preview")
class PreviewController {

  /** Large enough for any procedure model with its diagram. */
  static final int MAX_BPMN_CHARS = 2_000_000;

  record PreviewRequest(String bpmn, String agency, String receivedAt) {}

  private final StudioAccess access;
  private final Agencies agencies;
  private final DeadlinePreview deadlines;
  private final PreviewDeadlines previews;
  private final Clock clock;

  PreviewController(
      StudioAccess access,
      Agencies agencies,
      DeadlinePreview deadlines,
      PreviewDeadlines previews,
      Clock clock) {
    this.access = access;
    this.agencies = agencies;
    this.deadlines = deadlines;
    this.previews = previews;
    this.clock = clock;
  }

  @PostMapping
  PreviewDeadlines.PreviewView preview(@RequestBody PreviewRequest request) {
    access.requireAdmin();
    if (request.agency() == null || request.agency().isBlank()) {
      throw new PreviewProblems.InvalidPreviewInputException("agency", "missing");
    }
    Agency agency =
        agencies
            .find(request.agency().strip())
            .orElseThrow(() -> new PreviewProblems.UnknownAgencyException(request.agency()));
    Instant receivedAt =
        receivedAt(request.receivedAt(), deadlines.calendarOf(agency.code()).zone());
    return previews.preview(model(request.bpmn()), agency, receivedAt);
  }

  private static PreviewModel model(String bpmn) {
    if (bpmn == null || bpmn.isBlank()) {
      throw new PreviewProblems.UnreadableModelException("missing");
    }
    if (bpmn.length() > MAX_BPMN_CHARS) {
      throw new PreviewProblems.UnreadableModelException("too-large");
    }
    try {
      return PreviewModel.read(bpmn);
    } catch (IllegalArgumentException e) {
      throw new PreviewProblems.UnreadableModelException(e.getMessage());
    }
  }

  /**
   * An ISO-8601 date-time with offset, or without one in the calendar's time zone (as {@code
   * /api/calendar} reads it); now when absent.
   */
  private Instant receivedAt(String text, ZoneId zone) {
    if (text == null || text.isBlank()) {
      return clock.instant();
    }
    String value = text.strip();
    Instant instant;
    try {
      instant = OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeException withoutOffset) {
      try {
        instant = LocalDateTime.parse(value).atZone(zone).toInstant();
      } catch (DateTimeException e) {
        throw new PreviewProblems.InvalidPreviewInputException("receivedAt", "not-a-date-time");
      }
    }
    int year = instant.atZone(zone).getYear();
    if (year < 1900 || year > 2199) {
      throw new PreviewProblems.InvalidPreviewInputException("receivedAt", "out-of-range");
    }
    return instant;
  }
}
