package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.MEETING_DATE;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.MINIMUM_LEVEL;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.PRESENT;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.VENUE;

import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The rules of reconnection-meeting.bpmn's forms, form key to message key. */
final class ReconnectionForms {

  private ReconnectionForms() {
  }

  /** The start form: when, where, from which alert level, optionally one structure's follow-ups. */
  record Plan(LocalDate date, String venue, Level level, String structure, boolean nobodyToInvite) {

    Map<String, String> violations(LocalDate today) {
      Map<String, String> violations = new LinkedHashMap<>();
      if (date == null || date.isBefore(today)) {
        violations.put(MEETING_DATE.name(), "reconnection.date.invalid");
      }
      if (venue == null || venue.length() > 200) {
        violations.put(VENUE.name(), "reconnection.venue.required");
      }
      if (level == null) {
        violations.put(MINIMUM_LEVEL.name(), "reconnection.level.required");
      } else if (nobodyToInvite) {
        violations.put(MINIMUM_LEVEL.name(), "reconnection.nobody");
      }
      return violations;
    }
  }

  /** Who came: recorded after the meeting, and only the invited. */
  record Outcome(List<Long> present, List<Long> invited, LocalDate meetingDate) {

    Map<String, String> violations(LocalDate today) {
      return today.isBefore(meetingDate) || !invited.containsAll(present)
          ? Map.of(PRESENT.name(), "reconnection.outcome.invalid") : Map.of();
    }
  }

}
