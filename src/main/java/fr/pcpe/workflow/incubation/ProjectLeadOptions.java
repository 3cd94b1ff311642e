package fr.pcpe.workflow.incubation;

import fr.pcpe.workflow.common.FormOptions;
import fr.pcpe.workflow.system.engine.StartFormOptions;
import fr.pcpe.workflow.system.security.Caller;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.stereotype.Component;

/** The people who may lead a project (the PCPE's coordinators), by name, for the project's start form. */
@Component
class ProjectLeadOptions implements StartFormOptions {

  private final IdentityService identityService;
  private final EngineAccess engineAccess;

  ProjectLeadOptions(IdentityService identityService, EngineAccess engineAccess) {
    this.identityService = identityService;
    this.engineAccess = engineAccess;
  }

  @Override
  public String name() {
    return "projectLeads";
  }

  @Override
  public List<Map<String, String>> options(Caller caller) {
    if (!caller.isStaff()) {
      return List.of();
    }
    return engineAccess.asSystem(() -> identityService.createUserQuery().memberOfGroup(PcpeGroups.COORDINATORS)
        .orderByUserLastName().asc().list()).stream()
        .map(user -> FormOptions.option((user.getFirstName() + " " + user.getLastName()).strip(), user.getId()))
        .toList();
  }
}
