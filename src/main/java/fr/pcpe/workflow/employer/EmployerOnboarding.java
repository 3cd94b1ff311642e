package fr.pcpe.workflow.employer;

import fr.pcpe.workflow.common.Siret;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What a coordinator records when onboarding an employer, as submitted (raw text), with the rules the
 * server enforces whatever the browser checked.
 */
public record EmployerOnboarding(String employerName, String siret, String sector,
    String contactName, String contactEmail, String contactPhone, String needDescription) {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 .-]{10,20}$");

  public EmployerOnboarding {
    employerName = trim(employerName);
    siret = Siret.normalize(trim(siret));
    sector = trim(sector);
    contactName = trim(contactName);
    contactEmail = trim(contactEmail);
    contactPhone = trim(contactPhone);
    needDescription = trim(needDescription);
  }

  /**
   * The broken rules, field name to message key (in messages.properties); empty when valid. The field
   * names are the form's keys.
   */
  public Map<String, String> violations() {
    Map<String, String> violations = new LinkedHashMap<>();
    if (employerName == null) {
      violations.put("employerName", "onboarding.employerName.required");
    } else if (employerName.length() > 200) {
      violations.put("employerName", "onboarding.employerName.tooLong");
    }
    if (siret == null) {
      violations.put("siret", "onboarding.siret.required");
    } else if (!Siret.isValid(siret)) {
      violations.put("siret", "onboarding.siret.invalid");
    }
    if (sectorValue() == null) {
      violations.put("sector", "onboarding.sector.invalid");
    }
    if (contactName == null) {
      violations.put("contactName", "onboarding.contactName.required");
    }
    if (contactEmail == null || !EMAIL.matcher(contactEmail).matches()) {
      violations.put("contactEmail", "onboarding.contactEmail.invalid");
    }
    if (contactPhone != null && !PHONE.matcher(contactPhone).matches()) {
      violations.put("contactPhone", "onboarding.contactPhone.invalid");
    }
    if (needDescription == null) {
      violations.put("needDescription", "onboarding.needDescription.required");
    } else if (needDescription.length() > 2000) {
      violations.put("needDescription", "onboarding.needDescription.tooLong");
    }
    return violations;
  }

  public Sector sectorValue() {
    if (sector == null) {
      return null;
    }
    try {
      return Sector.valueOf(sector);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }

  private static String trim(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
