package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.network.NetworkForms.StructureForm;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Start listener of structure-registration.bpmn: the structure is registered, or the form refused. */
@Component
class RegisterStructureListener extends FormCheck<StructureForm> {
  private final NetworkService network;

  RegisterStructureListener(NetworkService network, FormRules rules) {
    super(rules);
    this.network = network;
  }

  @Override
  protected StructureForm read(DelegateExecution execution) {
    return new StructureForm(StructureRegistrationProcess.Vars.NAME.from(execution),
        StructureRegistrationProcess.Vars.TYPE.from(execution), StructureRegistrationProcess.Vars.CITY.from(execution),
        StructureRegistrationProcess.Vars.EMAIL.from(execution), StructureRegistrationProcess.Vars.HEAD_EMAIL.from(execution),
        StructureRegistrationProcess.Vars.SIRET.from(execution));
  }

  @Override
  protected Map<String, String> violations(StructureForm form, LocalDate today) {
    return form.violations();
  }

  @Override
  protected void accepted(StructureForm form, DelegateExecution execution) {
    try {
      execution.setProcessBusinessKey(network.registerStructure(form).getName());
    } catch (ConflictException | ForbiddenException | InvalidInputException refused) {
      refuse(StructureRegistrationProcess.Vars.NAME, refused.getMessage());
    }
  }
}
