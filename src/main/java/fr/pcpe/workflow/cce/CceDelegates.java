package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

  @Component("validateCcePlanListener")
  static class ValidateCcePlanListener extends FormCheck<CcePlan> {
    ValidateCcePlanListener(FormRules rules) {
      super(rules);
    }

    @Override
    protected CcePlan read(DelegateExecution execution) {
      return CcePlan.read(execution);
    }

    @Override
    protected Map<String, String> violations(CcePlan plan, LocalDate today) {
      return plan.violations(today);
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

  @Component("validateCceOffersListener")
  static class ValidateCceOffersListener extends FormCheck<List<Long>> {
    private final CceService cces;

    ValidateCceOffersListener(CceService cces, FormRules rules) {
      super(rules);
      this.cces = cces;
    }

    @Override
    protected List<Long> read(DelegateExecution execution) {
      return Vars.OFFERS.from(execution);
    }

    @Override
    protected Map<String, String> violations(List<Long> offers, LocalDate today) {
      return cces.offersExist(offers) ? Map.of() : Map.of(Vars.OFFERS.name(), "cce.offers.required");
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

  /** The day's sheet, and the invitations it must stay within. */
  record Attendance(AttendanceSheet sheet, List<Long> invitations) {
  }

  @Component("validateAttendanceListener")
  static class ValidateAttendanceListener extends FormCheck<Attendance> {
    private final CceService cces;

    ValidateAttendanceListener(CceService cces, FormRules rules) {
      super(rules);
      this.cces = cces;
    }

    @Override
    protected Attendance read(DelegateExecution execution) {
      return new Attendance(AttendanceSheet.read(execution), cces.invitationsOf(execution.getProcessBusinessKey())
          .stream().map(CceInvitation::getId).toList());
    }

    @Override
    protected Map<String, String> violations(Attendance attendance, LocalDate today) {
      return attendance.sheet().isConsistentWith(attendance.invitations()) ? Map.of()
          : Map.of(Vars.ATTENDEES.name(), "cce.attendance.invalid");
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
}
