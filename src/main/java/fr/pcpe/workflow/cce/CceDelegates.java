package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.common.FormOptions;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** The thin delegates and listeners of cafe-contact-emploi.bpmn, each calling {@link CceService}. */
final class CceDelegates {

  private CceDelegates() {
  }

  /** Start listener: the CCE's record and its reference as business key. */
  @Component("createCceListener")
  static class CreateCceListener implements ExecutionListener {
    private final CceService cces;

    CreateCceListener(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void notify(DelegateExecution execution) {
      // a key sent by the caller is replaced: a new instance never attaches itself to an existing CCE
      execution.setProcessBusinessKey(cces.create());
    }
  }

  @Component("recordCcePlanDelegate")
  static class RecordCcePlanDelegate implements JavaDelegate {
    private final CceService cces;

    RecordCcePlanDelegate(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void execute(DelegateExecution execution) {
      cces.plan(execution.getProcessBusinessKey(), CcePlan.read(execution));
    }
  }

  /** Create listener of the offers task: the open job offers the form lists. */
  @Component("offerJobOffersListener")
  static class OfferJobOffersListener implements TaskListener {
    private final CceService cces;

    OfferJobOffersListener(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void notify(DelegateTask task) {
      Vars.OFFER_OPTIONS.on(task.getExecution()).set(FormOptions.of(cces.offerOptions()));
    }
  }

  @Component("openInvitationsDelegate")
  static class OpenInvitationsDelegate implements JavaDelegate {
    private final CceService cces;

    OpenInvitationsDelegate(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void execute(DelegateExecution execution) {
      cces.openInvitations(execution.getProcessBusinessKey(), Vars.OFFERS.from(execution));
    }
  }

  @Component("remindInviteesDelegate")
  static class RemindInviteesDelegate implements JavaDelegate {
    private final CceService cces;

    RemindInviteesDelegate(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void execute(DelegateExecution execution) {
      cces.remindReferents(execution.getProcessBusinessKey());
    }
  }

  /** On the day: the invitees, as the options of the bulk form's lists. */
  @Component("prepareAttendanceDelegate")
  static class PrepareAttendanceDelegate implements JavaDelegate {
    private final CceService cces;

    PrepareAttendanceDelegate(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Vars.INVITEE_OPTIONS.on(execution).set(FormOptions.of(cces.inviteeOptions(execution.getProcessBusinessKey())));
    }
  }

  /** Records the day and opens a follow-up for every attendee who left without a job. */
  @Component("recordCceDayDelegate")
  static class RecordCceDayDelegate implements JavaDelegate {
    private final CceService cces;

    RecordCceDayDelegate(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void execute(DelegateExecution execution) {
      cces.recordDay(execution.getProcessBusinessKey(), AttendanceSheet.read(execution));
    }
  }

  @Component("writeCceReportDelegate")
  static class WriteCceReportDelegate implements JavaDelegate {
    private final CceService cces;

    WriteCceReportDelegate(CceService cces) {
      this.cces = cces;
    }

    @Override
    public void execute(DelegateExecution execution) {
      Vars.CCE_REPORT.on(execution).set(cces.report(execution.getProcessBusinessKey()));
    }
  }

  /**
   * The monthly look at the year's plan (cce-year-check.bpmn): behind, the coordination's task says by how much;
   * on time, nothing.
   */
  @Component("checkCceYearDelegate")
  static class CheckCceYearDelegate implements JavaDelegate {
    private final CceYearPlans plans;

    CheckCceYearDelegate(CceYearPlans plans) {
      this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
      var behind = plans.behind();
      CceYearProcess.Vars.BEHIND.on(execution).set(behind.isPresent());
      behind.ifPresent(words -> {
        CceYearProcess.Vars.YEAR_CONTEXT.on(execution).set(words);
        CceYearProcess.Vars.SUBJECT.on(execution).set(plans.subject());
      });
    }
  }
}
