package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.referral.ReferralProcess.Vars.ADD_TO_POOL;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.CONTRACT_TYPE;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.HIRE_DECISION;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.HIRE_START_DATE;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.NOT_HIRED_REASON;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.WEEKLY_HOURS;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.referral.ReferralDecisions.HireOutcome;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The employer's answer after the interview: hired (contract, start, hours) or not (reason). */
record HireConfirmation(HireOutcome outcome, ContractType contractType, LocalDate startDate,
    Integer weeklyHours, RefusalReason notHiredReason, boolean addToPool) {

  static HireConfirmation read(VariableScope scope) {
    return new HireConfirmation(HIRE_DECISION.from(scope), CONTRACT_TYPE.from(scope), HIRE_START_DATE.from(scope),
        WEEKLY_HOURS.from(scope), NOT_HIRED_REASON.from(scope), ADD_TO_POOL.from(scope));
  }

  /** A start date more than a year away either way is taken for a typing error. */
  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (outcome == null) {
      violations.put(HIRE_DECISION.name(), "hire.decision.required");
    } else if (outcome == HireOutcome.HIRED) {
      if (contractType == null) {
        violations.put(CONTRACT_TYPE.name(), "hire.contractType.required");
      }
      if (startDate == null || startDate.isBefore(today.minusYears(1)) || startDate.isAfter(today.plusYears(1))) {
        violations.put(HIRE_START_DATE.name(), "hire.startDate.invalid");
      }
      if (weeklyHours == null || weeklyHours < 1 || weeklyHours > 48) {
        violations.put(WEEKLY_HOURS.name(), "hire.weeklyHours.invalid");
      }
    } else if (notHiredReason == null) {
      violations.put(NOT_HIRED_REASON.name(), "notHired.reason.required");
    }
    return violations;
  }
}
