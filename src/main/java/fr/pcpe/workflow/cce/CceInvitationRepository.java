package fr.pcpe.workflow.cce;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface CceInvitationRepository extends JpaRepository<CceInvitation, Long> {

  @EntityGraph(attributePaths = {"candidate", "candidate.structure"})
  List<CceInvitation> findByCceReferenceOrderById(String reference);

  boolean existsByCceIdAndCandidateId(Long cceId, Long candidateId);

  @EntityGraph(attributePaths = "cce")
  List<CceInvitation> findByCandidateId(Long candidateId);

  boolean existsByCandidateIdAndCreatedAtAfter(Long candidateId, Instant after);
}
