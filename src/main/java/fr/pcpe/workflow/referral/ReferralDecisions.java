package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.referral.ReferralProcess.Vars;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the referral's forms decide, read from the variables, with the rules the server enforces. */
final class ReferralDecisions {

  private ReferralDecisions() {
  }

  enum Prescreen { ACCEPT, REFUSE }

  enum Interview { INTERVIEW, NOT_RETAINED }

  enum HireOutcome { HIRED, NOT_HIRED }

  record Prescreening(Prescreen decision, RefusalReason reason, String comment) {

    static Prescreening read(VariableScope scope) {
      return new Prescreening(enumValue(Prescreen.class, scope.getVariable(Vars.PRESCREEN_DECISION)),
          enumValue(RefusalReason.class, scope.getVariable(Vars.REFUSAL_REASON)),
          text(scope.getVariable(Vars.PRESCREEN_COMMENT)));
    }

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(Vars.PRESCREEN_DECISION, "prescreen.decision.required");
      } else if (decision == Prescreen.REFUSE && reason == null) {
        violations.put(Vars.REFUSAL_REASON, "prescreen.reason.required");
      }
      return violations;
    }
  }

  record InterviewDecision(Interview decision, LocalDate interviewDate, RefusalReason notHiredReason) {

    static InterviewDecision read(VariableScope scope) {
      return new InterviewDecision(enumValue(Interview.class, scope.getVariable(Vars.INTERVIEW_DECISION)),
          date(scope.getVariable(Vars.INTERVIEW_DATE)),
          enumValue(RefusalReason.class, scope.getVariable(Vars.NOT_HIRED_REASON)));
    }

    Map<String, String> violations(LocalDate today) {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(Vars.INTERVIEW_DECISION, "interview.decision.required");
      } else if (decision == Interview.INTERVIEW && (interviewDate == null || interviewDate.isBefore(today))) {
        violations.put(Vars.INTERVIEW_DATE, "interview.date.invalid");
      } else if (decision == Interview.NOT_RETAINED && notHiredReason == null) {
        violations.put(Vars.NOT_HIRED_REASON, "notHired.reason.required");
      }
      return violations;
    }
  }
}
