package fr.pcpe.workflow.privacy;

import fr.pcpe.workflow.cce.CceInvitation;
import fr.pcpe.workflow.cce.CceProcess;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.common.ProcessVariable;
import fr.pcpe.workflow.followup.ReconnectionProcess;
import fr.pcpe.workflow.followup.ReconnectionService;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.util.List;
import java.util.function.Supplier;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

/**
 * What the engine keeps about a candidate, forgotten when they are anonymised (docs/adr/0008): their own processes,
 * running or finished, with all their history (variables, form submissions, tasks, comments, operation log); and
 * the form options of the shared processes (a CCE, a reconnection meeting) that listed them by name.
 */
@Component
class EngineTraces {

  private final RuntimeService runtimeService;
  private final HistoryService historyService;
  private final EngineAccess engineAccess;
  private final CceService cces;
  private final ReconnectionService reconnections;

  EngineTraces(RuntimeService runtimeService, HistoryService historyService, EngineAccess engineAccess,
      CceService cces, ReconnectionService reconnections) {
    this.runtimeService = runtimeService;
    this.historyService = historyService;
    this.engineAccess = engineAccess;
    this.cces = cces;
    this.reconnections = reconnections;
  }

  /** The candidate's own processes by business key; the meetings they were invited to through their follow-ups. */
  void forget(long candidateId, List<String> ownProcessKeys, List<String> followUpKeys) {
    engineAccess.asSystem(() -> {
      ownProcessKeys.forEach(this::deleteProcesses);
      for (CceInvitation invitation : cces.invitationsOfCandidate(candidateId)) {
        String cce = invitation.getCce().getReference();
        scrub(cce, CceProcess.Vars.INVITEE_OPTIONS, () -> cces.inviteeOptionsValue(cce));
      }
      for (String meeting : reconnections.meetingsInviting(followUpKeys)) {
        scrub(meeting, ReconnectionProcess.Vars.PARTICIPANT_OPTIONS,
            () -> reconnections.participantOptionsValue(meeting));
      }
      return null;
    });
  }

  private void deleteProcesses(String businessKey) {
    for (ProcessInstance running : runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list()) {
      // deleting a parent deletes what it called: a called instance listed with it may be gone already
      if (runtimeService.createProcessInstanceQuery().processInstanceId(running.getId()).count() > 0) {
        runtimeService.deleteProcessInstance(running.getId(), "personal data removed", true, true, true);
      }
    }
    List<String> finished = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(businessKey)
        .list().stream().map(HistoricProcessInstance::getId).toList();
    if (!finished.isEmpty()) {
      historyService.deleteHistoricProcessInstancesIfExists(finished);
    }
  }

  /**
   * A shared instance's variable that named the person: its history (and its form submissions) deleted,
   * and, while the instance runs, set again as it reads now.
   */
  private void scrub(String businessKey, ProcessVariable<?> variable, Supplier<Object> now) {
    for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
        .processInstanceBusinessKey(businessKey).list()) {
      boolean running = runtimeService.createProcessInstanceQuery().processInstanceId(instance.getId()).count() > 0
          && runtimeService.getVariable(instance.getId(), variable.name()) != null;
      if (running) {
        runtimeService.removeVariable(instance.getId(), variable.name());
      }
      historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
          .variableName(variable.name()).includeDeleted().list()
          .forEach(old -> historyService.deleteHistoricVariableInstance(old.getId()));
      if (running) {
        runtimeService.setVariable(instance.getId(), variable.name(), now.get());
      }
    }
  }
}
