package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.MEETING_DATE;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.MINIMUM_LEVEL;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.PARTICIPANT_OPTIONS;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.PRESENT;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.STRUCTURE;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.VENUE;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The listeners and delegates of reconnection-meeting.bpmn. */
final class ReconnectionDelegates {

  private ReconnectionDelegates() {
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

  /**
   * Start listener: checks the start form, then invites every late follow-up at the chosen level or
   * above in one action; the meeting's reference becomes the business key.
   */
  @Component("planReconnectionListener")
  static class PlanReconnectionListener extends FormCheck<Plan> {
    private final ReconnectionService meetings;

    PlanReconnectionListener(ReconnectionService meetings, FormRules rules) {
      super(rules);
      this.meetings = meetings;
    }

    @Override
    protected Plan read(DelegateExecution execution) {
      Level level = MINIMUM_LEVEL.from(execution);
      String structure = STRUCTURE.from(execution);
      return new Plan(MEETING_DATE.from(execution), VENUE.from(execution), level, structure,
          level != null && meetings.candidatesFor(level, structure).isEmpty());
    }

    @Override
    protected Map<String, String> violations(Plan plan, LocalDate today) {
      return plan.violations(today);
    }

    @Override
    protected void accepted(Plan plan, DelegateExecution execution) {
      ReconnectionMeeting meeting = meetings.plan(plan.date(), plan.venue(), plan.level(), plan.structure());
      execution.setProcessBusinessKey(meeting.getReference());
      PARTICIPANT_OPTIONS.on(execution).set(FormOptions.of(meetings.participantOptions(meeting.getReference())));
    }
  }

  @Component("applyReconnectionDelegate")
  static class ApplyReconnectionDelegate implements JavaDelegate {
    private final ReconnectionService meetings;

    ApplyReconnectionDelegate(ReconnectionService meetings) {
      this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
      meetings.recordOutcome(execution.getProcessBusinessKey(), PRESENT.from(execution));
    }
  }
}
