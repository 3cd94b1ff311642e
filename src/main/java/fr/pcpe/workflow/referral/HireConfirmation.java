package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.integer;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.referral.ReferralDecisions.HireOutcome;
import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The employer's answer after the interview: hired (contract, start, hours) or not (reason). */
record HireConfirmation(HireOutcome outcome, ContractType contractType, LocalDate startDate,
    Integer weeklyHours, RefusalReason notHiredReason, boolean addToPool) {

  static HireConfirmation read(VariableScope scope) {
    return new HireConfirmation(enumValue(HireOutcome.class, scope.getVariable(Vars.HIRE_DECISION)),
        enumValue(ContractType.class, scope.getVariable(Vars.CONTRACT_TYPE)),
        date(scope.getVariable(Vars.HIRE_START_DATE)), integer(scope.getVariable(Vars.WEEKLY_HOURS)),
        enumValue(RefusalReason.class, scope.getVariable(Vars.NOT_HIRED_REASON)),
        Boolean.TRUE.equals(scope.getVariable(Vars.ADD_TO_POOL)));
  }

  /** A start date more than a year away either way is taken for a typing error. */
  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (outcome == null) {
      violations.put(Vars.HIRE_DECISION, "hire.decision.required");
    } else if (outcome == HireOutcome.HIRED) {
      if (contractType == null) {
        violations.put(Vars.CONTRACT_TYPE, "hire.contractType.required");
      }
      if (startDate == null || startDate.isBefore(today.minusYears(1)) || startDate.isAfter(today.plusYears(1))) {
        violations.put(Vars.HIRE_START_DATE, "hire.startDate.invalid");
      }
      if (weeklyHours == null || weeklyHours < 1 || weeklyHours > 48) {
        violations.put(Vars.WEEKLY_HOURS, "hire.weeklyHours.invalid");
      }
    } else if (notHiredReason == null) {
      violations.put(Vars.NOT_HIRED_REASON, "notHired.reason.required");
    }
    return violations;
  }
}
