package fr.pcpe.workflow.digest;

import fr.pcpe.workflow.common.ContractType;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** An offer for the hebdo, as the API and Tasklist's start form submit it; its rules (form key to message key). */
record OfferForm(String title, String employerName, String romeCode, ContractType contractType, String commune,
    LocalDate closingDate, String details) {

  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (blankOrLonger(title, 200)) {
      violations.put(DigestProcesses.Vars.TITLE.name(), "offer.title.required");
    }
    if (blankOrLonger(employerName, 200)) {
      violations.put(DigestProcesses.Vars.EMPLOYER_NAME.name(), "offer.employerName.required");
    }
    if (romeCode == null || !romeCode.strip().matches("[A-Na-n]\\d{4}")) {
      violations.put(DigestProcesses.Vars.ROME_CODE.name(), "offer.romeCode.invalid");
    }
    if (contractType == null) {
      violations.put(DigestProcesses.Vars.CONTRACT_TYPE.name(), "offer.contractType.required");
    }
    if (blankOrLonger(commune, 100)) {
      violations.put(DigestProcesses.Vars.COMMUNE.name(), "offer.commune.required");
    }
    if (closingDate == null || closingDate.isBefore(today) || closingDate.isAfter(today.plusYears(1))) {
      violations.put(DigestProcesses.Vars.CLOSING_DATE.name(), "offer.closingDate.invalid");
    }
    if (details != null && details.length() > 1000) {
      violations.put(DigestProcesses.Vars.DETAILS.name(), "offer.details.tooLong");
    }
    return violations;
  }

  private static boolean blankOrLonger(String text, int max) {
    return text == null || text.isBlank() || text.length() > max;
  }
}
