package fr.pcpe.workflow.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface HireRepository extends JpaRepository<Hire, Long> {

  Optional<Hire> findByReferralId(Long referralId);

  /** The hires confirmed in [start, end), with their referral's candidate and structure. */
  @EntityGraph(attributePaths = {"referral", "referral.candidate", "referral.candidate.structure", "referral.structure"})
  List<Hire> findByConfirmedAtGreaterThanEqualAndConfirmedAtLessThan(Instant start, Instant end);

  long countByReferralDriveReferenceAndConfirmedAtGreaterThanEqual(String driveReference, Instant since);

  @Query("select h.referral.candidate.id from Hire h")
  List<Long> findHiredCandidateIds();
}
