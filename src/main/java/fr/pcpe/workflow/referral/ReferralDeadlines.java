package fr.pcpe.workflow.referral;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How long an employer may stay silent on a referral (ISO-8601 durations in application.yaml, e.g.
 * P3D or PT30S; a value that is not a duration stops the start). The timers of
 * candidate-referral.bpmn read them as {@code ${referralDeadlines.firstReminder()}}.
 */
@Component("referralDeadlines")
public class ReferralDeadlines {

  private final Duration firstReminder;
  private final Duration secondReminder;
  private final Duration coordinatorAlert;
  private final Duration expiry;

  ReferralDeadlines(@Value("${pcpe.referral.first-reminder-after}") Duration firstReminder,
      @Value("${pcpe.referral.second-reminder-after}") Duration secondReminder,
      @Value("${pcpe.referral.coordinator-alert-after}") Duration coordinatorAlert,
      @Value("${pcpe.referral.expiry-after}") Duration expiry) {
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

  public String coordinatorAlert() {
    return coordinatorAlert.toString();
  }

  public String expiry() {
    return expiry.toString();
  }
}
