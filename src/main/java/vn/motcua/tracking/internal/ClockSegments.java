package vn.motcua.tracking.internal;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import vn.motcua.catalogue.PauseReason;
import vn.motcua.dossier.DossierHistoryEntry;
import vn.motcua.dossier.DossierTrack;

/**
 * The legal clock's story as the public may read it, from the dossier's clock stops and history:
 * received, stopped (from … to …, the reason, its legal basis), resumed or restarted, transferred
 * to another agency, a legal time variant applied, recalculated after a calendar announcement,
 * extended with an apology, finished. Who did it is never told; worklist moves between colleagues
 * (claims, transfers of a step, returns) are not the public's business and are left out.
 */
final class ClockSegments {

  static final String RESTART = "RESTART";

  private final Texts texts;
  private final ObjectMapper json;
  private final Function<String, Optional<PauseReason>> reasons;
  private final Function<String, Optional<String>> agencyName;

  ClockSegments(
      Texts texts,
      ObjectMapper json,
      Function<String, Optional<PauseReason>> reasons,
      Function<String, Optional<String>> agencyName) {
    this.texts = texts;
    this.json = json;
    this.reasons = reasons;
    this.agencyName = agencyName;
  }

  /** The label and legal basis of a stop, for the day account too. */
  DayAccount.Stop stop(DossierTrack.ClockStop s) {
    Optional<PauseReason> reason = reasons.apply(s.reasonCode());
    return new DayAccount.Stop(
        s.pausedAt(),
        s.resumedAt(),
        reason.map(PauseReason::label).orElse(texts.t("segment.paused.undeclared")),
        reason.map(PauseReason::legalBasis).orElse(DayTexts.RESTART_BASIS));
  }

  /** Instants at which the supplement arrived under the RESTART rule (the clock starts anew). */
  List<Instant> restarts(List<DossierHistoryEntry> history) {
    return history.stream()
        .filter(e -> e.kind().equals("SUPPLEMENTED"))
        .filter(e -> RESTART.equals(detail(e).get("clockRule")))
        .map(DossierHistoryEntry::at)
        .toList();
  }

  List<StatusView.Segment> of(
      DossierTrack d,
      Instant receptionStart,
      String legalTime,
      String procedureBasis,
      List<DossierTrack.ClockStop> stops,
      List<DossierHistoryEntry> history,
      String finalStatusText) {
    List<StatusView.Segment> segments = new ArrayList<>();
    String startNote =
        receptionStart.equals(d.receivedAt())
            ? texts.t("segment.received.detail", legalTime)
            : texts.t("segment.received.detail-later", legalTime, texts.time(receptionStart));
    segments.add(
        segment("RECEIVED", d.receivedAt(), null, "segment.received", startNote, procedureBasis));
    List<Instant> restarts = restarts(history);
    for (DossierTrack.ClockStop s : stops) {
      DayAccount.Stop stop = stop(s);
      boolean supplementation = PauseReason.SUPPLEMENTATION.code().equals(s.reasonCode());
      String reason = supplementation && s.reason() != null ? s.reason() : stop.label();
      segments.add(
          new StatusView.Segment(
              "PAUSED",
              s.pausedAt(),
              s.resumedAt(),
              s.resumedAt() == null
                  ? texts.t("segment.since", texts.time(s.pausedAt()))
                  : texts.t("segment.from-to", texts.time(s.pausedAt()), texts.time(s.resumedAt())),
              texts.t("segment.paused", stop.label()),
              reason,
              stop.legalBasis()));
      if (s.resumedAt() != null) {
        boolean restarted =
            restarts.stream()
                .anyMatch(
                    r ->
                        !r.isBefore(s.resumedAt().minusSeconds(60))
                            && !r.isAfter(s.resumedAt().plusSeconds(60)));
        segments.add(
            restarted
                ? segment(
                    "RESTARTED",
                    s.resumedAt(),
                    null,
                    "segment.restarted",
                    texts.t("segment.restarted.detail", legalTime),
                    DayTexts.RESTART_BASIS)
                : segment(
                    "RESUMED",
                    s.resumedAt(),
                    null,
                    "segment.resumed",
                    texts.t("segment.resumed.detail"),
                    stop.legalBasis()));
      }
    }
    for (DossierHistoryEntry e : history) {
      event(e).ifPresent(segments::add);
    }
    if (d.finishedAt() != null && d.status().isFinal()) {
      segments.add(
          new StatusView.Segment(
              "FINISHED",
              d.finishedAt(),
              null,
              texts.time(d.finishedAt()),
              finalStatusText,
              null,
              null));
    }
    segments.sort(Comparator.comparing(StatusView.Segment::at));
    return segments;
  }

