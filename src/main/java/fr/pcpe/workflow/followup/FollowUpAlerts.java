package fr.pcpe.workflow.followup;

import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.followup.FollowUpEnums.Level;
import fr.pcpe.workflow.followup.FollowUpProcess.Vars;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.system.PcpeProperties;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PcpeGroups;
import fr.pcpe.workflow.system.security.PersonNames;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A follow-up's late step: the escalation recorded, the people of its level emailed, and the step's task shown to
 * them, higher in their lists and named with how late it is. Raised by the deadlines' timers, or at once by the
 * candidate ({@link CandidateAnswers}).
 */
@Service
class FollowUpAlerts {

  /** Between a late task's subject and how late it is. */
  private static final String LATENESS = " · ";

  private final FollowUpService followUps;
  private final FollowUpEscalationRepository escalations;
  /** The native query of {@link #taskOf}, with the engine's table name (read once). */
  private final String taskSql;
  private final TaskService taskService;
  private final IdentityService identityService;
  private final EngineAccess engineAccess;
  private final MailService mails;
  private final Messages messages;
  private final Clock clock;
  private final String coordinatorsEmail;

  FollowUpAlerts(FollowUpService followUps, FollowUpEscalationRepository escalations,
      ManagementService managementService, TaskService taskService, IdentityService identityService,
      EngineAccess engineAccess, MailService mails, Messages messages, Clock clock, PcpeProperties properties) {
    this.followUps = followUps;
    this.escalations = escalations;
    this.taskSql = "select RES.* from " + managementService.getTableName(Task.class)
        + " RES where RES.PROC_INST_ID_ = #{instance}";
    this.taskService = taskService;
    this.identityService = identityService;
    this.engineAccess = engineAccess;
    this.mails = mails;
    this.messages = messages;
    this.clock = clock;
    this.coordinatorsEmail = properties.coordinatorsEmail();
  }

  /**
   * A step is late: the escalation is recorded with its time and level, the people concerned are
   * emailed, and the referent's task becomes visible to them (it stays the referent's). A level the
   * candidate already raised the alarm to is not raised again. {@code instance}: the follow-up's own.
   */
  @Transactional
  void escalate(String reference, Level level, String instance) {
    FollowUp followUp = followUps.find(reference);
    Level current = followUp.getEscalationLevel();
    if (current == null || level.compareTo(current) > 0) {
      alert(followUp, level, false, instance);
    }
  }

  /**
   * Records the alert, tells its level, shows them the task of the follow-up's instance ({@code instance}), and
   * says on it how late the step is.
   */
  void alert(FollowUp followUp, Level level, boolean raisedByCandidate, String instance) {
    String reference = followUp.getReference();
    followUp.escalated(level);
    escalations.save(new FollowUpEscalation(followUp, followUp.getCurrentStep(), level, clock.instant(), raisedByCandidate));
    Task late = taskOf(instance);
    User referent = referent(followUp);
    String recipient = switch (level) {
      case REMINDER -> referent == null ? null : referent.getEmail();
      case HEAD -> followUp.getStructure().getHeadEmail();
      case COORDINATORS -> coordinatorsEmail;
    };
    if (late != null) {
      // the later the step, the higher the task in Tasklist's lists, and its name says how late (one update, before
      // anything else changes the task)
      late.setPriority(FollowUpProcess.priorityOf(level));
      late.setName(withLateness(late.getName(), level));
      taskService.saveTask(late);
      // the step's form says how late it is (a variable of the task: it goes with the step, and setting it does
      // not read all of the follow-up's variables)
      engineAccess.asSystem(() -> taskService.setVariableLocal(late.getId(), Vars.ESCALATION_LABEL.name(),
          levelLabel(followUp.getEscalationLevel())));
      if (level == Level.HEAD) {
        taskService.addCandidateGroup(late.getId(), PcpeGroups.headsOf(followUp.getStructure().getGroupId()));
      } else if (level == Level.COORDINATORS) {
        taskService.addCandidateGroup(late.getId(), PcpeGroups.COORDINATORS);
      }
    }
    Map<String, Object> values = new HashMap<>();
    values.put("reference", reference);
    values.put("candidateName", followUp.getCandidate().fullName());
    values.put("structureName", followUp.getStructure().getName());
    values.put("referent", nameOf(referent));
    values.put("taskName", late == null ? "" : late.getName());
    values.put("origin", followUps.origin(followUp));
    values.put("level", messages.say("followUp.level." + level));
    String key = reference + ":" + followUp.getCurrentStep() + ":" + (late == null ? "-" : late.getId()) + ":" + level;
    if (raisedByCandidate) {
      mails.queue(key + ":candidate", recipient, "follow-up-candidate-alarm", values);
    } else {
      mails.queue(key, recipient, "follow-up-escalation", values);
    }
  }

  /** "Rencontrer le candidat — Awa Diallo · en retard, signalé à la direction": the lateness replaces an earlier one. */
  private String withLateness(String name, Level level) {
    int tagged = name.indexOf(LATENESS);
    return (tagged < 0 ? name : name.substring(0, tagged)) + LATENESS
        + messages.say("followUp.lateTag." + level);
  }

  /** A late step as the forms say it ("En retard : alerte à la direction de la structure."). */
  private String levelLabel(Level level) {
    return messages.say("followUp.late",
        messages.say("followUp.level." + level));
  }

  /** The step's task in the follow-up's instance (at most one at a time), by a plain query as above. */
  private Task taskOf(String instance) {
    return taskService.createNativeTaskQuery().sql(taskSql)
        .parameter("instance", instance).singleResult();
  }

  private User referent(FollowUp followUp) {
    return engineAccess.asSystem(
        () -> identityService.createUserQuery().userId(followUp.getReferentUserId()).singleResult());
  }

  private static String nameOf(User person) {
    return person == null ? "" : PersonNames.fullName(person);
  }
}
