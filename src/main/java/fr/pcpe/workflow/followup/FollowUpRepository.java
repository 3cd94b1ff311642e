package fr.pcpe.workflow.followup;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

  // JPQL on the hot path: see DriveRepository#findByReference
  @Query("select f from FollowUp f join fetch f.candidate join fetch f.structure where f.reference = :reference")
  Optional<FollowUp> findByReference(@Param("reference") String reference);

  @EntityGraph(attributePaths = {"candidate", "structure"})
  List<FollowUp> findByStatusNotAndEscalationLevelNotNullOrderByEventDate(FollowUpEnums.Status status);

  /**
   * A page of late follow-ups at these levels, in these structures' groups (or all), most escalated first,
   * then the longest without contact: filtered, ordered and paged by the database.
   */
  @Query(value = """
      select f from FollowUp f join fetch f.candidate join fetch f.structure s
      where f.status <> fr.pcpe.workflow.followup.FollowUpEnums.Status.CLOSED and f.escalationLevel in :levels
        and (:everyStructure = true or s.groupId in :groups)
      order by case f.escalationLevel when fr.pcpe.workflow.followup.FollowUpEnums.Level.COORDINATORS then 0
                 when fr.pcpe.workflow.followup.FollowUpEnums.Level.HEAD then 1 else 2 end,
        coalesce(f.lastContactAt, f.eventDate), f.id""",
      countQuery = """
      select count(f) from FollowUp f join f.structure s
      where f.status <> fr.pcpe.workflow.followup.FollowUpEnums.Status.CLOSED and f.escalationLevel in :levels
        and (:everyStructure = true or s.groupId in :groups)""")
  Page<FollowUp> overdue(@Param("levels") Collection<FollowUpEnums.Level> levels,
      @Param("everyStructure") boolean everyStructure, @Param("groups") Collection<String> groups,
      Pageable page);

  @EntityGraph(attributePaths = {"candidate", "structure"})
  List<FollowUp> findByStatusOrderByEventDate(FollowUpEnums.Status status);

  List<FollowUp> findByCandidateIdOrderByEventDate(Long candidateId);

  @EntityGraph(attributePaths = {"candidate", "candidate.structure"})
  List<FollowUp> findByEventDateBetween(java.time.LocalDate from, java.time.LocalDate to);

  List<FollowUp> findByStatusNotAndProposalType(FollowUpEnums.Status status, FollowUpEnums.Proposal proposalType);

  List<FollowUp> findByCandidateIdAndStatusNot(Long candidateId, FollowUpEnums.Status status);
}
