package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Registers (or updates) the onboarded employer with its Camunda group and links it to the drive. */
@Component
class RegisterEmployerDelegate implements JavaDelegate {

  private final EmployerService employerService;
  private final DriveService driveService;

  RegisterEmployerDelegate(EmployerService employerService, DriveService driveService) {
    this.employerService = employerService;
    this.driveService = driveService;
  }

  @Override
  public void execute(DelegateExecution execution) {
    EmployerOnboarding onboarding = EmployerOnboarding.read(execution);
    Employer employer = employerService.register(onboarding.employerName(), onboarding.siret(),
        onboarding.sector(), onboarding.contactName(), onboarding.contactEmail(), onboarding.contactPhone());
    driveService.employerOnboarded(execution.getProcessBusinessKey(), employer,
        onboarding.needDescription());
  }
}
