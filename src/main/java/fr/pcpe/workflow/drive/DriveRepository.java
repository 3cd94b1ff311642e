package fr.pcpe.workflow.drive;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface DriveRepository extends JpaRepository<RecruitmentDrive, Long> {

  // JPQL with a fetch join, not a derived query nor an entity graph: Hibernate keeps the SQL of a string query,
  // it translates the others again at every call (docs/adr/0009)
  @Query("select d from RecruitmentDrive d left join fetch d.employer left join fetch d.jobOffer where d.reference = :reference")
  Optional<RecruitmentDrive> findByReference(@Param("reference") String reference);

  @EntityGraph(attributePaths = {"employer", "jobOffer"})
  List<RecruitmentDrive> findByStatusOrderByReference(DriveStatus status);

  List<RecruitmentDrive> findByStatusInOrderByReferenceDesc(Collection<DriveStatus> statuses);

  /**
   * Counts one hire in a single atomic update: nothing is counted once the drive is closed or its
   * target reached, and concurrent confirmations never lose an update (the row lock serialises them).
   *
   * @return 1 when the hire was counted, 0 when it was refused
   */
  @Modifying(flushAutomatically = true, clearAutomatically = true)
  @Query("""
      update RecruitmentDrive d set d.hiresCount = d.hiresCount + 1, d.version = d.version + 1
      where d.reference = :reference and d.status = fr.pcpe.workflow.drive.DriveStatus.OPEN
        and d.hiresCount < d.targetHires""")
  int countHire(@Param("reference") String reference);
}
