package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.followup.FollowUpEnums.Proposal;
import fr.pcpe.workflow.followup.FollowUpEnums.Review;
import fr.pcpe.workflow.referral.RetentionProcess;
import fr.pcpe.workflow.referral.RetentionProcess.Restart;
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

  /** A proposal; an open drive may be named for an offer (the candidate is then referred to it). */
  record ProposalForm(Proposal type, String details, String drive, boolean driveAvailable) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (type == null) {
        violations.put(FollowUpProcess.Vars.PROPOSAL_TYPE.name(), "followUp.proposalType.required");
      } else if (drive != null && type != Proposal.OFFER) {
        violations.put(FollowUpProcess.Vars.PROPOSED_DRIVE.name(), "followUp.proposedDrive.onlyForOffer");
      } else if (drive != null && !driveAvailable) {
        violations.put(FollowUpProcess.Vars.PROPOSED_DRIVE.name(), "followUp.proposedDrive.unavailable");
      }
      if (details == null || details.length() > 500) {
        violations.put(FollowUpProcess.Vars.PROPOSAL_DETAILS.name(), "followUp.proposalDetails.required");
      }
      return violations;
    }
  }

  /**
   * A review of a follow-up closed without an outcome: close for good, or restart with another person
   * who may follow the candidate.
   */
  record ReviewForm(Review decision, boolean newReferentMayFollow, String comment) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(FollowUpProcess.Vars.REVIEW_DECISION.name(), "followUp.review.decisionRequired");
      } else if (decision == Review.RESTART && !newReferentMayFollow) {
        violations.put(FollowUpProcess.Vars.NEW_REFERENT_ID.name(), "followUp.review.referentRequired");
      }
      if (comment != null && comment.length() > 1000) {
        violations.put(FollowUpProcess.Vars.REVIEW_COMMENT.name(), "followUp.review.commentTooLong");
      }
      return violations;
    }
  }

  /**
   * After a departure (hire-retention.bpmn), the structure's decision: a restart names a referent who may follow the
   * candidate.
   */
  record RestartForm(Restart decision, boolean referentMayFollow) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (decision == null) {
        violations.put(RetentionProcess.Vars.RESTART_DECISION.name(), "retention.restart.required");
      } else if (decision == Restart.RESTART && !referentMayFollow) {
        violations.put(RetentionProcess.Vars.NEW_REFERENT_ID.name(), "followUp.referent.notOfStructure");
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
