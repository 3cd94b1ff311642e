package fr.pcpe.workflow.drive;

import static fr.pcpe.workflow.common.FormValues.date;
import static fr.pcpe.workflow.common.FormValues.enumValue;
import static fr.pcpe.workflow.common.FormValues.integer;
import static fr.pcpe.workflow.common.FormValues.text;

import fr.pcpe.workflow.common.ContractType;
import fr.pcpe.workflow.common.FormValues;
import fr.pcpe.workflow.drive.DriveProcess.Vars;
import fr.pcpe.workflow.employer.EmployerOnboarding;
import org.camunda.bpm.engine.delegate.VariableScope;

/** Reads the variables the drive's forms write. */
final class DriveVariables {

  private DriveVariables() {
  }

  static EmployerOnboarding onboarding(VariableScope scope) {
    return new EmployerOnboarding(text(scope.getVariable(Vars.EMPLOYER_NAME)),
        text(scope.getVariable(Vars.SIRET)), text(scope.getVariable(Vars.SECTOR)),
        text(scope.getVariable(Vars.CONTACT_NAME)), text(scope.getVariable(Vars.CONTACT_EMAIL)),
        text(scope.getVariable(Vars.CONTACT_PHONE)), text(scope.getVariable(Vars.NEED_DESCRIPTION)));
  }

  static DriveAgreement agreement(VariableScope scope) {
    return new DriveAgreement(text(scope.getVariable(Vars.JOB_TITLE)), text(scope.getVariable(Vars.ROME_CODE)),
        enumValue(ContractType.class, scope.getVariable(Vars.CONTRACT_TYPE)),
        integer(scope.getVariable(Vars.POSITIONS)), date(scope.getVariable(Vars.START_DATE)),
        text(scope.getVariable(Vars.PLACE)), text(scope.getVariable(Vars.PREREQUISITES)),
        integer(scope.getVariable(Vars.TARGET_HIRES)), date(scope.getVariable(Vars.DEADLINE)),
        integer(scope.getVariable(Vars.MONTHLY_RHYTHM)), FormValues.list(scope.getVariable(Vars.MOBILIZED_STRUCTURES)));
  }

}
