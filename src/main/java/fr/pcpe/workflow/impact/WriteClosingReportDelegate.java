package fr.pcpe.workflow.impact;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.drive.DriveProcess;
import fr.pcpe.workflow.drive.DriveService;
import fr.pcpe.workflow.referral.DriveFunnel;
import fr.pcpe.workflow.referral.ReferralService;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Adds the funnel per partner structure to the closing report of a drive. */
@Component
class WriteClosingReportDelegate implements JavaDelegate {

  private final ReferralService referrals;
  private final DriveService drives;
  private final Messages messages;

  WriteClosingReportDelegate(ReferralService referrals, DriveService drives, Messages messages) {
    this.referrals = referrals;
    this.drives = drives;
    this.messages = messages;
  }

  @Override
  public void execute(DelegateExecution execution) {
    List<DriveFunnel> funnels = DriveFunnel.perStructure(referrals.ofDrive(execution.getProcessBusinessKey()));
    StringBuilder table = new StringBuilder("\n\n")
        .append(messages.say("drive.funnel.header")).append("\n|---|---|---|---|---|---|\n");
    DriveFunnel total = new DriveFunnel(messages.say("drive.funnel.total"), 0, 0, 0, 0, 0);
    for (DriveFunnel funnel : funnels) {
      table.append(row(funnel));
      total = total.plus(funnel);
    }
    table.append(row(total));
    String report = DriveProcess.Vars.CLOSING_REPORT.from(execution) + table;
    DriveProcess.Vars.CLOSING_REPORT.on(execution).set(report);
    drives.keepClosingReport(execution.getProcessBusinessKey(), report);
  }

  private static String row(DriveFunnel funnel) {
    return "| %s | %d | %d | %d | %d | %d |%n".formatted(funnel.structure(), funnel.referred(), funnel.screened(),
        funnel.sent(), funnel.interviewed(), funnel.hired());
  }
}
