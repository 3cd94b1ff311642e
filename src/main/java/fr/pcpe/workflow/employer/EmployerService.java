package fr.pcpe.workflow.employer;

import fr.pcpe.workflow.common.Siret;
import fr.pcpe.workflow.system.security.AccessProvisioning;
import fr.pcpe.workflow.system.security.PcpeGroups;
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
  public Employer register(String name, String siret, Sector sector, String contactName, String contactEmail,
      String contactPhone) {
    if (name == null || !Siret.isValid(siret) || sector == null || contactEmail == null) {
      throw new IllegalArgumentException("Incomplete employer " + siret);
    }
    Employer employer = employers.findBySiret(Siret.normalize(siret))
        .orElseGet(() -> new Employer(Siret.normalize(siret), PcpeGroups.ofEmployer(Siret.normalize(siret))));
    employer.update(name, sector, contactName, contactEmail, contactPhone);
    employer = employers.save(employer);
    accessProvisioning.provisionEmployerGroup(employer.getGroupId(), employer.getName());
    return employer;
  }
}
