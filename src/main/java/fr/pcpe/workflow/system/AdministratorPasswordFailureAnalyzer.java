package fr.pcpe.workflow.system;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused administrator password into a start-up message that says what to do. */
class AdministratorPasswordFailureAnalyzer extends AbstractFailureAnalyzer<AdministratorPasswordException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, AdministratorPasswordException cause) {
    return new FailureAnalysis(cause.getMessage(),
        "Set the environment variable PCPE_ADMIN_PASSWORD to a password of at least 10 characters "
            + "with an upper-case letter, a lower-case letter, a digit and a special character, "
            + "not containing the user name (PCPE_ADMIN_USER, default 'admin'). "
            + "Only the local demo profile (./mvnw spring-boot:run) runs without it.",
        cause);
  }
}
