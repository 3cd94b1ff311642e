package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.CONTACT_EMAIL;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.CONTACT_NAME;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.CONTACT_PHONE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.EMPLOYER_NAME;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.NEED_DESCRIPTION;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.SECTOR;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.SIRET;

import fr.pcpe.workflow.common.EmailAddress;
import fr.pcpe.workflow.common.Siret;
import fr.pcpe.workflow.employer.Sector;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The onboarding form of a drive: who the employer is, whom to contact, and the need in their words. */
record EmployerOnboarding(String employerName, String siret, Sector sector, String contactName,
    String contactEmail, String contactPhone, String needDescription) {

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .-]{10,20}$");

  EmployerOnboarding {
    siret = Siret.normalize(siret);
  }

  static EmployerOnboarding read(VariableScope scope) {
    return new EmployerOnboarding(EMPLOYER_NAME.from(scope), SIRET.from(scope), SECTOR.from(scope),
        CONTACT_NAME.from(scope), CONTACT_EMAIL.from(scope), CONTACT_PHONE.from(scope), NEED_DESCRIPTION.from(scope));
  }

  /** The employer's name: asked when the drive starts, confirmed at the onboarding. */
  static Map<String, String> nameViolations(String employerName) {
    if (employerName == null) {
      return Map.of(EMPLOYER_NAME.name(), "onboarding.employerName.required");
    }
    return employerName.length() > 200 ? Map.of(EMPLOYER_NAME.name(), "onboarding.employerName.tooLong") : Map.of();
  }

  /** The broken rules, form key to message key (in messages.properties); empty when valid. */
  Map<String, String> violations() {
    Map<String, String> violations = new LinkedHashMap<>(nameViolations(employerName));
    if (siret == null) {
      violations.put(SIRET.name(), "onboarding.siret.required");
    } else if (!Siret.isValid(siret)) {
      violations.put(SIRET.name(), "onboarding.siret.invalid");
    }
    if (sector == null) {
      violations.put(SECTOR.name(), "onboarding.sector.invalid");
    }
    if (contactName == null) {
      violations.put(CONTACT_NAME.name(), "onboarding.contactName.required");
    }
    if (!EmailAddress.isValid(contactEmail)) {
      violations.put(CONTACT_EMAIL.name(), "onboarding.contactEmail.invalid");
    }
    if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
      violations.put(CONTACT_PHONE.name(), "onboarding.contactPhone.invalid");
    }
    if (needDescription == null) {
      violations.put(NEED_DESCRIPTION.name(), "onboarding.needDescription.required");
    } else if (needDescription.length() > 2000) {
      violations.put(NEED_DESCRIPTION.name(), "onboarding.needDescription.tooLong");
    }
    return violations;
  }
}
