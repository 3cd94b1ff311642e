package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.referral.ReferralProcess.Vars.BIRTH_DATE;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.CITY;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.CONSENT;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.CONTACT_CONSENT;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.DRIVE_REFERENCE;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.EMAIL;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.FIRST_NAME;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.LAST_NAME;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.PHONE;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.REFERRAL_COMMENT;
import static fr.pcpe.workflow.referral.ReferralProcess.Vars.RSA_BENEFICIARY;

import fr.pcpe.workflow.common.EmailAddress;
import fr.pcpe.workflow.common.ProcessVariable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A referral submitted from Tasklist's start form: the drive, the candidate, and the consent. */
record ReferralSubmission(String driveReference, String firstName, String lastName, String email, String phone,
    String city, LocalDate birthDate, boolean rsaBeneficiary, boolean consent, boolean contactConsent, String comment) {

  /** The candidate's data in the form (the drive reference stays: it routes the process). */
  static final List<ProcessVariable<?>> CANDIDATE_FIELDS = List.of(FIRST_NAME, LAST_NAME, EMAIL, PHONE, CITY, BIRTH_DATE,
      RSA_BENEFICIARY, CONSENT, CONTACT_CONSENT, REFERRAL_COMMENT);

  static ReferralSubmission read(VariableScope scope) {
    return new ReferralSubmission(DRIVE_REFERENCE.from(scope), FIRST_NAME.from(scope), LAST_NAME.from(scope),
        EMAIL.from(scope), PHONE.from(scope), CITY.from(scope), BIRTH_DATE.from(scope), RSA_BENEFICIARY.from(scope), CONSENT.from(scope),
        CONTACT_CONSENT.from(scope), REFERRAL_COMMENT.from(scope));
  }

  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (birthDate != null && (!birthDate.isBefore(today) || birthDate.isBefore(today.minusYears(100)))) {
      violations.put(BIRTH_DATE.name(), "candidate.birthDate.invalid");
    }
    if (driveReference == null) {
      violations.put(DRIVE_REFERENCE.name(), "submission.driveReference.required");
    }
    if (firstName == null || firstName.length() > 100) {
      violations.put(FIRST_NAME.name(), "candidate.firstName.required");
    }
    if (lastName == null || lastName.length() > 100) {
      violations.put(LAST_NAME.name(), "candidate.lastName.required");
    }
    if (email != null && !EmailAddress.isValid(email)) {
      violations.put(EMAIL.name(), "candidate.email.invalid");
    }
    if (!consent) {
      violations.put(CONSENT.name(), "candidate.consent.required");
    }
    if (comment != null && comment.length() > 1000) {
      violations.put(REFERRAL_COMMENT.name(), "referral.comment.tooLong");
    }
    return violations;
  }
}
