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

  /**
   * A page of late follow-ups ranked from {@code first} to {@code last} ({@link FollowUp#overdueRank}), in these
   * structures' groups (or all), most escalated first, then the longest without contact: read in the order of an
   * index, filtered and paged by the database.
   */
  @Query(value = """
      select f from FollowUp f join fetch f.candidate join fetch f.structure s
      where f.overdueRank between :first and :last and (:everyStructure = true or s.groupId in :groups)
      order by f.overdueRank, f.waitingSince, f.id""",
      countQuery = """
      select count(f) from FollowUp f join f.structure s
      where f.overdueRank between :first and :last and (:everyStructure = true or s.groupId in :groups)""")
  Page<FollowUp> overdue(@Param("first") int first, @Param("last") int last,
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
