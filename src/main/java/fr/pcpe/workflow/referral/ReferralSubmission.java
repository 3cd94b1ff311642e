package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.common.FormValues.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A referral submitted from Tasklist's start form: the drive, the candidate, and the consent. */
record ReferralSubmission(String driveReference, String firstName, String lastName, String email, String phone,
    String city, boolean rsaBeneficiary, boolean consent, String comment) {

  /** The candidate's data in the form (the drive reference stays: it routes the process). */
  static final List<String> FORM_FIELDS = List.of("firstName", "lastName", "email", "phone",
      "city", "rsaBeneficiary", "consent", "referralComment");

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  static ReferralSubmission read(VariableScope scope) {
    return new ReferralSubmission(text(scope.getVariable("driveReference")), text(scope.getVariable("firstName")),
        text(scope.getVariable("lastName")), text(scope.getVariable("email")), text(scope.getVariable("phone")),
        text(scope.getVariable("city")), Boolean.TRUE.equals(scope.getVariable("rsaBeneficiary")),
        Boolean.TRUE.equals(scope.getVariable("consent")), text(scope.getVariable("referralComment")));
  }

  Map<String, String> violations() {
    Map<String, String> violations = new LinkedHashMap<>();
    if (driveReference == null) {
      violations.put("driveReference", "submission.driveReference.required");
    }
    if (firstName == null || firstName.length() > 100) {
      violations.put("firstName", "candidate.firstName.required");
    }
    if (lastName == null || lastName.length() > 100) {
      violations.put("lastName", "candidate.lastName.required");
    }
    if (email != null && !EMAIL.matcher(email).matches()) {
      violations.put("email", "candidate.email.invalid");
    }
    if (!consent) {
      violations.put("consent", "candidate.consent.required");
    }
    if (comment != null && comment.length() > 1000) {
      violations.put("referralComment", "referral.comment.tooLong");
    }
    return violations;
  }
}
