package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The choices of the network's two start forms in Tasklist (the forms are checked by their start listeners). */
@Configuration(proxyBeanMethods = false)
class NetworkStartForms {

  /** The active partner structures, for the invitation form (PCPE staff only). */
  @Bean
  StartFormOptions activeStructures(PartnerStructureRepository structures) {
    return StartFormOptions.named("activeStructures", caller -> !caller.isStaff() ? List.of()
        : structures.findByActiveTrueOrderByName().stream()
            .map(structure -> FormOptions.option(structure.getName(), structure.getId())).toList());
  }

  /** The employers, for the invitation form (PCPE staff only). */
  @Bean
  StartFormOptions employers(EmployerRepository employers) {
    return StartFormOptions.named("employers", caller -> !caller.isStaff() ? List.of()
        : employers.findAll().stream().sorted(Comparator.comparing(Employer::getName))
            .map(employer -> FormOptions.option(employer.getName(), employer.getId())).toList());
  }
}
