package vn.motcua;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** The demo organisation as tests see it, a valid dossier body, and the engine clock. */
public final class DemoData {

  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
  public static final String AN_BINH = "000.00.01.H99";
  public static final String HOA_PHU = "000.00.02.H99";
  public static final String PASSWORD = "demo";

  private DemoData() {}

  public static Map<String, Object> birthRegistration(String agency) {
    return counterDossier(
        "birth-registration",
        agency,
        Map.of("childName", "Nguyễn Thị Bình", "childBirthDate", "2026-11-20"));
  }

  /** A dossier of {@code procedure} received at {@code agency}'s counter, with procedure data. */
  public static Map<String, Object> counterDossier(
      String procedure, String agency, Map<String, Object> data) {
    return Map.of(
        "procedure",
        procedure,
        "agency",
        agency,
        "channel",
        "COUNTER",
        "applicant",
        Map.of(
            "fullName", "Nguyễn Văn An",
            "idNumber", "001090012345",
            "phone", "0912345678",
            "email", "an.nguyen@example.vn",
            "address", "Thôn Đông, xã An Bình"),
        "data",
        data);
  }

  /** Moves the engine clock (and with it the application's) to a local time in Vietnam. */
  public static void setClock(LocalDateTime vietnamTime) {
    ClockUtil.setCurrentTime(Date.from(vietnamTime.atZone(VIETNAM).toInstant()));
  }

  public static void resetClock() {
    ClockUtil.reset();
  }
}
