package fr.pcpe.workflow.referral;

import org.springframework.stereotype.Component;

/**
 * How long an employer may stay silent on a referral ({@link ReferralSettings}; ISO-8601, e.g. P3D, or PT30S to
 * watch them live): reminders, then the coordinators, then expiry. A value that is not a duration stops the start.
 * The timers of candidate-referral.bpmn read them as {@code ${referralDeadlines.firstReminder()}}.
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

  private final ReferralSettings settings;

  ReferralDeadlines(ReferralSettings settings) {
    this.settings = settings;
  }

  public String firstReminder() {
    return settings.firstReminder().toString();
  }

  public String secondReminder() {
    return settings.secondReminder().toString();
  }

  /** The coordinators get a task about the silent employer. */
  public String coordinatorAlert() {
    return settings.coordinatorAlert().toString();
  }

  public String expiry() {
    return settings.expiry().toString();
  }
}
