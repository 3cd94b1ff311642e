package fr.pcpe.workflow.system.engine;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * The domain's clock is the engine's: dates written by services agree with timers, and a test that
 * moves Camunda's clock moves both.
 */
class EngineClock extends Clock {

  private final ZoneId zone;

  EngineClock(ZoneId zone) {
    this.zone = zone;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return new EngineClock(zone);
  }

  @Override
  public Instant instant() {
    return ClockUtil.now().toInstant();
  }
}
