package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.cce.CceProcess.Vars;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.FormValues;
import fr.pcpe.workflow.system.FormRules;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
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

  static List<Long> offerIds(Object value) {
    return FormValues.list(value).stream().map(FormValues::integer).filter(Objects::nonNull).map(Integer::longValue)
        .toList();
  }

  static AttendanceSheet sheet(DelegateExecution execution) {
    return AttendanceSheet.read(execution.getVariable(Vars.ATTENDEES), execution.getVariable(Vars.HIRED),
        execution.getVariable(Vars.SHORTLISTED));
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
  static class ValidateCcePlanListener implements ExecutionListener {
    private final FormRules formRules;
    private final Clock clock;

    ValidateCcePlanListener(FormRules formRules, Clock clock) {
      this.formRules = formRules;
      this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.isCanceled()) {
        formRules.enforce(CcePlan.read(execution).violations(LocalDate.now(clock)));
      }
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
      task.getExecution().setVariable(Vars.OFFER_OPTIONS, FormOptions.of(cces.offerOptions()));
    }
  }

  @Component("validateCceOffersListener")
  static class ValidateCceOffersListener implements ExecutionListener {
    private final CceService cces;
    private final FormRules formRules;

    ValidateCceOffersListener(CceService cces, FormRules formRules) {
      this.cces = cces;
      this.formRules = formRules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (!execution.isCanceled() && !cces.offersExist(offerIds(execution.getVariable(Vars.OFFERS)))) {
        formRules.enforce(Map.of(Vars.OFFERS, "cce.offers.required"));
      }
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
      cces.openInvitations(execution.getProcessBusinessKey(), offerIds(execution.getVariable(Vars.OFFERS)));
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
      execution.setVariable(Vars.INVITEE_OPTIONS, FormOptions.of(cces.inviteeOptions(execution.getProcessBusinessKey())));
    }
  }

  @Component("validateAttendanceListener")
  static class ValidateAttendanceListener implements ExecutionListener {
    private final CceService cces;
    private final FormRules formRules;

    ValidateAttendanceListener(CceService cces, FormRules formRules) {
      this.cces = cces;
      this.formRules = formRules;
    }

    @Override
    public void notify(DelegateExecution execution) {
      if (execution.isCanceled()) {
        return;
      }
      List<Long> known = cces.invitationsOf(execution.getProcessBusinessKey()).stream().map(CceInvitation::getId)
          .toList();
      if (!sheet(execution).isConsistentWith(known)) {
        formRules.enforce(Map.of(Vars.ATTENDEES, "cce.attendance.invalid"));
      }
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
      cces.recordDay(execution.getProcessBusinessKey(), sheet(execution));
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
      execution.setVariable(Vars.CCE_REPORT, cces.report(execution.getProcessBusinessKey()));
    }
  }
}
