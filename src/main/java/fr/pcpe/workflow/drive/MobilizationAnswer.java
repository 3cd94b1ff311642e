package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.integer;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.drive.DriveProcess.Vars;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** A structure's answer to a mobilization request: commit to refer N candidates, or decline. */
record MobilizationAnswer(Decision decision, Integer committedCandidates, String comment) {

  enum Decision { COMMIT, DECLINE }

  static MobilizationAnswer read(VariableScope scope) {
    return new MobilizationAnswer(enumValue(Decision.class, scope.getVariable(Vars.MOBILIZATION_DECISION)),
        integer(scope.getVariable(Vars.COMMITTED_CANDIDATES)), text(scope.getVariable(Vars.MOBILIZATION_COMMENT)));
  }

  Map<String, String> violations() {
    Map<String, String> violations = new LinkedHashMap<>();
    if (decision == null) {
      violations.put(Vars.MOBILIZATION_DECISION, "mobilization.decision.required");
    } else if (decision == Decision.COMMIT
        && (committedCandidates == null || committedCandidates < 1 || committedCandidates > 1000)) {
      violations.put(Vars.COMMITTED_CANDIDATES, "mobilization.committedCandidates.invalid");
    }
    if (comment != null && comment.length() > 1000) {
      violations.put(Vars.MOBILIZATION_COMMENT, "mobilization.comment.tooLong");
    }
    return violations;
  }
}
