package fr.pcpe.workflow.referral;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ReferralRepository extends JpaRepository<Referral, Long> {

  @EntityGraph(attributePaths = {"drive", "candidate", "structure"})
  Optional<Referral> findByReference(String reference);

  // JPQL on the hot path: see DriveRepository#findByReference
  @Query("select count(r) > 0 from Referral r where r.drive.id = :driveId and r.candidate.id = :candidateId")
  boolean existsByDriveIdAndCandidateId(@Param("driveId") Long driveId, @Param("candidateId") Long candidateId);

  @EntityGraph(attributePaths = "structure")
  List<Referral> findByDriveReference(String driveReference);

  @EntityGraph(attributePaths = {"drive", "drive.employer", "candidate", "candidate.structure"})
  List<Referral> findByReferenceIn(Collection<String> references);

  List<Referral> findByCandidateId(Long candidateId);

  @EntityGraph(attributePaths = {"drive", "drive.jobOffer", "candidate", "structure"})
  List<Referral> findByInPoolTrueOrderByUpdatedAtDesc();

  /** The referrals made in [start, end), with what the impact figures read of them. */
  @EntityGraph(attributePaths = {"drive", "drive.jobOffer", "drive.employer", "candidate", "candidate.structure", "structure"})
  List<Referral> findByCreatedAtGreaterThanEqualAndCreatedAtLessThan(Instant start, Instant end);
}
