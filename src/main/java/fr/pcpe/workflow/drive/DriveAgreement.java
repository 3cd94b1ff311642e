package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.common.ContractType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The qualified need and the drive agreed with the employer: the job (title, ROME code, contract,
 * positions, start, place, prerequisites) and the drive's target, deadline and optional monthly rhythm.
 */
record DriveAgreement(String jobTitle, String romeCode, ContractType contractType, Integer positions,
    LocalDate startDate, String place, String prerequisites, Integer targetHires, LocalDate deadline,
    Integer monthlyRhythm) {

  /** Broken rules, form key to message key; {@code today} is the engine's date. */
  Map<String, String> violations(LocalDate today) {
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
    return violations;
  }
}
