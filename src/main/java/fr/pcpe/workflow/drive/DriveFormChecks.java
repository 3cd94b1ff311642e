package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.CLOSE_CONFIRMED;

import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The server's checks of the drive's forms (docs/adr/0002), named as recruitment-drive.bpmn calls them,
 * and the open drives a referral's start form offers.
 */
@Configuration(proxyBeanMethods = false)
class DriveFormChecks {

  @Bean
  FormCheck<EmployerOnboarding> validateEmployerOnboardingListener(FormRules rules) {
    return FormCheck.of(rules, EmployerOnboarding::read, (onboarding, today) -> onboarding.violations());
  }

  /** The qualified need and the drive's terms, among the structures that exist. */
  @Bean
  FormCheck<DriveAgreement> validateDriveAgreementListener(FormRules rules, MobilizationService mobilizations) {
    return FormCheck.of(rules, DriveAgreement::read,
        (agreement, today) -> agreement.violations(today, mobilizations.knownStructureGroups()));
  }

  @Bean
  FormCheck<MobilizationAnswer> validateMobilizationAnswerListener(FormRules rules) {
    return FormCheck.of(rules, MobilizationAnswer::read, (answer, today) -> answer.violations());
  }

  /** A coordinator closes a drive early only by confirming it. */
  @Bean
  FormCheck<Boolean> validateClosingDecisionListener(FormRules rules) {
    return FormCheck.of(rules, CLOSE_CONFIRMED::from,
        (confirmed, today) -> confirmed ? Map.of() : Map.of(CLOSE_CONFIRMED.name(), "closing.notConfirmed"));
  }

  /** The agreed drives a new drive may start from, for the drive's start form. */
  @Bean
  StartFormOptions driveTemplates(DriveService drives) {
    return StartFormOptions.named("driveTemplates", caller -> drives.templateOptions());
  }

  /** The open drives, for the referral's start form: the job, the employer, the reference. */
  @Bean
  StartFormOptions openDrives(DriveService drives) {
    return StartFormOptions.named("openDrives", caller -> drives.openDriveOptions());
  }
}
