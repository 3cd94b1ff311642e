package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.InvalidInputException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.system.security.Access;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PersonNames;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the coordination can do about a late follow-up, so that an escalation is never a dead end: remind the
 * referent, hand the follow-up to another referent of the structure chosen by name, or take the late step
 * over. Each is for PCPE staff and tells the person concerned by email.
 */
@Service
public class LateFollowUpActions {

  private final FollowUpService followUps;
  private final RuntimeService runtimeService;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final EngineAccess engineAccess;
  private final Access access;
  private final MailService mails;
  private final Messages messages;
  private final Clock clock;

  LateFollowUpActions(FollowUpService followUps, RuntimeService runtimeService, TaskService taskService,
      IdentityService identityService, EngineAccess engineAccess, Access access, MailService mails,
      Messages messages, Clock clock) {
    this.followUps = followUps;
    this.runtimeService = runtimeService;
    this.taskService = taskService;
    this.identityService = identityService;
    this.engineAccess = engineAccess;
    this.access = access;
    this.mails = mails;
    this.messages = messages;
    this.clock = clock;
  }

  /** The people the follow-up may be handed to: the structure's other referents, by name. */
  @Transactional(readOnly = true)
  public List<Map<String, String>> otherReferents(String reference) {
    access.requireStaff();
    return followUps.otherReferents(reference);
  }

  /** Emails the referent that the coordination is waiting for the late step. */
  @Transactional
  public FollowUp remind(String reference) {
    access.requireStaff();
    FollowUp followUp = followUps.find(reference);
    Task late = lateStep(followUp);
    tell(followUp, late, followUp.getReferentUserId(), "follow-up-nudge", "nudge");
    return followUp;
  }

  /** Hands the follow-up, and its late step, to another referent of the candidate's structure. */
  @Transactional
  public FollowUp handTo(String reference, String referentUserId) {
    access.requireStaff();
    FollowUp followUp = followUps.find(reference);
    if (referentUserId == null || !followUps.mayTakeOver(reference, referentUserId)) {
      throw new InvalidInputException("referentUserId", messages.say("followUp.handTo.invalid"));
    }
    Task late = lateStep(followUp);
    followUp.handTo(referentUserId);
    ProcessInstance instance = followUps.instanceOf(reference);
    engineAccess.asSystem(() -> {
      runtimeService.setVariable(instance.getId(), FollowUpProcess.Vars.REFERENT_ID.name(), referentUserId);
      taskService.setAssignee(late.getId(), referentUserId);
    });
    tell(followUp, late, referentUserId, "follow-up-assigned", "assigned");
    return followUp;
  }

  /** The coordinator who acts takes the late step over: it is theirs to do in Tasklist. */
  @Transactional
  public FollowUp takeOver(String reference) {
    access.requireStaff();
    FollowUp followUp = followUps.find(reference);
    Task late = lateStep(followUp);
    String coordinator = access.caller().userId();
    engineAccess.asSystem(() -> taskService.setAssignee(late.getId(), coordinator));
    return followUp;
  }

  private Task lateStep(FollowUp followUp) {
    ProcessInstance instance = followUps.instanceOf(followUp.getReference());
    Task task = instance == null ? null : engineAccess.asSystem(() ->
        taskService.createTaskQuery().processInstanceId(instance.getId()).singleResult());
    if (task == null) {
      throw new ConflictException(messages.say("followUp.noOpenStep"));
    }
    return task;
  }

  private void tell(FollowUp followUp, Task late, String userId, String template, String kind) {
    String coordinatorId = access.caller().userId();
    Map<String, User> people = engineAccess.asSystem(() -> identityService.createUserQuery()
        .userIdIn(userId, coordinatorId).list().stream().collect(Collectors.toMap(User::getId, Function.identity())));
    User recipient = people.get(userId);
    User coordinator = people.get(coordinatorId);
    Map<String, Object> values = new HashMap<>();
    values.put("reference", followUp.getReference());
    values.put("candidateName", followUp.getCandidate().fullName());
    values.put("structureName", followUp.getStructure().getName());
    values.put("origin", followUps.origin(followUp));
    values.put("taskName", late.getName());
    values.put("referentName", recipient == null ? "" : PersonNames.fullName(recipient));
    values.put("coordinatorName", coordinator == null ? messages.say("followUp.theCoordination")
        : PersonNames.fullName(coordinator));
    mails.queue(followUp.getReference() + ":" + kind + ":" + clock.millis(), recipient == null ? null : recipient.getEmail(),
        template, values);
  }
}
