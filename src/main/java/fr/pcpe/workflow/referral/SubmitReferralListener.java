package fr.pcpe.workflow.referral;

import fr.pcpe.workflow.candidate.Candidate;
import fr.pcpe.workflow.candidate.CandidateRepository;
import fr.pcpe.workflow.common.ConflictException;
import fr.pcpe.workflow.common.ForbiddenException;
import fr.pcpe.workflow.common.NotFoundException;
import fr.pcpe.workflow.partner.PartnerStructure;
import fr.pcpe.workflow.partner.PartnerStructureService;
import fr.pcpe.workflow.system.FormRules;
import fr.pcpe.workflow.system.security.Caller;
import java.time.Clock;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
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
class SubmitReferralListener implements ExecutionListener {

  private final ReferralService referrals;
  private final CandidateRepository candidates;
  private final PartnerStructureService structures;
  private final FormRules formRules;
  private final Clock clock;

  SubmitReferralListener(ReferralService referrals, CandidateRepository candidates, PartnerStructureService structures,
      FormRules formRules, Clock clock) {
    this.referrals = referrals;
    this.candidates = candidates;
    this.structures = structures;
    this.formRules = formRules;
    this.clock = clock;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user == null && execution.getProcessBusinessKey() != null) {
      return;
    }
    ReferralSubmission submission = ReferralSubmission.read(execution);
    formRules.enforce(submission.violations());
    List<String> groups = user == null || user.getGroupIds() == null ? List.of() : user.getGroupIds();
    try {
      PartnerStructure structure = structures.ofMember(groups);
      String userId = user == null ? null : user.getUserId();
      Candidate candidate = findOrRecord(submission, structure, userId);
      Referral referral = referrals.register(submission.driveReference(), candidate.getId(), submission.comment(),
          new Caller(userId, groups));
      execution.setProcessBusinessKey(referral.getReference());
      execution.setVariables(ReferralService.processVariables(referral));
      // the candidate's personal data lives in the domain tables, not in process variables
      execution.removeVariables(ReferralSubmission.FORM_FIELDS);
    } catch (ForbiddenException | NotFoundException | ConflictException refused) {
      formRules.refuse("driveReference", refused.getMessage());
    }
  }

  private Candidate findOrRecord(ReferralSubmission submission, PartnerStructure structure, String userId) {
    return candidates.findByStructureIdAndLastNameIgnoreCaseAndFirstNameIgnoreCase(structure.getId(),
            submission.lastName(), submission.firstName()).stream()
        .filter(known -> submission.email() == null || submission.email().equalsIgnoreCase(known.getEmail()))
        .findFirst()
        .orElseGet(() -> candidates.save(new Candidate(submission.firstName(), submission.lastName(), structure,
            clock.instant(), userId)
            .contact(submission.email(), submission.phone(), submission.city())
            .followedBy(userId, submission.rsaBeneficiary())));
  }
}
