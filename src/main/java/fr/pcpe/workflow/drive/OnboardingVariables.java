package fr.pcpe.workflow.drive;

import fr.pcpe.workflow.drive.DriveProcess.Vars;
import fr.pcpe.workflow.employer.EmployerOnboarding;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the onboarding form's variables. */
final class OnboardingVariables {

  private OnboardingVariables() {
  }

  static EmployerOnboarding read(VariableScope scope) {
    return new EmployerOnboarding(text(scope, Vars.EMPLOYER_NAME), text(scope, Vars.SIRET),
        text(scope, Vars.SECTOR), text(scope, Vars.CONTACT_NAME), text(scope, Vars.CONTACT_EMAIL),
        text(scope, Vars.CONTACT_PHONE), text(scope, Vars.NEED_DESCRIPTION));
  }

  private static String text(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    return value == null ? null : value.toString();
  }
}
