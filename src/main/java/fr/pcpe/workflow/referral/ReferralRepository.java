package fr.pcpe.workflow.referral;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralRepository extends JpaRepository<Referral, Long> {

  @EntityGraph(attributePaths = {"drive", "candidate", "structure"})
  Optional<Referral> findByReference(String reference);

  boolean existsByDriveIdAndCandidateId(Long driveId, Long candidateId);

  @EntityGraph(attributePaths = "structure")
  List<Referral> findByDriveReference(String driveReference);

  List<Referral> findByCandidateId(Long candidateId);

  @EntityGraph(attributePaths = {"drive", "drive.jobOffer", "candidate", "structure"})
  List<Referral> findByInPoolTrueOrderByUpdatedAtDesc();

  /** The referrals made in [start, end), with what the impact figures read of them. */
  @EntityGraph(attributePaths = {"drive", "drive.jobOffer", "drive.employer", "candidate", "candidate.structure", "structure"})
  List<Referral> findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(Instant start, Instant end);
}
