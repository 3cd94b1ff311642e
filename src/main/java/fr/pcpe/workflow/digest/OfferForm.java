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
      violations.put("title", "offer.title.required");
    }
    if (blankOrLonger(employerName, 200)) {
      violations.put("employerName", "offer.employerName.required");
    }
    if (romeCode == null || !romeCode.strip().matches("[A-Na-n]\\d{4}")) {
      violations.put("romeCode", "offer.romeCode.invalid");
    }
    if (contractType == null) {
      violations.put("contractType", "offer.contractType.required");
    }
    if (blankOrLonger(commune, 100)) {
      violations.put("commune", "offer.commune.required");
    }
    if (closingDate == null || closingDate.isBefore(today) || closingDate.isAfter(today.plusYears(1))) {
      violations.put("closingDate", "offer.closingDate.invalid");
    }
    if (details != null && details.length() > 1000) {
      violations.put("details", "offer.details.tooLong");
    }
    return violations;
  }

  private static boolean blankOrLonger(String text, int max) {
    return text == null || text.isBlank() || text.length() > max;
  }
}
