package fr.pcpe.workflow.system;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The processes' deadlines, ISO-8601 durations from application.yaml (PCPE_* variables; e.g. P3D, or
 * PT30S to watch them live). A value that is not a duration stops the start. Timers read them as
 * {@code ${deadlines.referralFirstReminder()}}.
 */
@Component("deadlines")
public class Deadlines {

  private final Duration referralFirstReminder;
  private final Duration referralSecondReminder;
  private final Duration referralCoordinatorAlert;
  private final Duration referralExpiry;
  private final Duration mobilizationReminder;
  private final Duration mobilizationNoAnswer;

  Deadlines(@Value("${pcpe.deadlines.referral-first-reminder}") Duration referralFirstReminder,
      @Value("${pcpe.deadlines.referral-second-reminder}") Duration referralSecondReminder,
      @Value("${pcpe.deadlines.referral-coordinator-alert}") Duration referralCoordinatorAlert,
      @Value("${pcpe.deadlines.referral-expiry}") Duration referralExpiry,
      @Value("${pcpe.deadlines.mobilization-reminder}") Duration mobilizationReminder,
      @Value("${pcpe.deadlines.mobilization-no-answer}") Duration mobilizationNoAnswer) {
    this.referralFirstReminder = referralFirstReminder;
    this.referralSecondReminder = referralSecondReminder;
    this.referralCoordinatorAlert = referralCoordinatorAlert;
    this.referralExpiry = referralExpiry;
    this.mobilizationReminder = mobilizationReminder;
    this.mobilizationNoAnswer = mobilizationNoAnswer;
  }

  /** An employer silent on a referral is reminded (first time). */
  public String referralFirstReminder() {
    return referralFirstReminder.toString();
  }

  public String referralSecondReminder() {
    return referralSecondReminder.toString();
  }

  /** The coordinators get a task about the silent employer. */
  public String referralCoordinatorAlert() {
    return referralCoordinatorAlert.toString();
  }

  public String referralExpiry() {
    return referralExpiry.toString();
  }

  /** A structure silent on a mobilization request is reminded. */
  public String mobilizationReminder() {
    return mobilizationReminder.toString();
  }

  /** A structure still silent: "no answer" is recorded. */
  public String mobilizationNoAnswer() {
    return mobilizationNoAnswer.toString();
  }
}
