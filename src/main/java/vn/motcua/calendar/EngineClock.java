package vn.motcua.calendar;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The one clock of the application, backed by the engine clock ({@link ClockUtil}), so that moving
 * engine time in tests or in the demo moves domain time and timers together.
 */
@Component
public class EngineClock extends Clock {

  private final ZoneId zone;

  public EngineClock(@Value("${motcua.time-zone:Asia/Ho_Chi_Minh}") String zone) {
    this.zone = ZoneId.of(zone);
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return Clock.fixed(instant(), zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.getCurrentTime().toInstant();
  }
}
