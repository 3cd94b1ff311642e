package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.referral.ReferralProcess.Vars.INTERVIEW_DATE;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.INTERVIEW_DECISION;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.NOT_HIRED_REASON;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.PRESCREEN_COMMENT;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.PRESCREEN_DECISION;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.REFUSAL_REASON;

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
      return new Prescreening(PRESCREEN_DECISION.from(scope), REFUSAL_REASON.from(scope), PRESCREEN_COMMENT.from(scope));
    }

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(PRESCREEN_DECISION.name(), "prescreen.decision.required");
      } else if (decision == Prescreen.REFUSE && reason == null) {
        violations.put(REFUSAL_REASON.name(), "prescreen.reason.required");
      }
      return violations;
    }
  }

  record InterviewDecision(Interview decision, LocalDate interviewDate, RefusalReason notHiredReason) {

    static InterviewDecision read(VariableScope scope) {
      return new InterviewDecision(INTERVIEW_DECISION.from(scope), INTERVIEW_DATE.from(scope),
          NOT_HIRED_REASON.from(scope));
    }

    Map<String, String> violations(LocalDate today) {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(INTERVIEW_DECISION.name(), "interview.decision.required");
      } else if (decision == Interview.INTERVIEW && (interviewDate == null || interviewDate.isBefore(today)
          || interviewDate.isAfter(today.plusMonths(6)))) {
        violations.put(INTERVIEW_DATE.name(), "interview.date.invalid");
      } else if (decision == Interview.NOT_RETAINED && notHiredReason == null) {
        violations.put(NOT_HIRED_REASON.name(), "notHired.reason.required");
      }
      return violations;
    }
  }
}
