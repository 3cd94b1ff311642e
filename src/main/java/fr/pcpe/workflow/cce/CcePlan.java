package fr.pcpe.workflow.cce;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Where, when and for whom a CCE is held. */
record CcePlan(String city, String venue, String audience, LocalDate eventDate) {

  static CcePlan read(VariableScope scope) {
    return new CcePlan(text(scope.getVariable(Vars.CITY)), text(scope.getVariable(Vars.VENUE)),
        text(scope.getVariable(Vars.AUDIENCE)), date(scope.getVariable(Vars.EVENT_DATE)));
  }

  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (city == null || city.length() > 100) {
      violations.put(Vars.CITY, "cce.city.required");
    }
    if (venue == null || venue.length() > 200) {
      violations.put(Vars.VENUE, "cce.venue.required");
    }
    if (audience != null && audience.length() > 200) {
      violations.put(Vars.AUDIENCE, "cce.audience.tooLong");
    }
    // a CCE already held may be recorded afterwards, within a year
    if (eventDate == null || eventDate.isBefore(today.minusYears(1)) || eventDate.isAfter(today.plusYears(1))) {
      violations.put(Vars.EVENT_DATE, "cce.eventDate.invalid");
    }
    return violations;
  }
}
