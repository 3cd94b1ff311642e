package fr.pcpe.workflow.privacy;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.cce.CceService;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.followup.FollowUpService;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.referral.ReferralService;
import fr.pcpe.workflow.referral.RetentionChecks;
import fr.pcpe.workflow.system.security.EngineAccess;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Everything the application and the engine hold about one candidate (art. 15): their record, referrals
 * and hires, follow-ups and alerts, CCEs, the emails that were written to them or name them, their
 * processes' history (steps and values), and the actions on their data. Coded values are written in French
 * ({@code label.<enum>.<value>} in messages.properties), as the person and the staff read them.
 */
@Service
public class PersonalDataExport {

  private final PersonalDataService personalData;
  private final ReferralService referrals;
  private final RetentionChecks retention;
  private final FollowUpService followUps;
  private final CceService cces;
  private final MailService mails;
  private final HistoryService historyService;
  private final EngineAccess engineAccess;
  private final Messages messages;

  PersonalDataExport(PersonalDataService personalData, ReferralService referrals, RetentionChecks retention,
      FollowUpService followUps, CceService cces, MailService mails, HistoryService historyService, EngineAccess engineAccess,
      Messages messages) {
    this.messages = messages;
    this.personalData = personalData;
    this.referrals = referrals;
    this.retention = retention;
    this.followUps = followUps;
    this.cces = cces;
    this.mails = mails;
    this.historyService = historyService;
    this.engineAccess = engineAccess;
  }

  /** PCPE staff only; the export itself is recorded. */
  @Transactional
  public Map<String, Object> export(long candidateId, PersonalDataAction.Reason reason) {
    Candidate candidate = personalData.candidate(candidateId);
    Map<String, Object> export = new LinkedHashMap<>();
    Map<String, Object> person = new LinkedHashMap<>();
    person.put("id", candidate.getId());
    person.put("firstName", candidate.getFirstName());
    person.put("lastName", candidate.getLastName());
    person.put("email", candidate.getEmail());
    person.put("phone", candidate.getPhone());
    person.put("city", candidate.getCity());
    person.put("birthDate", candidate.getBirthDate());
    person.put("rsaBeneficiary", candidate.isRsaBeneficiary());
    person.put("structure", candidate.getStructure().getName());
    person.put("consentGivenAt", candidate.getConsentGivenAt());
    person.put("contactConsentAt", candidate.getContactConsentAt());
    person.put("consentWithdrawnAt", candidate.getConsentWithdrawnAt());
    person.put("lastContactAt", candidate.getLastContactAt());
    person.put("anonymisedAt", candidate.getAnonymisedAt());
    export.put("candidate", person);

    export.put("referrals", referrals.ofCandidate(candidateId).stream().map(created -> {
      var referral = referrals.find(created.getReference());
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reference", referral.getReference());
      row.put("drive", referral.getDrive().getReference());
      row.put("job", referral.getDrive().getJobOffer().getTitle());
      row.put("status", referral.getStatus());
      row.put("referredAt", referral.getCreatedAt());
      row.put("comment", referral.getSubmissionComment());
      row.put("outcomeReason", referral.getOutcomeReason());
      row.put("outcomeComment", referral.getOutcomeComment());
      row.put("interviewDate", referral.getInterviewDate());
      referrals.hireOf(referral.getReference()).ifPresent(hire -> row.put("hire", Map.of("contractType",
          hire.getContractType(), "startDate", hire.getStartDate(), "weeklyHours", hire.getWeeklyHours(),
          "confirmedAt", hire.getConfirmedAt())));
      return row;
    }).toList());

    export.put("employmentChecks", retention.ofCandidate(candidateId).stream().map(check -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reference", check.getHire().getReferral().getReference());
      row.put("months", check.getMonths());
      row.put("dueOn", check.getDueOn());
      row.put("answeredAt", check.getAnsweredAt());
      row.put("stillEmployed", check.getStillEmployed());
      row.put("leftOn", check.getLeftOn());
      row.put("satisfaction", check.getSatisfaction());
      row.put("comment", check.getComment());
      return row;
    }).toList());

