package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.candidate.CandidateHired;
import fr.pcpe.workflow.common.FormValues;
import fr.pcpe.workflow.common.FrenchDates;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.mail.MailService;
import fr.pcpe.workflow.referral.RetentionProcess.Vars;
import fr.pcpe.workflow.system.security.EngineAccess;
import fr.pcpe.workflow.system.security.PcpeGroups;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether hires last (issue 35): once a hire is recorded, its {@code hireRetention} process asks the employer one
 * and six months after the start of the job; this records the answers and writes the employer's emails. The BPMN
 * reads {@code ${retentionChecks.months()}} and {@code ${retentionChecks.dueAt(hireStartDate, monthsAfterStart)}}.
 */
@Service("retentionChecks")
public class RetentionChecks {

  private final ReferralService referrals;
  private final HireRepository hires;
  private final RetentionCheckRepository checks;
  private final RuntimeService runtimeService;
  private final IdentityService identityService;
  private final EngineAccess engineAccess;
  private final MailService mails;
  private final Messages messages;
  private final Clock clock;

  RetentionChecks(ReferralService referrals, HireRepository hires, RetentionCheckRepository checks,
      RuntimeService runtimeService, IdentityService identityService, EngineAccess engineAccess, MailService mails,
      Messages messages, Clock clock) {
    this.referrals = referrals;
    this.hires = hires;
    this.checks = checks;
    this.runtimeService = runtimeService;
    this.identityService = identityService;
    this.engineAccess = engineAccess;
    this.mails = mails;
    this.messages = messages;
    this.clock = clock;
  }

  /** The months after the start of the job when the employer is asked. */
  public List<Integer> months() {
    return List.of(RetentionProcess.FIRST_CHECK, RetentionProcess.LAST_CHECK);
  }

  /** 8 a.m. on the day {@code months} months after the start of the job. */
  public Date dueAt(Object hireStartDate, Object months) {
    LocalDate start = FormValues.date(hireStartDate);
    return Date.from(start.plusMonths(((Number) months).longValue()).atTime(8, 0).atZone(clock.getZone()).toInstant());
  }

  /** A recorded hire is watched: its process waits for the first check. */
  @EventListener
  void watch(CandidateHired hired) {
    Referral referral = referrals.find(hired.referralReference());
    Hire hire = hires.findByReferralId(referral.getId()).orElseThrow();
    Map<String, Object> routing = ReferralProcess.routing(referral, messages);
    Map<String, Object> variables = new HashMap<>();
    for (var shown : List.of(ReferralProcess.Vars.EMPLOYER_GROUP_ID, ReferralProcess.Vars.REFERRAL_SUBJECT,
        ReferralProcess.Vars.CANDIDATE_NAME, ReferralProcess.Vars.DRIVE_TITLE)) {
      variables.put(shown.name(), routing.get(shown.name())); // not the referral's context: the checks need no more
    }
    variables.put(Vars.HIRE_START_DATE.name(), hire.getStartDate().toString()); // a date as the forms store it
    Vars.PERSON_LEFT.put(variables, false);
    String structure = referral.getStructure().getGroupId();
    Vars.STRUCTURE_GROUP_ID.put(variables, structure);
    Vars.STRUCTURE_HEADS_GROUP_ID.put(variables, PcpeGroups.headsOf(structure));
    engineAccess.asSystem(() -> runtimeService.startProcessInstanceByKey(RetentionProcess.KEY, referral.getReference(),
        variables));
  }

  /** The check is due: it is recorded as asked, and the employer gets the links to answer. */
  @Transactional
  void opened(String reference, int months, String decisionUrl, String overviewUrl) {
    Hire hire = hireOf(reference);
    if (checks.findByHireReferralReferenceAndMonths(reference, months).isEmpty()) {
      checks.save(new RetentionCheck(hire, months, clock.instant()));
    }
    mails.queue(reference + ":retention-" + months, hire.getReferral().getDrive().getEmployer().getContactEmail(),
        "referral-retention-check", values(hire, months, decisionUrl, overviewUrl));
  }

  /** The employer has not answered yet: a reminder, with a new link. */
  @Transactional
  void reminded(String reference, int months, String reminder, String decisionUrl, String overviewUrl) {
    Hire hire = hireOf(reference);
    mails.queue(reference + ":retention-" + months + ":reminder-" + reminder,
        hire.getReferral().getDrive().getEmployer().getContactEmail(), "referral-retention-reminder",
        values(hire, months, decisionUrl, overviewUrl)); // one of each reminder of each check
  }

