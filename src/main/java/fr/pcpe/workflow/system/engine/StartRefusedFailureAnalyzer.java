package fr.pcpe.workflow.system.engine;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Prints why the application refused to start and what to do, instead of a stack trace. */
public class StartRefusedFailureAnalyzer extends AbstractFailureAnalyzer<StartRefusedException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, StartRefusedException cause) {
    return new FailureAnalysis(cause.getMessage(), cause.action(), cause);
  }
}
