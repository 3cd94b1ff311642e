package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.COMMITTED_CANDIDATES;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.MOBILIZATION_COMMENT;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.MOBILIZATION_DECISION;

import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A structure's answer to a mobilization request: commit to refer N candidates, or decline. */
record MobilizationAnswer(Decision decision, Integer committedCandidates, String comment) {

  enum Decision { COMMIT, DECLINE }

  static MobilizationAnswer read(VariableScope scope) {
    return new MobilizationAnswer(MOBILIZATION_DECISION.from(scope), COMMITTED_CANDIDATES.from(scope),
        MOBILIZATION_COMMENT.from(scope));
  }

  Map<String, String> violations() {
    Map<String, String> violations = new LinkedHashMap<>();
    if (decision == null) {
      violations.put(MOBILIZATION_DECISION.name(), "mobilization.decision.required");
    } else if (decision == Decision.COMMIT
        && (committedCandidates == null || committedCandidates < 1 || committedCandidates > 1000)) {
      violations.put(COMMITTED_CANDIDATES.name(), "mobilization.committedCandidates.invalid");
    }
    if (comment != null && comment.length() > 1000) {
      violations.put(MOBILIZATION_COMMENT.name(), "mobilization.comment.tooLong");
    }
    return violations;
  }
}
