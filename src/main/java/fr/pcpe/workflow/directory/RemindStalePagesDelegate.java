package fr.pcpe.workflow.directory;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** directory-freshness.bpmn's step: every page left six months is reminded to its structure. */
@Component
class RemindStalePagesDelegate implements JavaDelegate {

  private final Directory directory;

  RemindStalePagesDelegate(Directory directory) {
    this.directory = directory;
  }

  @Override
  public void execute(DelegateExecution execution) {
    directory.remindStalePages();
  }
}
