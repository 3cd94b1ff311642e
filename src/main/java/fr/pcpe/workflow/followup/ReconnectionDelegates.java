package fr.pcpe.workflow.followup;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.FormValues;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.system.FormRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The listeners and delegates of reconnection-meeting.bpmn. */
final class ReconnectionDelegates {

  static final String MEETING_DATE = "meetingDate";
  static final String VENUE = "venue";
  static final String MINIMUM_LEVEL = "minimumLevel";
  /** Optional: only this structure's follow-ups (its group id). */
  static final String STRUCTURE = "structure";
  static final String PARTICIPANT_OPTIONS = "participantOptions";
  static final String PRESENT = "present";

  private ReconnectionDelegates() {
  }

  static List<Long> present(DelegateExecution execution) {
    return FormValues.list(execution.getVariable(PRESENT)).stream().map(FormValues::integer).filter(Objects::nonNull)
        .map(Integer::longValue).toList();
  }

  /**
   * Start listener: checks the start form, then invites every late follow-up at the chosen level or
   * above in one action; the meeting's reference becomes the business key.
   */
  @Component("planReconnectionListener")
  static class PlanReconnectionListener implements ExecutionListener {
    private final ReconnectionService meetings;
    private final FormRules formRules;
    private final Clock clock;

    PlanReconnectionListener(ReconnectionService meetings, FormRules formRules, Clock clock) {
      this.meetings = meetings;
      this.formRules = formRules;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      LocalDate date = date(execution.getVariable(MEETING_DATE));
      String venue = text(execution.getVariable(VENUE));
      Level level = enumValue(Level.class, execution.getVariable(MINIMUM_LEVEL));
      String structure = text(execution.getVariable(STRUCTURE));
      Map<String, String> violations = new LinkedHashMap<>();
      if (date == null || date.isBefore(LocalDate.now(clock))) {
        violations.put(MEETING_DATE, "reconnection.date.invalid");
      }
      if (venue == null || venue.length() > 200) {
        violations.put(VENUE, "reconnection.venue.required");
      }
      if (level == null) {
        violations.put(MINIMUM_LEVEL, "reconnection.level.required");
      } else if (meetings.candidatesFor(level, structure).isEmpty()) {
        violations.put(MINIMUM_LEVEL, "reconnection.nobody");
      }
      formRules.enforce(violations);
      ReconnectionMeeting meeting = meetings.plan(date, venue, level, structure);
      execution.setProcessBusinessKey(meeting.getReference());
      execution.setVariable(PARTICIPANT_OPTIONS, FormOptions.of(meetings.participantOptions(meeting.getReference())));
    }
  }

  /** End listener of the outcome form: after the meeting, and only the invited. */
  @Component("validateReconnectionOutcomeListener")
  static class ValidateReconnectionOutcomeListener implements ExecutionListener {
    private final ReconnectionService meetings;
    private final FormRules formRules;
    private final Clock clock;

    ValidateReconnectionOutcomeListener(ReconnectionService meetings, FormRules formRules, Clock clock) {
      this.meetings = meetings;
      this.formRules = formRules;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      ReconnectionMeeting meeting = meetings.find(execution.getProcessBusinessKey());
      List<Long> invited = meeting.getInvitations().stream().map(ReconnectionMeeting.Invitation::getId).toList();
      if (LocalDate.now(clock).isBefore(meeting.getMeetingDate()) || !invited.containsAll(present(execution))) {
        formRules.enforce(Map.of(PRESENT, "reconnection.outcome.invalid"));
      }
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
      meetings.recordOutcome(execution.getProcessBusinessKey(), present(execution));
    }
  }
}
