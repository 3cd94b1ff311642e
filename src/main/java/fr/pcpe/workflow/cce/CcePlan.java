package fr.pcpe.workflow.cce;

import static fr.pcpe.workflow.cce.CceProcess.Vars.AUDIENCE;
import static fr.pcpe.workflow.cce.CceProcess.Vars.CITY;
import static fr.pcpe.workflow.cce.CceProcess.Vars.EVENT_DATE;
import static fr.pcpe.workflow.cce.CceProcess.Vars.VENUE;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Where, when and for whom a CCE is held. */
record CcePlan(String city, String venue, String audience, LocalDate eventDate) {

  static CcePlan read(VariableScope scope) {
    return new CcePlan(CITY.from(scope), VENUE.from(scope), AUDIENCE.from(scope), EVENT_DATE.from(scope));
  }

  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (city == null || city.length() > 100) {
      violations.put(CITY.name(), "cce.city.required");
    }
    if (venue == null || venue.length() > 200) {
      violations.put(VENUE.name(), "cce.venue.required");
    }
    if (audience != null && audience.length() > 200) {
      violations.put(AUDIENCE.name(), "cce.audience.tooLong");
    }
    // a CCE already held may be recorded afterwards, within a year
    if (eventDate == null || eventDate.isBefore(today.minusYears(1)) || eventDate.isAfter(today.plusYears(1))) {
      violations.put(EVENT_DATE.name(), "cce.eventDate.invalid");
    }
    return violations;
  }
}
