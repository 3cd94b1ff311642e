package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.referral.ReferralDecisions.InterviewDecision;
import fr.pcpe.workflow.referral.ReferralDecisions.Prescreening;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's checks of the referral's and the hire's task forms (docs/adr/0002), named as candidate-referral.bpmn
 * and hire-retention.bpmn call them; and the variables these processes copy from the records, which no form writes.
 */
@Configuration(proxyBeanMethods = false)
class ReferralFormChecks {

  @Bean
  CopiedFromRecords referralCopiedFromRecords() {
    return ReferralProcess.COPIED_FROM_RECORDS;
  }

  @Bean
  CopiedFromRecords retentionCopiedFromRecords() {
    return RetentionProcess.COPIED_FROM_RECORDS;
  }

  /** A refusal needs its reason. */
  @Bean
  FormCheck<Prescreening> validatePrescreeningListener(FormRules rules) {
    return FormCheck.of(rules, Prescreening::read, (prescreening, today) -> prescreening.violations());
  }

  @Bean
  FormCheck<InterviewDecision> validateInterviewDecisionListener(FormRules rules) {
    return FormCheck.of(rules, InterviewDecision::read, InterviewDecision::violations);
  }

  /** Contract type, a real start date, weekly hours. */
  @Bean
  FormCheck<HireConfirmation> validateHireConfirmationListener(FormRules rules) {
    return FormCheck.of(rules, HireConfirmation::read, HireConfirmation::violations);
  }

  /** Still employed or left (on a day since the start), how it goes, a short comment. */
  @Bean
  FormCheck<RetentionAnswer> validateRetentionAnswerListener(FormRules rules) {
    return FormCheck.of(rules, RetentionAnswer::read, RetentionAnswer::violations);
  }
}
