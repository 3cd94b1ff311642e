package fr.pcpe.workflow.followup;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Still no meeting at the question date: the candidate is asked whether their referent contacted them. */
@Component
class AskCandidateDelegate implements JavaDelegate {
  private final CandidateAnswers answers;

  AskCandidateDelegate(CandidateAnswers answers) {
    this.answers = answers;
  }

  @Override
  public void execute(DelegateExecution execution) {
    answers.askCandidate(execution.getProcessBusinessKey());
  }
}
