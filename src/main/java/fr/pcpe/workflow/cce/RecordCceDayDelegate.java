package fr.pcpe.workflow.cce;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the day and opens a follow-up for every attendee who left without a job. */
@Component
class RecordCceDayDelegate implements JavaDelegate {
  private final CceService cces;

  RecordCceDayDelegate(CceService cces) {
    this.cces = cces;
  }

  @Override
  public void execute(DelegateExecution execution) {
    cces.recordDay(execution.getProcessBusinessKey(), AttendanceSheet.read(execution));
  }
}
