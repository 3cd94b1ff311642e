package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.network.NetworkForms.PersonForm;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/** Start listener of network-invitation.bpmn: the person is invited, or the form refused. */
@Component
class InvitePersonListener extends FormCheck<PersonForm> {
  private final NetworkService network;

  InvitePersonListener(NetworkService network, FormRules rules) {
    super(rules);
    this.network = network;
  }

  @Override
  protected PersonForm read(DelegateExecution execution) {
    NetworkPerson.Role role = InvitationProcess.Vars.ROLE.from(execution);
    Integer organization = role == NetworkPerson.Role.EMPLOYER_CONTACT ? InvitationProcess.Vars.EMPLOYER_ID.from(execution)
        : InvitationProcess.Vars.STRUCTURE_ID.from(execution);
    return new PersonForm(InvitationProcess.Vars.FIRST_NAME.from(execution),
        InvitationProcess.Vars.LAST_NAME.from(execution), InvitationProcess.Vars.EMAIL.from(execution), role,
        organization == null ? null : organization.longValue());
  }

  @Override
  protected Map<String, String> violations(PersonForm form, LocalDate today) {
    return form.violations();
  }

  @Override
  protected void accepted(PersonForm form, DelegateExecution execution) {
    try {
      execution.setProcessBusinessKey(network.invite(form).getUserId());
    } catch (ConflictException | ForbiddenException | InvalidInputException | NotFoundException refused) {
      refuse(InvitationProcess.Vars.EMAIL, refused.getMessage());
    }
  }
}
