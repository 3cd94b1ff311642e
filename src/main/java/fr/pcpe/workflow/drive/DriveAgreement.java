package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.ContractType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The qualified need and the drive agreed with the employer: the job (title, ROME code, contract,
 * positions, start, place, prerequisites), the drive's target, deadline and optional monthly rhythm,
 * and the partner structures to mobilize.
 */
record DriveAgreement(String jobTitle, String romeCode, ContractType contractType, Integer positions,
    LocalDate startDate, String place, String prerequisites, Integer targetHires, LocalDate deadline,
    Integer monthlyRhythm, List<String> mobilizedStructures) {

  /**
   * Broken rules, form key to message key; {@code today} is the engine's date, {@code structureGroups}
   * the groups of the structures that exist.
   */
  Map<String, String> violations(LocalDate today, Set<String> structureGroups) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (jobTitle == null || jobTitle.length() > 200) {
      violations.put("jobTitle", "agreement.jobTitle.invalid");
    }
    if (romeCode == null || !romeCode.matches("[A-N]\\d{4}")) {
      violations.put("romeCode", "agreement.romeCode.invalid");
    }
    if (contractType == null) {
      violations.put("contractType", "agreement.contractType.invalid");
    }
    if (positions == null || positions < 1 || positions > 10_000) {
      violations.put("positions", "agreement.positions.invalid");
    }
    if (startDate == null) {
      violations.put("startDate", "agreement.startDate.invalid");
    }
    if (place == null || place.length() > 200) {
      violations.put("place", "agreement.place.invalid");
    }
    if (prerequisites != null && prerequisites.length() > 1000) {
      violations.put("prerequisites", "agreement.prerequisites.tooLong");
    }
    if (targetHires == null || targetHires < 1 || positions != null && targetHires > positions) {
      violations.put("targetHires", "agreement.targetHires.invalid");
    }
    if (deadline == null || !deadline.isAfter(today)) {
      violations.put("deadline", "agreement.deadline.invalid");
    }
    if (monthlyRhythm != null && monthlyRhythm < 1) {
      violations.put("monthlyRhythm", "agreement.monthlyRhythm.invalid");
    }
    if (mobilizedStructures.isEmpty() || !structureGroups.containsAll(mobilizedStructures)) {
      violations.put("mobilizedStructures", "agreement.mobilizedStructures.invalid");
    }
    return violations;
  }
}
