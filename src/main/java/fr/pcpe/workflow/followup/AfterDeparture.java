package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.referral.RetentionChecks;
import fr.pcpe.workflow.referral.RetentionChecks.Departure;
import fr.pcpe.workflow.referral.RetentionProcess.Restart;
import fr.pcpe.workflow.referral.RetentionProcess.Vars;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/**
 * The structure's steps of hire-retention.bpmn once an employer said that the person left: the structure is told,
 * then restarts a follow-up in one step (a referent chosen among those who may follow the candidate) or not.
 */
@Configuration(proxyBeanMethods = false)
class AfterDeparture {

  /** The restart form: a decision; a restart names a referent who may follow the candidate. */
  record RestartDecision(Restart decision, String referentId, long candidateId) {

    Map<String, String> violations(FollowUpService followUps) {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(Vars.RESTART_DECISION.name(), "retention.restart.required");
      } else if (decision == Restart.RESTART && !followUps.mayFollow(candidateId, referentId)) {
        violations.put(Vars.NEW_REFERENT_ID.name(), "followUp.referent.notOfStructure");
      }
      return violations;
    }
  }

  @Bean
  FormCheck<RestartDecision> validateRestartListener(FormRules rules, RetentionChecks retention,
      FollowUpService followUps) {
    return FormCheck.of(rules, execution -> new RestartDecision(Vars.RESTART_DECISION.from(execution),
            Vars.NEW_REFERENT_ID.from(execution),
            retention.departure(execution.getProcessBusinessKey()).candidateId()),
        (decision, today) -> decision.violations(followUps));
  }

  /** The structure and the person who referred the candidate are told; the form shows the departure and who may follow. */
  @Component("tellDepartureDelegate")
  static class TellDepartureDelegate implements JavaDelegate {
    private final RetentionChecks retention;
    private final FollowUpService followUps;

    TellDepartureDelegate(RetentionChecks retention, FollowUpService followUps) {
      this.retention = retention;
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Departure departure = retention.departed(execution.getProcessBusinessKey());
      Vars.DEPARTURE_CONTEXT.on(execution.getProcessInstance()).set(departure.context());
      Vars.REFERENT_OPTIONS.on(execution.getProcessInstance()).set(FormOptions.of(followUps.referents(
          departure.candidateId())));
    }
  }

  /** A follow-up opens with the chosen referent, counted from today, after the day the person left. */
  @Component("openFollowUpAfterDepartureDelegate")
  static class OpenFollowUpAfterDepartureDelegate implements JavaDelegate {
    private final RetentionChecks retention;
    private final FollowUpService followUps;

    OpenFollowUpAfterDepartureDelegate(RetentionChecks retention, FollowUpService followUps) {
      this.retention = retention;
      this.followUps = followUps;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Departure departure = retention.departure(execution.getProcessBusinessKey());
      LocalDate leftOn = departure.leftOn();
      followUps.openAfterDeparture(departure.candidateId(), leftOn, Vars.NEW_REFERENT_ID.from(execution));
    }
  }
}
