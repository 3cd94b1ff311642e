package fr.pcpe.workflow.employer;

import fr.pcpe.workflow.system.AccessProvisioning;
import fr.pcpe.workflow.system.PcpeGroups;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
public class EmployerService {

  private final EmployerRepository employers;
  private final AccessProvisioning accessProvisioning;

  EmployerService(EmployerRepository employers, AccessProvisioning accessProvisioning) {
    this.employers = employers;
    this.accessProvisioning = accessProvisioning;
  }

  /**
   * Registers the employer of a valid onboarding, or updates it when its SIRET is known, and makes
   * sure its Camunda group exists.
   */
  @Transactional
  public Employer register(EmployerOnboarding onboarding) {
    if (!onboarding.violations().isEmpty()) {
      throw new IllegalArgumentException("Invalid onboarding: " + onboarding.violations().keySet());
    }
    Employer employer = employers.findBySiret(onboarding.siret())
        .orElseGet(() -> new Employer(onboarding.siret(), PcpeGroups.ofEmployer(onboarding.siret())));
    employer.update(onboarding);
    employer = employers.save(employer);
    accessProvisioning.provisionEmployerGroup(employer.getGroupId(), employer.getName());
    return employer;
  }
}
