package fr.pcpe.workflow.cce;

import fr.pcpe.workflow.drive.TestDrives;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/** Cafés Contact Emploi as the tests need them. */
@Component
public class TestCces {

  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final TestDrives drives;

  TestCces(RuntimeService runtimeService, TaskService taskService, TestDrives drives) {
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.drives = drives;
  }

  /** A CCE in {@code city} in 20 days, planned with one open offer: open to invitations. @return its reference */
  public String openToInvitations(String city) {
    ProcessInstance cce = runtimeService.startProcessInstanceByKey(CceProcess.KEY);
    complete(cce, Map.of(CceProcess.Vars.CITY.name(), city, CceProcess.Vars.VENUE.name(), "Mairie",
        CceProcess.Vars.AUDIENCE.name(), "Tous publics",
        CceProcess.Vars.EVENT_DATE.name(), TestDrives.today().plusDays(20).toString()));
    Long offerId = drives.find(drives.open(3).getBusinessKey()).getJobOffer().getId();
    complete(cce, Map.of(CceProcess.Vars.OFFERS.name(), "[\"" + offerId + "\"]"));
    return cce.getBusinessKey();
  }

  private void complete(ProcessInstance cce, Map<String, Object> form) {
    taskService.complete(taskService.createTaskQuery().processInstanceId(cce.getId()).singleResult().getId(), form);
  }
}
