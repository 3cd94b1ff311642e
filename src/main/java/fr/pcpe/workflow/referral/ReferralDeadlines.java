package fr.pcpe.workflow.referral;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an employer may stay silent on a referral, ISO-8601 durations from application.yaml
 * (PCPE_REFERRAL_*; e.g. P3D, or PT30S to watch them live): reminders, then the coordinators, then
 * expiry. A value that is not a duration stops the start. The timers of candidate-referral.bpmn read
 * them as {@code ${referralDeadlines.firstReminder()}}.
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

  private final Duration firstReminder;
  private final Duration secondReminder;
  private final Duration coordinatorAlert;
  private final Duration expiry;

  ReferralDeadlines(@Value("${pcpe.deadlines.referral-first-reminder}") Duration firstReminder,
      @Value("${pcpe.deadlines.referral-second-reminder}") Duration secondReminder,
      @Value("${pcpe.deadlines.referral-coordinator-alert}") Duration coordinatorAlert,
      @Value("${pcpe.deadlines.referral-expiry}") Duration expiry) {
    this.firstReminder = firstReminder;
    this.secondReminder = secondReminder;
    this.coordinatorAlert = coordinatorAlert;
    this.expiry = expiry;
  }

  public String firstReminder() {
    return firstReminder.toString();
  }

  public String secondReminder() {
    return secondReminder.toString();
  }

  /** The coordinators get a task about the silent employer. */
  public String coordinatorAlert() {
    return coordinatorAlert.toString();
  }

  public String expiry() {
    return expiry.toString();
  }
}
