package fr.pcpe.workflow.referral;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

public interface RetentionCheckRepository extends JpaRepository<RetentionCheck, Long> {

  Optional<RetentionCheck> findByHireReferralReferenceAndMonths(String referralReference, int months);

  /** The checks due in [start, end], with their hire's referral, drive, candidate and structure. */
  @EntityGraph(attributePaths = {"hire", "hire.referral", "hire.referral.drive", "hire.referral.drive.jobOffer",
      "hire.referral.drive.employer", "hire.referral.candidate", "hire.referral.candidate.structure",
      "hire.referral.structure"})
  List<RetentionCheck> findByDueOnBetween(LocalDate start, LocalDate end);

  List<RetentionCheck> findByHireReferralCandidateId(Long candidateId);

  Optional<RetentionCheck> findFirstByHireReferralReferenceAndStillEmployedFalse(String referralReference);
}
