package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.drive.DriveProcess.Vars.CONTRACT_TYPE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.DEADLINE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.JOB_TITLE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.MOBILIZED_STRUCTURES;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.MONTHLY_RHYTHM;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.PLACE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.POSITIONS;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.PREREQUISITES;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.ROME_CODE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.START_DATE;
import static fr.pcpe.workflow.drive.DriveProcess.Vars.TARGET_HIRES;

import fr.pcpe.workflow.common.ContractType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The qualified need and the drive agreed with the employer: the job (title, ROME code, contract,
 * positions, start, place, prerequisites), the drive's target, deadline and optional monthly rhythm,
 * and the partner structures to mobilize.
 */
record DriveAgreement(String jobTitle, String romeCode, ContractType contractType, Integer positions,
    LocalDate startDate, String place, String prerequisites, Integer targetHires, LocalDate deadline,
    Integer monthlyRhythm, List<String> mobilizedStructures) {

  static DriveAgreement read(VariableScope scope) {
    return new DriveAgreement(JOB_TITLE.from(scope), ROME_CODE.from(scope), CONTRACT_TYPE.from(scope),
        POSITIONS.from(scope), START_DATE.from(scope), PLACE.from(scope), PREREQUISITES.from(scope),
        TARGET_HIRES.from(scope), DEADLINE.from(scope), MONTHLY_RHYTHM.from(scope), MOBILIZED_STRUCTURES.from(scope));
  }

  /**
   * Broken rules, form key to message key; {@code today} is the engine's date, {@code structureGroups}
   * the groups of the structures that exist.
   */
  Map<String, String> violations(LocalDate today, Set<String> structureGroups) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (jobTitle == null || jobTitle.length() > 200) {
      violations.put(JOB_TITLE.name(), "agreement.jobTitle.invalid");
    }
    if (romeCode == null || !romeCode.matches("[A-N]\\d{4}")) {
      violations.put(ROME_CODE.name(), "agreement.romeCode.invalid");
    }
    if (contractType == null) {
      violations.put(CONTRACT_TYPE.name(), "agreement.contractType.invalid");
    }
    if (positions == null || positions < 1 || positions > 10_000) {
      violations.put(POSITIONS.name(), "agreement.positions.invalid");
    }
    if (startDate == null) {
      violations.put(START_DATE.name(), "agreement.startDate.invalid");
    }
    if (place == null || place.length() > 200) {
      violations.put(PLACE.name(), "agreement.place.invalid");
    }
    if (prerequisites != null && prerequisites.length() > 1000) {
      violations.put(PREREQUISITES.name(), "agreement.prerequisites.tooLong");
    }
    if (targetHires == null || targetHires < 1 || positions != null && targetHires > positions) {
      violations.put(TARGET_HIRES.name(), "agreement.targetHires.invalid");
    }
    if (deadline == null || !deadline.isAfter(today)) {
      violations.put(DEADLINE.name(), "agreement.deadline.invalid");
    }
    if (monthlyRhythm != null && monthlyRhythm < 1) {
      violations.put(MONTHLY_RHYTHM.name(), "agreement.monthlyRhythm.invalid");
    }
    if (mobilizedStructures.isEmpty() || !structureGroups.containsAll(mobilizedStructures)) {
      violations.put(MOBILIZED_STRUCTURES.name(), "agreement.mobilizedStructures.invalid");
    }
    return violations;
  }
}