    export.put("followUps", followUps.ofCandidate(candidateId).stream().map(followUp -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("reference", followUp.getReference());
      row.put("origin", followUp.getOrigin());
      row.put("eventDate", followUp.getEventDate());
      row.put("status", followUp.getStatus());
      row.put("metAt", followUp.getMetAt());
      row.put("proposal", followUp.getProposalType());
      row.put("proposalDetails", followUp.getProposalDetails());
      row.put("lastContactAt", followUp.getLastContactAt());
      row.put("outcome", followUp.getOutcome());
      row.put("outcomeComment", followUp.getOutcomeComment());
      row.put("alerts", followUps.escalationsOf(followUp.getReference()).stream().map(alert -> Map.of(
          "level", alert.getLevel(), "at", alert.getEscalatedAt(), "raisedByCandidate", alert.isRaisedByCandidate()))
          .toList());
      return row;
    }).toList());

    export.put("cceInvitations", cces.invitationsOfCandidate(candidateId).stream().map(invitation -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("cce", invitation.getCce().getReference());
      row.put("city", invitation.getCce().getCity());
      row.put("date", invitation.getCce().getEventDate());
      row.put("attended", invitation.getAttended());
      row.put("outcome", invitation.getOutcome());
      return row;
    }).toList());

    export.put("emails", mails.about(candidate.getEmail(), candidate.fullName()).stream().map(mail -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("to", mail.getRecipient());
      row.put("subject", mail.getSubject());
      row.put("queuedAt", mail.getCreatedAt());
      row.put("sentAt", mail.getSentAt());
      row.put("body", mail.getBody());
      return row;
    }).toList());

    export.put("processHistory", engineAccess.asSystem(() -> processHistory(personalData.ownProcessKeys(candidateId))));
    personalData.record(PersonalDataAction.Kind.EXPORT, candidateId, reason);
    export.put("actions", personalData.actionsOn(candidateId).stream().map(action -> Map.of(
        "action", action.getAction(), "reason", action.getReason(), "by", action.getPerformedBy(),
        "at", action.getPerformedAt())).toList());
    return readable(export);
  }

  /** The same tree, its coded values in French words. */
  @SuppressWarnings("unchecked")
  private <T> T readable(T value) {
    if (value instanceof Map<?, ?> map) {
      Map<Object, Object> words = new LinkedHashMap<>();
      map.forEach((key, inner) -> words.put(key, readable(inner)));
      return (T) words;
    }
    if (value instanceof List<?> list) {
      return (T) list.stream().map(this::readable).toList();
    }
    if (value instanceof Enum<?> coded) {
      return (T) messages.say("label." + coded.getDeclaringClass().getSimpleName() + "." + coded.name());
    }
    return value;
  }

  private List<Map<String, Object>> processHistory(List<String> businessKeys) {
    List<Map<String, Object>> instances = new ArrayList<>();
    for (String key : businessKeys) {
      for (HistoricProcessInstance instance : historyService.createHistoricProcessInstanceQuery()
          .processInstanceBusinessKey(key).orderByProcessInstanceStartTime().asc().list()) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("process", instance.getProcessDefinitionName());
        row.put("businessKey", key);
        row.put("startedAt", instant(instance.getStartTime()));
        row.put("endedAt", instant(instance.getEndTime()));
        row.put("steps", historyService.createHistoricActivityInstanceQuery().processInstanceId(instance.getId())
            .orderByHistoricActivityInstanceStartTime().asc().list().stream()
            .filter(step -> step.getActivityName() != null)
            .map(step -> {
              Map<String, Object> activity = new LinkedHashMap<>();
              activity.put("name", step.getActivityName());
              activity.put("startedAt", instant(step.getStartTime()));
              activity.put("endedAt", instant(step.getEndTime()));
              return activity;
            }).toList());
        row.put("values", historyService.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
            .disableBinaryFetching().list().stream()
            .sorted(Comparator.comparing(variable -> variable.getName()))
            .map(variable -> Map.of("name", variable.getName(), "value", variable.getValue() instanceof java.util.Date date
                ? date.toInstant().toString() : String.valueOf(variable.getValue())))
            .toList());
        instances.add(row);
      }
    }
    return instances;
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