  private Optional<StatusView.Segment> event(DossierHistoryEntry e) {
    Map<String, Object> detail = detail(e);
    return switch (e.kind()) {
      case "EXTENDED" ->
          Optional.of(
              segment(
                  "EXTENDED",
                  e.at(),
                  null,
                  "segment.extended",
                  texts.t(
                      "segment.extended.detail",
                      texts.time(instant(detail.get("newDueAt"))),
                      texts.time(instant(detail.get("previousDueAt")))),
                  "Nghị định 118/2025/NĐ-CP, Điều 19 khoản 6"));
      case "LEGAL_TIME_VARIANT" ->
          Optional.of(
              new StatusView.Segment(
                  "LEGAL_TIME_VARIANT",
                  e.at(),
                  null,
                  texts.time(e.at()),
                  texts.t("segment.variant", e.reason()),
                  texts.t(
                      "segment.variant.detail",
                      String.valueOf(detail.get("legalTime")),
                      texts.time(instant(detail.get("newDueAt")))),
                  (String) detail.get("legalBasis")));
      case "DEADLINE_RECALCULATED" ->
          detail.get("newDueAt") == null
              ? Optional.empty()
              : Optional.of(
                  segment(
                      "DEADLINE_RECALCULATED",
                      e.at(),
                      null,
                      "segment.recalculated",
                      texts.t(
                          "segment.recalculated.detail",
                          texts.time(instant(detail.get("previousDueAt"))),
                          texts.time(instant(detail.get("newDueAt")))),
                      (String) detail.get("announcementReason")));
      default -> transfer(e, detail);
    };
  }

  /**
   * A transfer to another agency, whatever its history kind is called: a kind naming a transfer
   * whose detail names a known agency. A step handed to a colleague (the worklist's TRANSFERRED,
   * with a task and a person) names no agency and stays out.
   */
  private Optional<StatusView.Segment> transfer(DossierHistoryEntry e, Map<String, Object> detail) {
    if (!e.kind().contains("TRANSFER") || detail.containsKey("taskId")) {
      return Optional.empty();
    }
    for (String key : List.of("toAgency", "to", "resolvingAgency", "agency", "target")) {
      Object value = detail.get(key);
      if (value instanceof String code) {
        Optional<String> name = agencyName.apply(code);
        if (name.isPresent()) {
          return Optional.of(
              segment(
                  "TRANSFERRED",
                  e.at(),
                  null,
                  "segment.transferred",
                  texts.t("segment.transferred.detail", name.get()),
                  "Nghị định 118/2025/NĐ-CP, Điều 18, Điều 20"));
        }
      }
    }
    return Optional.empty();
  }

  private StatusView.Segment segment(
      String kind, Instant at, Instant until, String title, String detail, String basis) {
    return new StatusView.Segment(kind, at, until, texts.time(at), texts.t(title), detail, basis);
  }

  private Map<String, Object> detail(DossierHistoryEntry e) {
    if (e.detail() == null || e.detail().isBlank()) {
      return Map.of();
    }
    try {
      return json.readValue(e.detail(), new TypeReference<Map<String, Object>>() {});
    } catch (Exception notAnObject) {
      return Map.of();
    }
  }

  private static Instant instant(Object value) {
    try {
      return value == null ? null : Instant.parse(value.toString());
    } catch (RuntimeException e) {
      return null;
    }
  }
}
