package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rules of the follow-up's forms, form key to message key (docs/adr/0002). */
final class FollowUpForms {

  private FollowUpForms() {
  }

  /** The meeting happened: not in the future. */
  static Map<String, String> meeting(LocalDate met, LocalDate today) {
    return met == null || met.isAfter(today) ? Map.of(FollowUpProcess.Vars.MEETING_DATE.name(),
        "followUp.meetingDate.invalid") : Map.of();
  }

  record ProposalForm(Proposal type, String details) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (type == null) {
        violations.put(FollowUpProcess.Vars.PROPOSAL_TYPE.name(), "followUp.proposalType.required");
      }
      if (details == null || details.length() > 500) {
        violations.put(FollowUpProcess.Vars.PROPOSAL_DETAILS.name(), "followUp.proposalDetails.required");
      }
      return violations;
    }
  }

  /** A pause: why, and until a date to come (within the year, checked by the service). */
  record PauseForm(String reference, String reason, LocalDate resumeDate) {

    Map<String, String> violations(LocalDate today) {
      return reason == null || reason.length() > 500 || resumeDate == null || !resumeDate.isAfter(today)
          ? Map.of(PauseProcess.Vars.PAUSE_REASON.name(), "followUp.pause.invalid") : Map.of();
    }
  }
}
