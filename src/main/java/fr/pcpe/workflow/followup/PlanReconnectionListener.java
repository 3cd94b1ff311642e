package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.MEETING_DATE;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.MINIMUM_LEVEL;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.PARTICIPANT_OPTIONS;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.STRUCTURE;
import static fr.pcpe.workflow.followup.ReconnectionProcess.Vars.VENUE;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Start listener: checks the start form, then invites every late follow-up at the chosen level or
 * above in one action; the meeting's reference becomes the business key.
 */
@Component
class PlanReconnectionListener extends FormCheck<ReconnectionForms.Plan> {
  private final ReconnectionService meetings;

  PlanReconnectionListener(ReconnectionService meetings, FormRules rules) {
    super(rules);
    this.meetings = meetings;
  }

  @Override
  protected ReconnectionForms.Plan read(DelegateExecution execution) {
    Level level = MINIMUM_LEVEL.from(execution);
    String structure = STRUCTURE.from(execution);
    return new ReconnectionForms.Plan(MEETING_DATE.from(execution), VENUE.from(execution), level, structure,
        level != null && meetings.candidatesFor(level, structure).isEmpty());
  }

  @Override
  protected Map<String, String> violations(ReconnectionForms.Plan plan, LocalDate today) {
    return plan.violations(today);
  }

  @Override
  protected void accepted(ReconnectionForms.Plan plan, DelegateExecution execution) {
    ReconnectionMeeting meeting = meetings.plan(plan.date(), plan.venue(), plan.level(), plan.structure());
    execution.setProcessBusinessKey(meeting.getReference());
    PARTICIPANT_OPTIONS.on(execution).set(FormOptions.of(meetings.participantOptions(meeting.getReference())));
  }
}