  @Transactional
  void answered(String reference, int months, RetentionAnswer answer) {
    checks.findByHireReferralReferenceAndMonths(reference, months)
        .orElseGet(() -> checks.save(new RetentionCheck(hireOf(reference), months, clock.instant())))
        .answer(answer, clock.instant());
  }

  private Hire hireOf(String reference) {
    return referrals.hireOf(reference).orElseThrow(() -> referrals.notFound(reference));
  }

  private Map<String, Object> values(Hire hire, int months, String decisionUrl, String overviewUrl) {
    Referral referral = hire.getReferral();
    Map<String, Object> values = new HashMap<>();
    values.put("reference", referral.getReference());
    values.put("candidateName", referral.getCandidate().fullName());
    values.put("jobTitle", referral.getDrive().getJobOffer().getTitle());
    values.put("driveReference", referral.getDrive().getReference());
    values.put("startDay", FrenchDates.day(hire.getStartDate()));
    values.put("months", months);
    values.put("decisionUrl", decisionUrl);
    values.put("overviewUrl", overviewUrl);
    return values;
  }

  /** The employer's answers about a person, for their data's export. */
  @Transactional(readOnly = true)
  public List<RetentionCheck> ofCandidate(long candidateId) {
    return checks.findByHireReferralCandidateId(candidateId);
  }

  /**
   * Whether one of the person's hires is still watched (its checks, or its structure's decision after a departure,
   * still to come): their data is kept until it ends.
   */
  @Transactional(readOnly = true)
  public boolean watching(long candidateId) {
    return referrals.ofCandidate(candidateId).stream().anyMatch(referral -> engineAccess.asSystem(() -> runtimeService
        .createProcessInstanceQuery().processDefinitionKey(RetentionProcess.KEY)
        .processInstanceBusinessKey(referral.getReference()).count() > 0));
  }

  /** The employer's words about a person leave with their data; the answers stay, for the figures. */
  @Transactional
  public void forgetComments(long candidateId) {
    checks.findByHireReferralCandidateId(candidateId).forEach(RetentionCheck::forgetComment);
  }

  /**
   * The employer said that the person left: the candidate's structure and the person who referred them are told by
   * email. Returns the departure as the structure's form shows it, with the day the person left.
   */
  @Transactional
  public Departure departed(String reference) {
    Departure departure = departure(reference);
    Referral referral = referrals.find(reference);
    mails.queue(reference + ":departure", referral.getStructure().getEmail(), "referral-departure", departure.values());
    String referrer = engineAccess.asSystem(() -> Optional.ofNullable(identityService.createUserQuery()
        .userId(referral.getSubmittedBy()).singleResult()).map(User::getEmail).orElse(null));
    if (referrer != null && !referrer.equalsIgnoreCase(referral.getStructure().getEmail())) {
      mails.queue(reference + ":departure-to-referrer", referrer, "referral-departure", departure.values());
    }
    return departure;
  }

  /** Who left, when, and what the structure reads about it (changes nothing). */
  @Transactional(readOnly = true)
  public Departure departure(String reference) {
    RetentionCheck check = checks.findFirstByHireReferralReferenceAndStillEmployedFalse(reference)
        .orElseThrow(() -> referrals.notFound(reference));
    Referral referral = check.getHire().getReferral();
    Map<String, Object> values = new HashMap<>();
    values.put("reference", reference);
    values.put("candidateName", referral.getCandidate().fullName());
    values.put("jobTitle", referral.getDrive().getJobOffer().getTitle());
    values.put("employerName", referral.getDrive().getEmployer().getName());
    values.put("startDay", FrenchDates.day(check.getHire().getStartDate()));
    values.put("leftDay", FrenchDates.day(check.getLeftOn()));
    values.put("satisfaction", messages.say("label.Satisfaction." + check.getSatisfaction()));
    values.put("comment", check.getComment() == null ? "—" : check.getComment());
    String context = messages.say("retention.departure", values.get("candidateName"),
        values.get("jobTitle"), values.get("employerName"), values.get("startDay"), values.get("leftDay"),
        values.get("satisfaction"), values.get("comment"));
    return new Departure(referral.getCandidate().getId(), check.getLeftOn(), context, values);
  }

  /** Who left, when, what the structure reads about it, and the values of its email. */
  public record Departure(long candidateId, LocalDate leftOn, String context, Map<String, Object> values) {
  }
}
