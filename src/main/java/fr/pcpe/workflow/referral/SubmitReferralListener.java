package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRegistry;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.Messages;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.system.engine.FormCheck;
import fr.pcpe.workflow.system.engine.FormRules;
import fr.pcpe.workflow.system.security.Caller;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start listener of {@code candidateReferral} for a structure user's start form in Tasklist: checks
 * the form, records the candidate (the same person in the same structure is found again, not
 * duplicated) with consent, then the referral, whose reference becomes the business key. A refusal
 * (bad input, not a structure user, unknown or closed drive, candidate already referred) stops the
 * start with its message and creates nothing, whatever business key the caller sent. Only the
 * application itself (no user: {@link ReferralService#refer}, after its own checks) starts an instance
 * for a referral it has just recorded, with its reference as key.
 */
@Component
class SubmitReferralListener extends FormCheck<ReferralSubmission> {

  private final ReferralService referrals;
  private final CandidateRepository candidates;
  private final CandidateRegistry registry;
  private final PartnerStructureService structures;
  private final Messages messages;
  private final Clock clock;

  SubmitReferralListener(ReferralService referrals, CandidateRepository candidates, CandidateRegistry registry,
      PartnerStructureService structures, FormRules rules, Messages messages, Clock clock) {
    super(rules);
    this.messages = messages;
    this.referrals = referrals;
    this.candidates = candidates;
    this.registry = registry;
    this.structures = structures;
    this.clock = clock;
  }

  @Override
  protected ReferralSubmission read(DelegateExecution execution) {
    return ReferralSubmission.read(execution);
  }

  @Override
  protected Map<String, String> violations(ReferralSubmission submission, LocalDate today) {
    return submission.violations(today);
  }

  /** Not when the application starts the process of the referral it has just recorded (ReferralService#refer). */
  @Override
  protected boolean submitted(DelegateExecution execution) {
    return user(execution) != null || execution.getProcessBusinessKey() == null;
  }

  @Override
  protected void accepted(ReferralSubmission submission, DelegateExecution execution) {
    Authentication user = user(execution);
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    try {
      PartnerStructure structure = structures.ofMember(groups);
      String userId = user == null ? null : user.getUserId();
      Candidate candidate = findOrRecord(submission, structure, userId);
      Referral referral = referrals.register(submission.driveReference(), candidate.getId(), submission.comment(),
          new Caller(userId, groups));
      execution.setProcessBusinessKey(referral.getReference());
      execution.setVariables(ReferralProcess.routing(referral, messages));
      // the candidate's personal data lives in the domain tables, not in process variables
      ReferralSubmission.CANDIDATE_FIELDS.forEach(field -> field.on(execution).remove());
    } catch (ForbiddenException | NotFoundException | ConflictException refused) {
      refuse(ReferralProcess.Vars.DRIVE_REFERENCE, refused.getMessage());
    }
  }

  private static Authentication user(DelegateExecution execution) {
    return execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
  }

  private Candidate findOrRecord(ReferralSubmission submission, PartnerStructure structure, String userId) {
    Candidate candidate = candidates.findByStructureIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(structure.getId(),
            submission.lastName(), submission.firstName()).stream()
        .filter(known -> submission.email() == null || submission.email().equalsIgnoreCase(known.getEmail()))
        .findFirst()
        .orElseGet(() -> registry.register(new Candidate(submission.firstName(), submission.lastName(), structure,
            clock.instant(), userId)
            .contact(submission.email(), submission.phone(), submission.city())
            .born(submission.birthDate())
            .followedBy(userId, submission.rsaBeneficiary())));
    if (submission.contactConsent() && candidate.getContactConsentAt() == null) {
      candidate.contactConsent(clock.instant());
    }
    return candidate;
  }
}
