package fr.pcpe.workflow.referral;

import static fr.pcpe.workflow.referral.RetentionProcess.Vars.EMPLOYMENT_STATUS;
import static fr.pcpe.workflow.referral.RetentionProcess.Vars.LEFT_ON;
import static fr.pcpe.workflow.referral.RetentionProcess.Vars.RETENTION_COMMENT;
import static fr.pcpe.workflow.referral.RetentionProcess.Vars.SATISFACTION;

import fr.pcpe.workflow.referral.RetentionProcess.EmploymentStatus;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The employer's answer a month or six after a hire: still employed or left (when), how it goes, a comment; with
 * the start of the job it is checked against.
 */
record RetentionAnswer(EmploymentStatus status, LocalDate leftOn, Satisfaction satisfaction, String comment,
    LocalDate startDate) {

  static final int COMMENT_MAX = 1000;

  static RetentionAnswer read(VariableScope scope) {
    return new RetentionAnswer(EMPLOYMENT_STATUS.from(scope), LEFT_ON.from(scope), SATISFACTION.from(scope),
        RETENTION_COMMENT.from(scope), RetentionProcess.Vars.HIRE_START_DATE.from(scope));
  }

  boolean left() {
    return status == EmploymentStatus.LEFT;
  }

  /** A departure has its day, after the start of the job and not in the future. */
  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (status == null) {
      violations.put(EMPLOYMENT_STATUS.name(), "retention.status.required");
    } else if (left() && (leftOn == null || leftOn.isAfter(today) || leftOn.isBefore(startDate))) {
      violations.put(LEFT_ON.name(), "retention.leftOn.invalid");
    }
    if (satisfaction == null) {
      violations.put(SATISFACTION.name(), "retention.satisfaction.required");
    }
    if (comment != null && comment.length() > COMMENT_MAX) {
      violations.put(RETENTION_COMMENT.name(), "retention.comment.tooLong");
    }
    return violations;
  }
}
