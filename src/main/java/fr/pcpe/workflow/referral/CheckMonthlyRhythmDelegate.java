package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.drive.RecruitmentDrive;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Each month of an open drive with a monthly rhythm (the report's 20 to 30 hires a month): compares the hires
 * confirmed in the month just ended with the rhythm; a month that falls short is shown to the coordination.
 */
@Component
class CheckMonthlyRhythmDelegate implements JavaDelegate {

  private final DriveService drives;
  private final ReferralService referrals;
  private final Messages messages;
  private final Clock clock;

  CheckMonthlyRhythmDelegate(DriveService drives, ReferralService referrals, Messages messages, Clock clock) {
    this.drives = drives;
    this.referrals = referrals;
    this.messages = messages;
    this.clock = clock;
  }

  @Override
  public void execute(DelegateExecution execution) {
    String reference = execution.getProcessBusinessKey();
    RecruitmentDrive drive = drives.find(reference);
    Integer rhythm = drive.getMonthlyRhythm();
    Instant monthAgo = ZonedDateTime.now(clock).minusMonths(1).toInstant();
    long hires = referrals.hiresSince(reference, monthAgo);
    boolean shortfall = rhythm != null && hires < rhythm;
    DriveProcess.Vars.RHYTHM_SHORT.on(execution).set(shortfall);
    DriveProcess.Vars.RHYTHM_REPORT.on(execution).set(shortfall ? messages.say("drive.rhythm.short", hires, rhythm,
        drive.getHiresCount(), drive.getTargetHires()) : "");
  }
}
