package fr.pcpe.workflow.followup;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  @EntityGraph(attributePaths = {"candidate", "structure"})
  Optional<FollowUp> findByReference(String reference);

  @EntityGraph(attributePaths = {"candidate", "structure"})
  List<FollowUp> findByStatusNotAndEscalationLevelNotNullOrderByEventDate(FollowUpEnums.Status status);

  @EntityGraph(attributePaths = {"candidate", "structure"})
  List<FollowUp> findByStatusOrderByEventDate(FollowUpEnums.Status status);

  List<FollowUp> findByCandidateIdOrderByEventDate(Long candidateId);

  List<FollowUp> findByStatusNotAndProposalType(FollowUpEnums.Status status, FollowUpEnums.Proposal proposalType);

  List<FollowUp> findByCandidateIdAndStatusNot(Long candidateId, FollowUpEnums.Status status);
}
