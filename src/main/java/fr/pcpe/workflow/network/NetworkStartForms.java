package fr.pcpe.workflow.network;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.employer.Employer;
import fr.pcpe.workflow.employer.EmployerRepository;
import fr.pcpe.workflow.network.NetworkForms.PersonForm;
import fr.pcpe.workflow.network.NetworkForms.StructureForm;
import fr.pcpe.workflow.partner.PartnerStructureRepository;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;

/** The network's administration from Tasklist: two start forms, their checks and their choices. */
@Configuration(proxyBeanMethods = false)
class NetworkStartForms {

  /** Start listener of structure-registration.bpmn: the structure is registered, or the form refused. */
  @Component("registerStructureListener")
  static class RegisterStructureListener extends FormCheck<StructureForm> {
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

  /** Start listener of network-invitation.bpmn: the person is invited, or the form refused. */
  @Component("invitePersonListener")
  static class InvitePersonListener extends FormCheck<PersonForm> {
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

  /** The active partner structures, for the invitation form (PCPE staff only). */
  @Bean
  StartFormOptions activeStructures(PartnerStructureRepository structures) {
    return StartFormOptions.named("activeStructures", caller -> !caller.isStaff() ? List.of()
        : structures.findByActiveTrueOrderByName().stream()
            .map(structure -> FormOptions.option(structure.getName(), structure.getId())).toList());
  }

  /** The employers, for the invitation form (PCPE staff only). */
  @Bean
  StartFormOptions employers(EmployerRepository employers) {
    return StartFormOptions.named("employers", caller -> !caller.isStaff() ? List.of()
        : employers.findAll().stream().sorted(Comparator.comparing(Employer::getName))
            .map(employer -> FormOptions.option(employer.getName(), employer.getId())).toList());
  }
}
