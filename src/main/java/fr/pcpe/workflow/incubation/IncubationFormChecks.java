package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.system.security.PersonNames;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The committee's decision form, checked on the server (docs/adr/0002), and who may lead a project. */
@Configuration(proxyBeanMethods = false)
class IncubationFormChecks {

  @Bean
  FormCheck<IncubationService.CommitteeDecision> validateCommitteeDecisionListener(FormRules rules) {
    return FormCheck.of(rules, IncubationSteps::committee, (committee, today) -> committee.violations());
  }

  /** The people who may lead a project (the PCPE's coordinators), by name, for the project's start form. */
  @Bean
  StartFormOptions projectLeads(IdentityService identityService, EngineAccess engineAccess) {
    return StartFormOptions.named("projectLeads", caller -> !caller.isStaff() ? List.of()
        : engineAccess.asSystem(() -> identityService.createUserQuery().memberOfGroup(PcpeGroups.COORDINATORS)
            .orderByUserLastName().asc().list()).stream()
            .map(user -> FormOptions.option(PersonNames.fullName(user), user.getId()))
            .toList());
  }
}
