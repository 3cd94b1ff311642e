package fr.pcpe.workflow.visit;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.system.engine.CopiedFromRecords;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.visit.VisitProcess.Vars;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The steps of learning-visit.bpmn, each through {@link LearningVisits}; and its form checks. */
@Configuration(proxyBeanMethods = false)
class VisitSteps {

  @Bean
  CopiedFromRecords visitCopiedFromRecords() {
    return CopiedFromRecords.of(VisitProcess.KEY, Vars.SUBJECT, Vars.CONTEXT);
  }

  /** The start form, checked; accepted, the visit is recorded and its invitations leave. */
  @Component("planVisitListener")
  static class PlanVisitListener extends FormCheck<VisitPlan> {
    private final LearningVisits visits;

    PlanVisitListener(FormRules rules, LearningVisits visits) {
      super(rules);
      this.visits = visits;
    }

    @Override
    protected VisitPlan read(DelegateExecution execution) {
      return VisitPlan.read(execution);
    }

    @Override
    protected Map<String, String> violations(VisitPlan plan, LocalDate today) {
      return plan.violations(today);
    }

    @Override
    protected void accepted(VisitPlan plan, DelegateExecution execution) {
      // a key sent by the caller is replaced: a new instance never attaches itself to an existing visit
      execution.setProcessBusinessKey(visits.plan(plan));
      Vars.SUBJECT.on(execution).set(plan.theme().strip() + ", " + plan.host().strip());
    }
  }

  /** Two days before: the invitees coming, or silent, are reminded. */
  @Component("remindVisitDelegate")
  static class RemindVisitDelegate implements JavaDelegate {
    private final LearningVisits visits;

    RemindVisitDelegate(LearningVisits visits) {
      this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
      visits.remind(execution.getProcessBusinessKey());
    }
  }

  /** The record form shows the visit's replies and lists every invitee, those coming first. */
  @Component("showVisitRepliesListener")
  static class ShowVisitRepliesListener implements TaskListener {
    private final LearningVisits visits;

    ShowVisitRepliesListener(LearningVisits visits) {
      this.visits = visits;
    }

    @Override
    public void notify(DelegateTask task) {
      String reference = task.getExecution().getProcessBusinessKey();
      Vars.CONTEXT.on(task.getExecution()).set(visits.context(reference));
      Vars.ATTENDEE_OPTIONS.on(task.getExecution()).set(FormOptions.of(visits.attendeeOptions(reference)));
    }
  }

  /** The record: what the visit taught (required), and only the visit's invitees as attendees. */
  record VisitRecord(List<Long> attendeeIds, String takeaways, boolean invitees) {

    Map<String, String> violations() {
      Map<String, String> violations = new LinkedHashMap<>();
      if (!invitees) {
        violations.put(Vars.ATTENDEE_IDS.name(), "visit.attendees.invalid");
      }
      if (takeaways == null || takeaways.isBlank() || takeaways.length() > 2000) {
        violations.put(Vars.TAKEAWAYS.name(), "visit.takeaways.invalid");
      }
      return violations;
    }
  }

  @Bean
  FormCheck<VisitRecord> validateVisitRecordListener(FormRules rules, LearningVisits visits) {
    return FormCheck.of(rules, execution -> {
      List<Long> ids = Vars.ATTENDEE_IDS.from(execution);
      return new VisitRecord(ids, Vars.TAKEAWAYS.from(execution),
          visits.invitees(execution.getProcessBusinessKey(), ids));
    }, (record, today) -> record.violations());
  }

  @Component("recordVisitDelegate")
  static class RecordVisitDelegate implements JavaDelegate {
    private final LearningVisits visits;

    RecordVisitDelegate(LearningVisits visits) {
      this.visits = visits;
    }

    @Override
    public void execute(DelegateExecution execution) {
      visits.record(execution.getProcessBusinessKey(), Vars.ATTENDEE_IDS.from(execution), Vars.TAKEAWAYS.from(execution));
    }
  }
}
