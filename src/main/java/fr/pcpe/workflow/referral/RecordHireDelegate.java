package fr.pcpe.workflow.referral;

import org.camunda.bpm.engine.delegate.BpmnError;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Records the confirmed hire against the drive's target. A drive that closed meanwhile refuses it:
 * the referral ends as not hired (reason DRIVE_CLOSED) through the BPMN error.
 */
@Component
class RecordHireDelegate implements JavaDelegate {

  private final ReferralService referrals;

  RecordHireDelegate(ReferralService referrals) {
    this.referrals = referrals;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var authentication = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    String confirmedBy = authentication == null ? "system" : authentication.getUserId();
    if (!referrals.hire(execution.getProcessBusinessKey(), HireConfirmation.read(execution), confirmedBy)) {
      ReferralProcess.Vars.NOT_HIRED_REASON.on(execution).set(RefusalReason.DRIVE_CLOSED);
      throw new BpmnError(ReferralProcess.DRIVE_CLOSED_ERROR, "The drive accepts no more hires");
    }
  }
}
