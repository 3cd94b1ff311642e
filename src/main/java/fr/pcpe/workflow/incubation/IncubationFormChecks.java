package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The committee's decision form, checked on the server (docs/adr/0002). */
@Configuration(proxyBeanMethods = false)
class IncubationFormChecks {

  @Bean
  FormCheck<IncubationService.CommitteeDecision> validateCommitteeDecisionListener(FormRules rules) {
    return FormCheck.of(rules, IncubationDelegates::committee, (committee, today) -> committee.violations());
  }
}
