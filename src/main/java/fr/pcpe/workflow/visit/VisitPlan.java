package fr.pcpe.workflow.visit;

import static fr.pcpe.workflow.visit.VisitProcess.Vars.DAY;
import static fr.pcpe.workflow.visit.VisitProcess.Vars.GUESTS;
import static fr.pcpe.workflow.visit.VisitProcess.Vars.HOST;
import static fr.pcpe.workflow.visit.VisitProcess.Vars.INVITE_STRUCTURES;
import static fr.pcpe.workflow.visit.VisitProcess.Vars.PLACES;
import static fr.pcpe.workflow.visit.VisitProcess.Vars.THEME;

import fr.pcpe.workflow.common.EmailAddress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;

/** The start form of a learning visit, with its rules: a theme, a host, a day to come, places, someone invited. */
record VisitPlan(String theme, String host, LocalDate day, Integer places, boolean inviteStructures, String guests) {

  /** An outside guest as the form lists them. */
  record Guest(String name, String email) {
  }

  static VisitPlan read(VariableScope scope) {
    return new VisitPlan(THEME.from(scope), HOST.from(scope), DAY.from(scope), PLACES.from(scope),
        INVITE_STRUCTURES.from(scope), GUESTS.from(scope));
  }

  /** The guests' lines, each "Prénom Nom, adresse e-mail"; null if a line is not. */
  List<Guest> guestList() {
    List<Guest> list = new ArrayList<>();
    if (guests == null) {
      return list;
    }
    for (String line : guests.split("\\R")) {
      if (line.isBlank()) {
        continue;
      }
      int comma = line.lastIndexOf(',');
      String name = comma < 0 ? "" : line.substring(0, comma).strip();
      String email = comma < 0 ? "" : line.substring(comma + 1).strip();
      if (name.isEmpty() || name.length() > 200 || !EmailAddress.isValid(email) || email.length() > 200) {
        return null;
      }
      list.add(new Guest(name, email));
    }
    return list;
  }

  Map<String, String> violations(LocalDate today) {
    Map<String, String> violations = new LinkedHashMap<>();
    if (theme == null || theme.isBlank() || theme.length() > 200) {
      violations.put(THEME.name(), "visit.theme.invalid");
    }
    if (host == null || host.isBlank() || host.length() > 200) {
      violations.put(HOST.name(), "visit.host.invalid");
    }
    if (day == null || !day.isAfter(today) || day.isAfter(today.plusYears(1))) {
      violations.put(DAY.name(), "visit.day.invalid");
    }
    if (places == null || places < 1 || places > 200) {
      violations.put(PLACES.name(), "visit.places.invalid");
    }
    List<Guest> guestList = guestList();
    if (guestList == null || guests != null && guests.length() > 10_000) {
      violations.put(GUESTS.name(), "visit.guests.invalid");
    } else if (!inviteStructures && guestList.isEmpty()) {
      violations.put(GUESTS.name(), "visit.invitees.required");
    }
    return violations;
  }
}
